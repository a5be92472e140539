/** The Rates screen (issue 6): placeholder slot until its helper lands. */
export default function RatesScreen() {
  return (
    <section className="screen" data-testid="rates-screen">
      <h2>Rates</h2>
    </section>
  );
}
