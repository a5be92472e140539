/** Placeholder until the panel lands. */
export function FxRates() {
  return <div className="loading">Not built yet.</div>;
}
