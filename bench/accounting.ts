/**
 * The accounting pass the issue sets a target for: accrual and cash views and every
 * depreciation schedule for 20,000 assets and contracts over 5 fiscal years (60 monthly
 * periods). Half are contracts — escalated (annual %, steps, CPI with cap/floor), some
 * prepaid or auto-renewing — turned into invoices and spread by the accrual engine in both
 * views; half are assets with a mix of methods, conventions and events. The time is the
 * median of several runs after a warm-up; target under 1 second.
 *
 *   npx tsx bench/accounting.ts [--items 20000] [--runs 5]
 *
 * `runAccountingBench` is exported so `npm run bench` includes it.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createFiscalCalendar, periodsBetween } from '../src-shared/calendar';
import type { Contract, EscalationRuleSpec } from '../src-shared/model';
import { formatMinor } from '../src-shared/money';
import { ViewsBuilder, type CostItem } from '../src-main/engine/accrual';
import { depreciationSchedule } from '../src-main/engine/depreciation';
import { contractBillings } from '../src-main/engine/escalation';
import { contractOwnerItem, contractPreparedItems, contractTerms } from '../src-main/services/accounting-inputs';
import { benchAssets, rng } from './depreciation';

export const ACCOUNTING_TARGET_MS = 1000;

const pad = (n: number) => String(n).padStart(2, '0');
/** Published and assumed CPI levels through the last renewal the horizon can reach. */
const CPI: Record<string, string> = Object.fromEntries(
  Array.from({ length: 14 }, (_, i) => [String(2024 + i), (308.4 * 1.025 ** i).toFixed(1)]),
);

function escalation(r: () => number, startYear: number): EscalationRuleSpec {
  const roll = r();
  if (roll < 0.45) return { kind: 'annual-percent', percent: String(2 + Math.floor(r() * 6)) };
  if (roll < 0.6) {
    return {
      kind: 'steps',
      steps: [
        { date: `${startYear + 1}-01-01`, change: { type: 'percent', percent: '5' } },
        { date: `${startYear + 2}-07-01`, change: { type: 'absolute', amount: '150' } },
      ],
    };
  }
  if (roll < 0.8) return { kind: 'index', values: CPI, capPercent: '5', floorPercent: '1' };
  return { kind: 'none' };
}

/** Deterministic contracts starting across the five years, 1 to 5 years long. */
export function benchContracts(count: number, seed = 7): Contract[] {
  const r = rng(seed);
  const billing = ['monthly', 'monthly', 'quarterly', 'annual'] as const;
  const terms = ['net 30', 'net 45', 'due on receipt', 'end of month + 30'];
  return Array.from({ length: count }, (_, i) => {
    const year = 2026 + Math.floor(r() * 4);
    const month = 1 + Math.floor(r() * 12);
    const years = 1 + Math.floor(r() * 5);
    const start = `${year}-${pad(month)}-01`;
    const endMonth = month === 1 ? 12 : month - 1;
    const end = `${year + years - (month === 1 ? 1 : 0)}-${pad(endMonth)}-${endMonth === 2 ? '28' : '30'}`;
    const autoRenew = r() < 0.2;
    return {
      id: `c${i}`,
      code: `C-${i}`,
      name: `Contract ${i}`,
      description: '',
      currency: 'USD',
      expenseType: r() < 0.1 ? 'CapEx' : 'OpEx',
      baseAmount: formatMinor(Math.floor(50_000 + r() * 5_000_000), 2),
      billing: billing[Math.floor(r() * billing.length)]!,
      start,
      end,
      escalation: escalation(r, year),
      renewal: autoRenew ? { autoRenew: true, renewalTermMonths: 12, noticeDays: 90 } : null,
      paymentTerms: terms[Math.floor(r() * terms.length)]!,
      invoiceTiming: r() < 0.8 ? 'advance' : 'arrears',
      prepaid: r() < 0.15,
      costCenterId: `cc${Math.floor(r() * 40)}`,
      serviceId: null,
      accountId: null,
      vendorId: null,
    };
  });
}

