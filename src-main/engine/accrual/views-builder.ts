import type { FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import { EXPENSE_TYPES, type ExpenseType } from '../../../src-shared/model/entities';
import type { Money } from '../../../src-shared/money';
import { EngineInputError } from '../errors';
import { addItemBuckets } from './item-buckets';
import { normalizeItem, type NormalizedItem } from './normalize-item';
import { buildPeriodGrid, type PeriodGrid } from './period-grid';
import { checkPolicy } from './policy';
import { writeItemBalances } from './prepaid';
import { TotalsAccumulator } from './totals-accumulator';
import type { AccrualCashViews, AccrualPolicy, CostItem, ViewOptions, ViewTotals } from './types';

/**
 * Accrual and cash views built one item at a time (see {@link buildViews} for what they
 * hold). Items are not kept: a caller can generate them (e.g. a contract's invoices) and
 * add each as it goes, so memory stays flat however many there are.
 *
 * Sums run as float64 while every partial sum is provably below 2^53 (bounded by the
 * running Σ|amounts| and Σ|payments|) and switch to BigInt, exactly, once that bound
 * could be passed.
 *
 * @throws EngineInputError from the constructor for invalid periods or an unknown policy,
 *   and from {@link add} for an invalid item (naming it and the field) or one whose
 *   currency or minor units differ from the first item's. After an error the builder's
 *   totals are unspecified: discard it.
 */
export class ViewsBuilder {
  private readonly grid: PeriodGrid;
  private readonly total: TotalsAccumulator;
  private readonly byType: Map<ExpenseType, TotalsAccumulator>;
  private readonly dims: [string, (item: CostItem) => string][];
  private readonly groups: Map<string, TotalsAccumulator>[];
  private first: CostItem | undefined;
  private bound = 0;
  private exact = true;
  // Scratch buffers, cleared after each item over the range it touched.
  private readonly accrual: Float64Array;
  private readonly cash: Float64Array;
  private readonly balances: Float64Array;

  constructor(
    periods: readonly FiscalPeriodSpan[],
    private readonly policy: AccrualPolicy,
    options: ViewOptions = {},
  ) {
    checkPolicy(policy);
    this.grid = buildPeriodGrid(periods, options.calendar);
    this.total = this.make();
    this.byType = new Map(EXPENSE_TYPES.map((t) => [t, this.make()]));
    this.dims = Object.entries(options.groupBy ?? {});
    this.groups = this.dims.map(() => new Map());
    this.accrual = new Float64Array(this.grid.count + 2);
    this.cash = new Float64Array(this.grid.count + 2);
    this.balances = new Float64Array(this.grid.count + 1);
  }

  private make(): TotalsAccumulator {
    return new TotalsAccumulator(this.grid.count, this.exact);
  }

  private accumulators(): TotalsAccumulator[] {
    return [this.total, ...this.byType.values(), ...this.groups.flatMap((g) => [...g.values()])];
  }

  /** Validate an item and add its accrual, cash and balances to every total it belongs to. */
  add(item: CostItem): void {
    this.addPrepared(normalizeItem(item));
  }

  /**
   * Add an item already in engine units (minor units, epoch days), e.g. an invoice made
   * from a contract's billings. `n.item` stands for what it belongs to — its currency,
   * minor units, expense type and the key the `groupBy` functions read — and may be
   * shared by many prepared items. The caller vouches for what normalizeItem would check:
   * safe-integer amounts, service end ≥ start, payments summing to the amount.
   */
  addPrepared(n: NormalizedItem): void {
    const item = n.item;
    this.first ??= item;
    checkSameCurrency(n, this.first);
    if (this.exact) {
      this.bound += Math.abs(n.amount);
      for (const p of n.payAmounts) this.bound += Math.abs(p);
      if (this.bound > Number.MAX_SAFE_INTEGER) {
        this.exact = false;
        for (const acc of this.accumulators()) acc.toBigInt();
      }
    }
    const { grid, accrual, cash, balances } = this;
    const range = addItemBuckets(n, grid, this.policy, accrual, cash);
    writeItemBalances(accrual, cash, range, grid.count, balances);
    this.total.addItem(accrual, cash, balances, range);
    this.byType.get(n.item.expenseType)!.addItem(accrual, cash, balances, range);
    for (let d = 0; d < this.dims.length; d++) {
      const key = this.dims[d]![1](n.item);
      const group = this.groups[d]!;
      let acc = group.get(key);
      if (!acc) group.set(key, (acc = this.make()));
      acc.addItem(accrual, cash, balances, range);
    }
    accrual.fill(0, range.lo, range.hi + 1);
    cash.fill(0, range.lo, range.hi + 1);
    balances.fill(0, range.lo, Math.min(range.hi + 1, grid.count + 1));
  }

  /**
   * For each key of a `groupBy` dimension, one view's amount per period: the part of
   * {@link result} a caller with thousands of groups needs, without formatting the rest.
   */
  groupPeriodAmounts(dimension: string, view: 'accrual' | 'cash'): Map<string, Money[]> {
    const d = this.dims.findIndex(([name]) => name === dimension);
    const minorUnits = this.first?.minorUnits ?? 0;
    const out = new Map<string, Money[]>();
    if (d < 0) return out;
    for (const [key, acc] of this.groups[d]!) out.set(key, acc.periodAmounts(view, minorUnits));
    return out;
  }

  /** Prepaid (asset) and accrued (liability) balances of all items at each period end. */
  totalBalances(): ViewTotals['balance'] {
    return this.total.toViewTotals(this.first?.minorUnits ?? 0).balance;
  }

  /** The views of every item added so far, as Money strings. */
  result(): AccrualCashViews {
    const minorUnits = this.first?.minorUnits ?? 0;
    const out = (acc: TotalsAccumulator): ViewTotals => acc.toViewTotals(minorUnits);
    return {
      currency: this.first?.currency ?? '',
      periodKeys: this.grid.keys.slice(),
      total: out(this.total),
      byExpenseType: Object.fromEntries(EXPENSE_TYPES.map((t) => [t, out(this.byType.get(t)!)])) as Record<
        ExpenseType,
        ViewTotals
      >,
      groups: Object.fromEntries(
        this.dims.map(([name], d) => [name, Object.fromEntries([...this.groups[d]!].map(([k, acc]) => [k, out(acc)]))]),
      ),
    };
  }
}

function checkSameCurrency(n: NormalizedItem, first: CostItem): void {
  const { item } = n;
  if (item.currency !== first.currency) {
    throw new EngineInputError(
      `Cost item "${item.id}", currency: ${item.currency} differs from ${first.currency} of item "${first.id}"; views add amounts of one currency`,
      item.id,
      'currency',
    );
  }
  if (item.minorUnits !== first.minorUnits) {
    throw new EngineInputError(
      `Cost item "${item.id}", minorUnits: ${item.minorUnits} differs from ${first.minorUnits} for ${item.currency} on item "${first.id}"`,
      item.id,
      'minorUnits',
    );
  }
}
