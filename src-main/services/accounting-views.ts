import type { FiscalPeriodSpan } from '../../src-shared/calendar/calendar-types';
import { periodsBetween } from '../../src-shared/calendar/fiscal-calendar';
import { addDays, addMonthsToDate, toEpochDay } from '../../src-shared/calendar/iso-date';
import type {
  Asset,
  CommittedSourceKind,
  Contract,
  CostItemRecord,
  DimensionLinks,
  ExpenseType,
  SummaryView,
} from '../../src-shared/model';
import { isZeroMoney, type Money } from '../../src-shared/money';
import { ViewsBuilder, type CostItem, type PreparedItem } from '../engine/accrual';
import { contractBillings } from '../engine/escalation';
import { depreciationSchedule } from '../engine/depreciation';
import { ExactSum } from '../repo/exact-sum';
import { minorUnitsOf, type AccountingEnv } from './accounting-env';
import {
  contractOwnerItem,
  contractPreparedItems,
  contractTerms,
  costItemOf,
  depreciableAsset,
} from './accounting-inputs';
import { engineCall } from './engine-input';

/** A cell's row: the group (cost center, tower… or '' for none) and the expense type. */
export interface CellKey {
  group: string;
  type: ExpenseType;
}

const SEP = '\u0000';
const keyText = (k: CellKey) => `${k.group}${SEP}${k.type}`;

/**
 * Exact sums of one fiscal year's amounts per currency, row (group × expense type) and
 * period, in the transaction currency: what is converted to the base currency afterwards.
 */
export class CellSums {
  readonly byCurrency = new Map<string, Map<string, ExactSum[]>>();
  /**
   * Per currency, the prepaid (paid before expensed) and accrued (expensed before paid)
   * balances of contracts and invoices at each period end, gross: the balance-sheet side
   * of the accrual view, the same whichever view was asked.
   */
  readonly balances = new Map<string, { prepaid: Money[]; accrued: Money[] }>();

  constructor(readonly periodCount: number) {}

  add(currency: string, key: CellKey, index: number, amount: Money): void {
    if (isZeroMoney(amount)) return;
    let rows = this.byCurrency.get(currency);
    if (!rows) this.byCurrency.set(currency, (rows = new Map()));
    const k = keyText(key);
    let cells = rows.get(k);
    if (!cells) rows.set(k, (cells = Array.from({ length: this.periodCount }, () => new ExactSum())));
    cells[index]!.add(amount);
  }

  /** Every non-empty row: currency, key and the amount per period (transaction currency). */
  *rows(): Generator<{ currency: string; key: CellKey; amounts: Money[] }> {
    for (const [currency, rows] of this.byCurrency) {
      for (const [k, cells] of rows) {
        const [group, type] = k.split(SEP) as [string, ExpenseType];
        yield { currency, key: { group, type }, amounts: cells.map((c) => c.value()) };
      }
    }
  }
}

/** The item an amount comes from, for groupings that key by item (the budget's committed rows). */
export interface SourceRef {
  kind: CommittedSourceKind;
  id: string;
}

/**
 * How amounts are grouped into rows: by the item's dimension links (cost center, tower…)
 * and, where a row per item is wanted, by the item itself. Returns the row's group key.
 */
export type GroupOf = (links: DimensionLinks, source: SourceRef) => string;

export interface SummarySources {
  contracts: readonly Contract[];
  costItems: readonly CostItemRecord[];
  assets: readonly Asset[];
}

/**
 * Contracts (escalated, auto-renewals carried to the end of the year) and cost items,
 * through the accrual engine per currency: the accrual view spreads each over its service
 * period, the cash view books it when paid. Amounts before or after the year are left out.
 * A contract's invoices go in straight from its billings in engine units (no Money strings
 * written and parsed back), which is what keeps 10,000 contracts under a second.
 */
