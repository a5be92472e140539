/** Placeholder until the panel lands. */
export function AccountingSettings() {
  return <div className="loading">Not built yet.</div>;
}
