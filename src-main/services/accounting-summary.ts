import { fiscalYearLabel, fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import type { Handlers } from '../../src-shared/ipc/contract';
import type { AccountingSummary, AccountingSummarySource, SummaryBy, SummaryView } from '../../src-shared/model';
import { listAssets } from '../repo/assets-repo';
import type { Money } from '../../src-shared/money';
import { ExactSum } from '../repo/exact-sum';
import { listContracts } from '../repo/contracts-repo';
import { listStandaloneCostItems } from '../repo/cost-items-repo';
import { fxMonthOf, loadAccountingEnv } from './accounting-env';
import { collectCells, type SummarySources } from './accounting-views';
import type { WorkbookContext } from './context';
import { summarizeActuals } from './summary-actuals';
import { summaryGrouping } from './summary-grouping';
import { plannedCells } from './summary-plan';
import {
  columnTotals,
  LineSums,
  RowSums,
  toBase,
  totalsOf,
  type SourceSums,
  type TransactionCells,
} from './summary-tally';

type SummaryHandlers = Pick<Handlers, 'accounting/summary'>;

/** What the summary is asked for; `scenarioId` adds that scenario's budget lines. */
export interface SummaryArgs {
  fiscalYear: number;
  view: SummaryView;
  by: SummaryBy;
  scenarioId?: string | undefined;
}

/**
 * One fiscal year of planned spend in the base currency, by source: a scenario's manual
 * budget lines (with `scenarioId`), contracts, stand-alone cost items and asset
 * depreciation; with the year's actuals and their FX variance beside it (`actual`).
 *
 * Each cell (source × currency × cost center × tower × expense type × period) is converted
 * once at a budget FX rate and rounded with the workbook's rounding mode, then summed into
 * rows, so every total is the exact sum of the cells it shows (Σ rows = total = Σ sources
 * = CapEx + OpEx, to the cent) and the same whichever `by` is asked. Contracts, invoices
 * and assets take the rate of the calendar month holding the period's middle day.
 *
 * Budget lines and actuals are monthly: month i of the fiscal year (from the workbook's
 * fiscal-year start month) is booked in accounting period i and converted at that month's
 * rate. For calendar months that is the month itself; a retail 4-4-5 calendar also has 12
 * periods a year, so the i-th month lands in the i-th period whatever its exact dates. The
 * budget lines are the plan per month, the same in the accrual and the cash view.
 *
 * Throws a 'not-found' AppError for an unknown scenario, and a 'validation' AppError naming
 * the currency pair and month when a needed budget rate is missing.
 */
export function accountingSummary(ctx: WorkbookContext, args: SummaryArgs): AccountingSummary {
  const env = loadAccountingEnv(ctx);
  const periods = env.calendar.periods(args.fiscalYear);
  const n = periods.length;
  const fxMonths = periods.map(fxMonthOf);
  const months = fiscalYearMonths(args.fiscalYear, env.settings.fyStartMonth).slice(0, n);
  const context = `${fiscalYearLabel(args.fiscalYear)} summary`;
  const g = summaryGrouping(ctx, args.by);

  const rows = new RowSums(n, args.by, g.rowOf);
  const sources: SourceSums = {
    planned: new LineSums(n),
    contracts: new LineSums(n),
    invoices: new LineSums(n),
    assets: new LineSums(n),
  };
  /** Convert one source's cells at the budget rate of each period's month and tally them. */
  const tally = (source: AccountingSummarySource, cells: Iterable<TransactionCells>, rateMonths: readonly string[]) => {
    for (const { currency, key, amounts } of cells) {
      amounts.forEach((amount, i) => {
        if (amount === '0') return;
        const base = toBase(env, amount, currency, rateMonths[i]!, 'budget', context);
        rows.add(key, i, base);
        sources[source].add(i, base);
      });
    }
  };

  const plan = args.scenarioId ? plannedCells(ctx, args.scenarioId, months, g.cellOf) : null;
  if (plan) tally('planned', plan.cells.rows(), months);
  const all: SummarySources = {
    contracts: listContracts(ctx.db),
    costItems: listStandaloneCostItems(ctx.db),
    assets: listAssets(ctx.db),
  };
  // One source at a time, so each converted cell belongs to exactly one source.
  const parts: [AccountingSummarySource, SummarySources][] = [
    ['contracts', { contracts: all.contracts, costItems: [], assets: [] }],
    ['invoices', { contracts: [], costItems: all.costItems, assets: [] }],
    ['assets', { contracts: [], costItems: [], assets: all.assets }],
  ];
  const prepaid = periods.map(() => new ExactSum());
  const accrued = periods.map(() => new ExactSum());
  for (const [source, src] of parts) {
    const cells = collectCells(env, src, periods, args.view, g.cellOf);
    tally(source, cells.rows(), fxMonths);
    for (const [currency, b] of cells.balances) {
      const add = (to: ExactSum, x: Money, i: number) => {
        if (x !== '0') to.add(toBase(env, x, currency, fxMonths[i]!, 'budget', context));
      };
      b.prepaid.forEach((x, i) => add(prepaid[i]!, x, i));
      b.accrued.forEach((x, i) => add(accrued[i]!, x, i));
    }
  }

  const out = rows.finish(g.label, g.none);
  const total = columnTotals(out, n);
  const splitByPeriod = rows.splitLines();
  return {
    fiscalYear: args.fiscalYear,
    view: args.view,
    by: args.by,
    baseCurrency: env.baseCurrency,
    calendarKind: env.accounting.calendar.kind,
    periods: periods.map((p, i) => ({
      key: p.key,
      index: p.index,
      start: p.start,
      end: p.end,
      fxMonth: fxMonths[i]!,
      month: months[i]!,
    })),
    rows: out,
    total,
    split: totalsOf(splitByPeriod),
    splitByPeriod,
    sources: {
      planned: sources.planned.value(),
      contracts: sources.contracts.value(),
      invoices: sources.invoices.value(),
      assets: sources.assets.value(),
    },
    counts: {
      contracts: all.contracts.length,
      costItems: all.costItems.filter((c) => c.contractId === null).length,
      assets: all.assets.length,
    },
    scenario: plan ? plan.scenario : null,
    balances: { prepaid: prepaid.map((x) => x.value()), accrued: accrued.map((x) => x.value()) },
    actual: summarizeActuals(ctx, env, {
      months,
      by: args.by,
      grouping: g,
      plan: total,
      context: `${fiscalYearLabel(args.fiscalYear)} actuals`,
    }),
  };
}

export function summaryHandlers(ctx: WorkbookContext): SummaryHandlers {
  return { 'accounting/summary': (args) => accountingSummary(ctx, args) };
}
