import { BillingImportsPanel } from './BillingImportsPanel';

/**
 * The Cloud costs screen (issue 6): placeholder slot until its helper lands. In the billing
 * worktree only, it shows the Imports tab so the import panel can be tried and tested.
 */
export default function CloudCostsScreen() {
  return (
    <section className="screen" data-testid="cloud-screen">
      <h2>Cloud costs</h2>
      <div role="tablist" aria-label="Cloud costs views">
        <button type="button" role="tab" aria-selected="true" data-testid="cloud-tab-imports">
          Imports
        </button>
      </div>
      <BillingImportsPanel />
    </section>
  );
}
