/** Placeholder until the screen lands. */
export default function SummaryScreen() {
  return <div className="loading">Not built yet.</div>;
}
