import type { CostCenter, Department, Scenario } from '../../src-shared/model';
import { fiscalYearOfDate } from '../../src-shared/calendar/fiscal';
import { generateAllocation } from './allocation';
import { demoBillRows } from './cloud-billing';
import type { Prng } from './prng';
import { generateRates } from './rates';
import type { DemoData, DemoService } from './types';

/** The month before a 'YYYY-MM' month. */
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The cloud and chargeback part of the demo: a FOCUS bill for the three months before asOf's
 * month (tagged with the demo's cost center codes, some untagged and mis-tagged spend and a
 * savings plan), the allocation drivers and rules, and the rate design of asOf's fiscal year.
 * Allocation runs and invoices are left to the user (Allocation ▸ Run, Chargeback ▸ Issue).
 */
export function generateChargebackDemo(
  rng: Prng,
  d: {
    departments: Department[];
    costCenters: CostCenter[];
    services: DemoService[];
    scenarios: Scenario[];
    budgetLines: DemoData['budgetLines'];
    base: string;
    asOf: string;
    fyStartMonth: number;
    seed: number;
  },
): Pick<DemoData, 'cloudBill' | 'allocation' | 'rates'> {
  const lastMonth = previousMonth(d.asOf.slice(0, 7));
  const rows = [
    ...demoBillRows({ costCenters: d.costCenters.map((c) => c.code), lastMonth, currency: d.base, seed: d.seed }),
  ];
  const fy = fiscalYearOfDate(d.asOf, d.fyStartMonth);
  return {
    cloudBill: { fileName: `demo-cloud-bill-${lastMonth}.csv`, rows, tagKeys: ['CostCenter', 'Application'] },
    allocation: generateAllocation({ departments: d.departments, services: d.services }, d.seed),
    rates: generateRates(rng, { ...d }, d.asOf, d.fyStartMonth, fy),
  };
}
