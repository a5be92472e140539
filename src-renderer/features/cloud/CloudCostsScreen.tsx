/** The Cloud costs screen (issue 6): placeholder slot until its helper lands. */
export default function CloudCostsScreen() {
  return (
    <section className="screen" data-testid="cloud-screen">
      <h2>Cloud costs</h2>
    </section>
  );
}
