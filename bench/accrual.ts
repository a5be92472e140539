/**
 * Accrual and cash views for 20,000 cost items over 60 monthly periods (5 fiscal years),
 * both accrual policies, grouped by expense type and cost center. Prints the median of
 * several runs against the 1-second target. A benchmark: it prints figures, exits 0.
 *
 *   npx tsx bench/accrual.ts [--items 20000] [--runs 5]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { FiscalPeriodSpan } from '../src-shared/calendar/calendar-types';
import { buildViews, type AccrualPolicy, type CostItem } from '../src-main/engine/accrual';

const { values } = parseArgs({
  options: { items: { type: 'string', default: '20000' }, runs: { type: 'string', default: '5' } },
});
const itemCount = Number(values.items);
const runs = Number(values.runs);
const TARGET_MS = 1000;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** FY2027…FY2031 with a July start: 60 calendar months from July 2026. */
function periods(): FiscalPeriodSpan[] {
  return Array.from({ length: 60 }, (_, i) => {
    const y = 2026 + Math.floor((6 + i) / 12);
    const m = ((6 + i) % 12) + 1;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return {
      key: `${y}-${pad(m)}`,
      fiscalYear: y + (m >= 7 ? 1 : 0),
      index: ((m + 5) % 12) + 1,
      start: iso(y, m, 1),
      end: iso(y, m, days),
      days,
    };
  });
}

/** Deterministic items: invoices, multi-year prepaid licences, instalment contracts. */
function items(count: number): CostItem[] {
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const terms = ['net 30', 'net 45', 'due on receipt', 'end of month + 30', 'net 60'];
  return Array.from({ length: count }, (_, i) => {
    const startDay = rnd(2200) - 200; // a few start before the horizon
    const months = [1, 3, 12, 12, 24, 36, 60][rnd(7)]!;
    const start = new Date(Date.UTC(2026, 6, 1 + startDay));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, start.getUTCDate() - 1));
    const cents = 1000 + rnd(5_000_000);
    const amount = `${Math.floor(cents / 100)}.${pad(cents % 100)}`.replace(/\.?0+$/, '') || '0';
    const startIso = start.toISOString().slice(0, 10);
    const base = {
      id: `item-${i}`,
      currency: 'USD',
      minorUnits: 2,
      amount,
      invoiceDate: startIso,
      servicePeriod: { start: startIso, end: end.toISOString().slice(0, 10) },
      expenseType: rnd(4) === 0 ? ('CapEx' as const) : ('OpEx' as const),
      costCenter: `CC-${rnd(40)}`,
    };
    if (i % 10 === 0) {
      const first = Math.floor(cents / 2);
      const second = cents - first;
      const money = (c: number) => `${Math.floor(c / 100)}.${pad(c % 100)}`;
      return {
        ...base,
        paymentSchedule: [
          { date: startIso, amount: money(first).replace(/\.?0+$/, '') || '0' },
          { date: base.servicePeriod.end, amount: money(second).replace(/\.?0+$/, '') || '0' },
        ],
      };
    }
    return { ...base, paymentTerms: terms[rnd(terms.length)]! };
  });
}

const ps = periods();
const data = items(itemCount);
const centers = new Map(data.map((d) => [d.id, (d as CostItem & { costCenter: string }).costCenter]));
const groupBy = { costCenter: (i: CostItem) => centers.get(i.id)! };

function time(policy: AccrualPolicy): number[] {
  buildViews(data, ps, policy, { groupBy }); // warm-up: JIT
  return Array.from({ length: runs }, () => {
    const t0 = performance.now();
    buildViews(data, ps, policy, { groupBy });
    return performance.now() - t0;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const lines = [
  `Accrual/cash views — Node ${process.version}: ${itemCount.toLocaleString('en-US')} items × ${ps.length} periods, by expense type and 40 cost centers`,
];
for (const policy of ['by-days', 'even-by-period'] as const) {
  const m = median(time(policy));
  lines.push(
    `  ${policy.padEnd(15)} median ${m.toFixed(1)} ms over ${runs} runs  (target < ${TARGET_MS} ms: ${m < TARGET_MS ? 'PASS' : 'MISS'})`,
  );
}
const v = buildViews(data, ps, 'by-days', { groupBy });
lines.push(`  check: accrual total ${v.total.accrual.total} = cash total ${v.total.cash.total}`);
process.stdout.write(`${lines.join('\n')}\n`);