export interface AccountingBenchResult {
  contracts: number;
  assets: number;
  periods: number;
  invoices: number;
  scheduleRows: number;
  /** Median milliseconds per stage and for the whole pass. */
  escalateMs: number;
  viewsMs: number;
  depreciationMs: number;
  totalMs: number;
  runs: number;
  /** Over the window: accrual and cash totals of items wholly inside it are equal. */
  check: { accrual: string; cash: string };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function runAccountingBench(items = 20_000, runs = 5): AccountingBenchResult {
  const calendar = createFiscalCalendar({ kind: 'calendar-months', startMonth: 1 });
  const periods = periodsBetween(calendar, '2026-01-01', '2030-12-31');
  const horizon = periods[periods.length - 1]!.end;
  const contracts = benchContracts(Math.ceil(items / 2));
  const assets = benchAssets(Math.floor(items / 2), periods);
  const owners = contracts.map((c) => contractOwnerItem(c, 2, c.end));
  const rowOf = new Map(owners.map((o, i) => [o, `${contracts[i]!.costCenterId}|${o.expenseType}`]));
  const groupBy = { row: (o: CostItem) => rowOf.get(o)! };

  let invoices = 0;
  let scheduleRows = 0;
  let check = { accrual: '0', cash: '0' };
  const pass = () => {
    const t0 = performance.now();
    // Invoices go into the views as each contract makes them, as the summary does.
    const views = new ViewsBuilder(periods, 'by-days', { calendar, groupBy });
    invoices = 0;
    let escalateMs = 0;
    contracts.forEach((c, i) => {
      const e0 = performance.now();
      const s = contractBillings(contractTerms(c), { minorUnits: 2, horizon });
      const items = contractPreparedItems(c, s.bills, s.end, owners[i]!);
      escalateMs += performance.now() - e0;
      for (const it of items) views.addPrepared(it);
      invoices += items.length;
    });
    const result = views.result();
    const t2 = performance.now();
    scheduleRows = 0;
    for (const a of assets) scheduleRows += depreciationSchedule(a, periods).rows.length;
    const t3 = performance.now();
    check = { accrual: result.total.accrual.total, cash: result.total.cash.total };
    return [escalateMs, t2 - t0 - escalateMs, t3 - t2, t3 - t0] as const;
  };
  pass();
  const times = Array.from({ length: runs }, pass);
  return {
    contracts: contracts.length,
    assets: assets.length,
    periods: periods.length,
    invoices,
    scheduleRows,
    escalateMs: median(times.map((t) => t[0])),
    viewsMs: median(times.map((t) => t[1])),
    depreciationMs: median(times.map((t) => t[2])),
    totalMs: median(times.map((t) => t[3])),
    runs,
    check,
  };
}

/** The figures as printed by `npm run bench`. */
export function formatAccountingBench(r: AccountingBenchResult): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const verdict = r.totalMs < ACCOUNTING_TARGET_MS ? 'PASS' : 'MISS';
  return [
    `Accounting: ${n(r.contracts)} contracts + ${n(r.assets)} assets over ${r.periods} monthly periods (5 fiscal years)`,
    `  escalate contracts → ${n(r.invoices)} invoices   ${ms(r.escalateMs)}`,
    `  accrual + cash views (by cost center × type)    ${ms(r.viewsMs)}`,
    `  depreciation schedules (${n(r.scheduleRows)} rows)   ${ms(r.depreciationMs)}`,
    `  whole pass, median of ${r.runs}                  ${ms(r.totalMs)}   target < ${ACCOUNTING_TARGET_MS} ms: ${verdict}`,
    `  check: Σ accrual over life ${r.check.accrual} = Σ cash over life ${r.check.cash}: ${
      r.check.accrual === r.check.cash ? 'yes' : 'NO'
    }`,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { items: { type: 'string', default: '20000' }, runs: { type: 'string', default: '5' } },
  });
  process.stdout.write(formatAccountingBench(runAccountingBench(Number(values.items), Number(values.runs))));
}
