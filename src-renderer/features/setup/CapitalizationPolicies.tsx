/** Placeholder until the panel lands. */
export function CapitalizationPolicies() {
  return <div className="loading">Not built yet.</div>;
}
