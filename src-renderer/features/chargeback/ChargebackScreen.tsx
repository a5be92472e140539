/** The Chargeback screen (issue 6): placeholder slot until its helper lands. */
export default function ChargebackScreen() {
  return (
    <section className="screen" data-testid="chargeback-screen">
      <h2>Chargeback</h2>
    </section>
  );
}
