import type { Area } from '../state/view-state';

const PLANNED: Partial<Record<Area, { title: string; items: string[] }>> = {
  variance: {
    title: 'Variance analysis',
    items: ['Budget against actuals by month, cost center and service', 'Variance commentary', 'Thresholds and flags'],
  },
  imports: {
    title: 'Imports and exports',
    items: ['Excel and CSV budget exchange with preview', 'Actuals from the general ledger'],
  },
  audit: {
    title: 'Audit trail',
    items: ['Every change with who, when and before/after values', 'Tamper-evident journal', 'Approvals'],
  },
};

/** Placeholder for an area whose issue has not landed, saying what will come. */
export function ComingSoon({ area }: { area: Area }) {
  const plan = PLANNED[area];
  if (!plan) return null;
  return (
    <section className="coming-soon" data-testid={`coming-soon-${area}`}>
      <h2>{plan.title}</h2>
      <p className="muted">Coming soon. This area will bring:</p>
      <ul>
        {plan.items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </section>
  );
}
