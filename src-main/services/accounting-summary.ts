import { fiscalYearLabel } from '../../src-shared/calendar/fiscal';
import type { Handlers } from '../../src-shared/ipc/contract';
import type {
  AccountingSummary,
  AccountingSummaryRow,
  DimensionLinks,
  ExpenseType,
  SummaryBy,
} from '../../src-shared/model';
import { type Money } from '../../src-shared/money';
import { convertToBase } from '../engine/fx';
import { listAssets } from '../repo/assets-repo';
import { listContracts } from '../repo/contracts-repo';
import { listCostItems } from '../repo/cost-items-repo';
import { listCostCenters, listServices, listTowers } from '../repo/dimensions-repo';
import { ExactSum } from '../repo/exact-sum';
import { fxMonthOf, loadAccountingEnv } from './accounting-env';
import { collectCells } from './accounting-views';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';

type SummaryHandlers = Pick<Handlers, 'accounting/summary'>;

/** How rows are keyed and named for each `by`. */
function grouping(ctx: WorkbookContext, by: SummaryBy) {
  if (by === 'capex-opex') {
    return { groupOf: () => '', label: () => '', none: '' };
  }
  if (by === 'cost-center') {
    const names = new Map(listCostCenters(ctx.orm).map((c) => [c.id, `${c.code} ${c.name}`]));
    return {
      groupOf: (l: DimensionLinks) => l.costCenterId ?? '',
      label: (key: string) => names.get(key) ?? key,
      none: '(no cost center)',
    };
  }
  const towerOfService = new Map(listServices(ctx.orm).map((s) => [s.id, s.towerId]));
  const names = new Map(listTowers(ctx.orm).map((t) => [t.id, `${t.code} ${t.name}`]));
  return {
    groupOf: (l: DimensionLinks) => (l.serviceId ? (towerOfService.get(l.serviceId) ?? '') : ''),
    label: (key: string) => names.get(key) ?? key,
    none: '(no service)',
  };
}

/**
 * One fiscal year of contracts, cost items and asset depreciation, in the base currency:
 * each cell (currency × row × period) converted once at the period's budget FX rate (the
 * rate of the calendar month holding the period's middle day) and rounded with the
 * workbook's rounding mode, so every total is the exact sum of the cells it shows.
 * A missing rate is a 'validation' error naming the currency pair and the month.
 */
export function accountingSummary(
  ctx: WorkbookContext,
  args: { fiscalYear: number; view: 'accrual' | 'cash'; by: SummaryBy },
): AccountingSummary {
  const env = loadAccountingEnv(ctx);
  const periods = env.calendar.periods(args.fiscalYear);
  const fxMonths = periods.map(fxMonthOf);
  const src = { contracts: listContracts(ctx.db), costItems: listCostItems(ctx.db), assets: listAssets(ctx.db) };
  const g = grouping(ctx, args.by);
  const cells = collectCells(env, src, periods, args.view, g.groupOf);

  const zeros = () => periods.map(() => new ExactSum());
  const rows = new Map<string, ExactSum[]>();
  const split: Record<ExpenseType, ExactSum> = { CapEx: new ExactSum(), OpEx: new ExactSum() };
  if (args.by === 'capex-opex') for (const t of ['CapEx', 'OpEx']) rows.set(t, zeros());
  const context = `${fiscalYearLabel(args.fiscalYear)} summary`;
  for (const { currency, key, amounts } of cells.rows()) {
    const rowKey = args.by === 'capex-opex' ? key.type : key.group;
    let row = rows.get(rowKey);
    if (!row) rows.set(rowKey, (row = zeros()));
    amounts.forEach((amount, i) => {
      if (amount === '0') return;
      const base: Money =
        currency === env.baseCurrency
          ? amount
          : engineCall(
              () => convertToBase(env.rates, { amount, currency }, fxMonths[i]!, 'budget', { rounding: env.rounding }),
              context,
            );
      row[i]!.add(base);
      split[key.type].add(base);
    });
  }

  const out: AccountingSummaryRow[] = [...rows].map(([key, sums]) => {
    const amounts = sums.map((s) => s.value());
    const total = new ExactSum();
    for (const a of amounts) total.add(a);
    const label = args.by === 'capex-opex' ? key : key === '' ? g.none : g.label(key);
    return { key, label, amounts, total: total.value() };
  });
  if (args.by !== 'capex-opex') {
    // By name, with the items that have no cost center or service last.
    out.sort((a, b) => ((a.key === '') !== (b.key === '') ? (a.key === '' ? 1 : -1) : a.label.localeCompare(b.label)));
  }
  const columnTotals = periods.map((_, i) => {
    const s = new ExactSum();
    for (const r of out) s.add(r.amounts[i]!);
    return s.value();
  });
  const grand = new ExactSum();
  for (const r of out) grand.add(r.total);
  return {
    fiscalYear: args.fiscalYear,
    view: args.view,
    by: args.by,
    baseCurrency: env.baseCurrency,
    periods: periods.map((p, i) => ({ key: p.key, index: p.index, start: p.start, end: p.end, fxMonth: fxMonths[i]! })),
    rows: out,
    total: { amounts: columnTotals, total: grand.value() },
    split: { CapEx: split.CapEx.value(), OpEx: split.OpEx.value() },
    counts: {
      contracts: src.contracts.length,
      costItems: src.costItems.filter((c) => c.contractId === null).length,
      assets: src.assets.length,
    },
  };
}

export function summaryHandlers(ctx: WorkbookContext): SummaryHandlers {
  return { 'accounting/summary': (args) => accountingSummary(ctx, args) };
}
