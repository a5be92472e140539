import { fiscalYearMonths } from '../../../src-shared/calendar/fiscal';
import { parseMoney } from '../../../src-shared/money';
import type { DemoData } from '../../../src-main/demo/types';
import { smallDemo } from './small-demo';

/**
 * `lines` budget lines in one baseline, each with 12 non-zero months in FY2026
 * (calendar-year fiscal year), amounts with cents so totals exercise exact sums.
 */
export function bulkDemo(lines: number): DemoData {
  const d = smallDemo();
  d.settings.fyStartMonth = 1;
  d.scenarios = [d.scenarios[0]!];
  d.actuals = [];
  const months = fiscalYearMonths(2026, 1);
  d.budgetLines = Array.from({ length: lines }, (_, i) => ({
    id: `line-${String(i).padStart(6, '0')}`,
    scenarioId: 'sc-base',
    costCenterId: i % 2 ? 'cc-1' : 'cc-2',
    serviceId: 'svc-1',
    accountId: 'acc-1',
    vendorId: i % 3 ? 'ven-1' : null,
    currency: 'USD',
    expenseType: 'OpEx' as const,
    description: `Line ${i}`,
    amounts: Object.fromEntries(
      months.map((m, k) => [m, parseMoney(`${(i % 97) * 10 + k + 1}.${String((i + k) % 100).padStart(2, '0')}`)]),
    ),
  }));
  return d;
}
