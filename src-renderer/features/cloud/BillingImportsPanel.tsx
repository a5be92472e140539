/** Cloud bill imports (list + import dialog): slot owned by the billing-import work, shown as a tab of the Cloud costs screen. */
export function BillingImportsPanel() {
  return <div data-testid="billing-imports-panel" />;
}