function addCostItems(
  env: AccountingEnv,
  src: SummarySources,
  periods: readonly FiscalPeriodSpan[],
  view: SummaryView,
  groupOf: GroupOf,
  sums: CellSums,
): void {
  const fyStart = periods[0]!.start;
  const fyEnd = periods[periods.length - 1]!.end;
  const firstDay = toEpochDay(fyStart);
  const lastDay = toEpochDay(fyEnd);
  // Payment terms reach at most 999 days past an invoice's month end (parsePaymentTerms).
  const TERMS_REACH = 999 + 31;
  const earliestInvoice = addDays(fyStart, -TERMS_REACH);
  /**
   * Whether an item can have an amount or a balance in the year: its activity, from the
   * first of its service or payments to the last, overlaps the year. Each item is split on
   * its own, so leaving out the others changes nothing; items with no amount in the view
   * asked still count for the balances (a licence paid last year for this one).
   */
  const reaches = (n: PreparedItem) =>
    Math.min(n.serviceStart, ...n.payDays) <= lastDay && Math.max(n.serviceEnd, ...n.payDays) >= firstDay;
  /** The same, for a stored item, whose payment can be at most the terms' reach after its invoice. */
  const reachesRecord = (it: CostItem) => {
    const pay =
      it.paymentDate !== undefined ? [it.paymentDate] : [it.invoiceDate, addDays(it.invoiceDate, TERMS_REACH)];
    const first = [it.servicePeriod.start, ...pay].reduce((a, b) => (a < b ? a : b));
    const last = [it.servicePeriod.end, ...pay].reduce((a, b) => (a > b ? a : b));
    return first <= fyEnd && last >= fyStart;
  };
  // The row of an item: a contract's invoices share one stand-in item for the contract.
  const keyOf = new Map<CostItem, string>();
  const builders = new Map<string, ViewsBuilder>();
  const builderFor = (currency: string) => {
    let b = builders.get(currency);
    if (!b) {
      const options = { calendar: env.calendar, groupBy: { row: (it: CostItem) => keyOf.get(it)! } };
      builders.set(currency, (b = engineCall(() => new ViewsBuilder(periods, env.accounting.accrualPolicy, options))));
    }
    return b;
  };
  for (const c of src.contracts) {
    // A contract that ended long before the year can neither bill nor be paid in it.
    if (c.start > fyEnd || (!c.renewal?.autoRenew && addDays(c.end, 1) < earliestInvoice)) continue;
    const label = `contract ${c.code}`;
    const minorUnits = minorUnitsOf(env, c.currency, 'currency', label);
    const billings = engineCall(
      () => contractBillings(contractTerms(c), { minorUnits, rounding: env.rounding, horizon: fyEnd }),
      label,
    );
    const owner = contractOwnerItem(c, minorUnits, billings.end);
    keyOf.set(owner, keyText({ group: groupOf(c, { kind: 'contract', id: c.id }), type: c.expenseType }));
    const builder = builderFor(c.currency);
    const items = engineCall(() => contractPreparedItems(c, billings.bills, billings.end, owner), label);
    for (const n of items) if (reaches(n)) engineCall(() => builder.addPrepared(n), label);
  }
  for (const r of src.costItems) {
    // An invoice of a contract is already in that contract's schedule.
    if (r.contractId !== null) continue;
    const units = minorUnitsOf(env, r.currency, 'currency', `cost item ${r.reference || r.id}`);
    const item = costItemOf(r, units);
    if (!reachesRecord(item)) continue;
    keyOf.set(item, keyText({ group: groupOf(r, { kind: 'invoice', id: r.id }), type: item.expenseType }));
    const builder = builderFor(r.currency);
    engineCall(() => builder.add(item));
  }
  for (const [currency, builder] of builders) {
    const { asset, liability } = builder.totalBalances();
    sums.balances.set(currency, { prepaid: asset.periods, accrued: liability.periods });
    for (const [k, amounts] of builder.groupPeriodAmounts('row', view)) {
      const [group, type] = k.split(SEP) as [string, ExpenseType];
      amounts.forEach((amount, i) => sums.add(currency, { group, type }, i, amount));
    }
  }
}

/**
 * Assets: in the accrual view a CapEx asset's depreciation and write-offs per period and an
 * OpEx asset's whole cost in its in-service period; in the cash view the cost when it goes
 * into service. Assets going into service after the year are left out.
 */
function addAssets(
  env: AccountingEnv,
  assets: readonly Asset[],
  periods: readonly FiscalPeriodSpan[],
  view: SummaryView,
  groupOf: GroupOf,
  sums: CellSums,
): void {
  const first = periods[0]!;
  const fyEnd = periods[periods.length - 1]!.end;
  const inYear = assets.filter((a) => a.inServiceDate <= fyEnd && (view === 'cash' || depreciatesFrom(a, first.start)));
  if (inYear.length === 0) return;
  const earliest = inYear.reduce((m, a) => (a.inServiceDate < m ? a.inServiceDate : m), first.start);
  // One period list for every asset, from the earliest in-service date to the year end.
  const history = engineCall(() => periodsBetween(env.calendar, earliest, fyEnd));
  const indexOf = new Map(periods.map((p, i) => [p.key, i]));
  for (const a of inYear) {
    const item = `asset ${a.code}`;
    const key: CellKey = { group: groupOf(a, { kind: 'asset', id: a.id }), type: a.expenseType };
    if (view === 'cash' || a.expenseType === 'OpEx') {
      const i = indexOf.get(env.calendar.periodOf(a.inServiceDate).key);
      if (i !== undefined) sums.add(a.currency, key, i, a.cost);
      continue;
    }
    const input = depreciableAsset(a, minorUnitsOf(env, a.currency, 'currency', item));
    const schedule = engineCall(() => depreciationSchedule(input, history, { rounding: env.rounding }), item);
    for (const r of schedule.rows) {
      const i = indexOf.get(r.period);
      if (i === undefined) continue;
      sums.add(a.currency, key, i, r.expense);
      sums.add(a.currency, key, i, r.writeOff);
    }
  }
}

/**
 * Whether an asset may still have depreciation or a write-off on or after `from`: not when
 * it was disposed of before, nor when its life (plus the year of slack the half-year and
 * mid-month conventions need, as lifePeriods allows) ended before and no change of life
 * could have stretched it.
 */
function depreciatesFrom(a: Asset, from: string): boolean {
  if (a.expenseType === 'OpEx') return a.inServiceDate >= from;
  if (a.events.some((e) => e.kind === 'disposal' && e.date < from)) return false;
  if (a.events.some((e) => e.kind === 'life-change')) return true;
  return addMonthsToDate(a.inServiceDate, a.usefulLifeMonths + 13) >= from;
}

/**
 * The amounts of one fiscal year per currency and row, before conversion. `periods` must
 * be a fiscal year of `env.calendar` (the accounting calendar for the summary, a
 * calendar-months one for the budget's committed rows). Rows are keyed by `groupOf`.
 */
export function collectCells(
  env: AccountingEnv,
  src: SummarySources,
  periods: readonly FiscalPeriodSpan[],
  view: SummaryView,
  groupOf: GroupOf,
): CellSums {
  const sums = new CellSums(periods.length);
  addCostItems(env, src, periods, view, groupOf, sums);
  addAssets(env, src.assets, periods, view, groupOf, sums);
  return sums;
}
