/** Placeholder until the screen lands. */
export default function ContractsScreen() {
  return <div className="loading">Not built yet.</div>;
}
