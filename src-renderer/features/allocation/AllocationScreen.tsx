/** The Allocation screen (issue 6): placeholder slot until its helper lands. */
export default function AllocationScreen() {
  return (
    <section className="screen" data-testid="allocation-screen">
      <h2>Allocation</h2>
    </section>
  );
}
