/** Placeholder until the screen lands. */
export default function AssetsScreen() {
  return <div className="loading">Not built yet.</div>;
}
