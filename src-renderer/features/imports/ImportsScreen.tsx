/** Imports of actuals, purchase orders and contractor labour (slot: filled by the work on issue 5). */
export default function ImportsScreen() {
  return (
    <section className="screen-body" data-testid="imports-screen">
      <h1>Imports</h1>
      <p className="muted">Not built yet.</p>
    </section>
  );
}
