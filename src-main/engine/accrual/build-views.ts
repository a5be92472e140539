import type { FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import { EXPENSE_TYPES, type ExpenseType } from '../../../src-shared/model/entities';
import { EngineInputError } from '../errors';
import { addItemBuckets } from './item-buckets';
import { normalizeItem, type NormalizedItem } from './normalize-item';
import { buildPeriodGrid } from './period-grid';
import { checkPolicy } from './policy';
import { writeItemBalances } from './prepaid';
import { TotalsAccumulator } from './totals-accumulator';
import type { AccrualCashViews, AccrualPolicy, CostItem, ViewOptions, ViewTotals } from './types';

/**
 * Accrual and cash views of many cost items over `periods`: per-period totals of
 * expense (accrual) and payments (cash), and the prepaid/accrued balance at each period
 * end — in total, by expense type (CapEx/OpEx) and by every `options.groupBy` dimension.
 *
 * Units: Money strings in the items' one currency (convert with FX per period after, or
 * call once per currency). Each item is split as in {@link scheduleItem} (largest
 * remainder in minor units over its whole service life), and totals are exact integer
 * sums of those parts, so for every item and every group before + Σ periods + after
 * equals the amount in both views: accrual total = cash total = Σ amounts. Amounts
 * outside the horizon are reported in `before`/`after`, never dropped.
 *
 * Runs in integer minor units (safe integers, BigInt only when totals could pass 2^53).
 *
 * @throws EngineInputError for an invalid item (naming it and the field; see
 *   normalizeItem), items in different currencies (field "currency") or with different
 *   minor units (field "minorUnits"), invalid or non-contiguous periods, or an unknown
 *   policy. Nothing is computed for a batch containing a bad item.
 */
export function buildViews(
  items: readonly CostItem[],
  periods: readonly FiscalPeriodSpan[],
  policy: AccrualPolicy,
  options: ViewOptions = {},
): AccrualCashViews {
  checkPolicy(policy);
  const grid = buildPeriodGrid(periods, options.calendar);
  const normalized = items.map(normalizeItem);
  const first = normalized[0]?.item;
  const minorUnits = first?.minorUnits ?? 0;
  let bound = 0;
  for (const n of normalized) {
    checkSameCurrency(n, first!);
    bound += Math.abs(n.amount);
    for (const p of n.payAmounts) bound += Math.abs(p);
  }
  const exact = bound <= Number.MAX_SAFE_INTEGER;
  const make = () => new TotalsAccumulator(grid.count, exact);

  const total = make();
  const byType = new Map<ExpenseType, TotalsAccumulator>(EXPENSE_TYPES.map((t) => [t, make()]));
  const dims = Object.entries(options.groupBy ?? {});
  const groups = dims.map(() => new Map<string, TotalsAccumulator>());

  // Scratch buffers, cleared after each item over the range it touched.
  const accrual = new Float64Array(grid.count + 2);
  const cash = new Float64Array(grid.count + 2);
  const balances = new Float64Array(grid.count + 1);
  for (const n of normalized) {
    const range = addItemBuckets(n, grid, policy, accrual, cash);
    writeItemBalances(accrual, cash, range, grid.count, balances);
    total.addItem(accrual, cash, balances, range);
    byType.get(n.item.expenseType)!.addItem(accrual, cash, balances, range);
    dims.forEach(([, keyOf], d) => {
      const key = keyOf(n.item);
      let acc = groups[d]!.get(key);
      if (!acc) groups[d]!.set(key, (acc = make()));
      acc.addItem(accrual, cash, balances, range);
    });
    accrual.fill(0, range.lo, range.hi + 1);
    cash.fill(0, range.lo, range.hi + 1);
    balances.fill(0, range.lo, Math.min(range.hi + 1, grid.count + 1));
  }

  const out = (acc: TotalsAccumulator): ViewTotals => acc.toViewTotals(minorUnits);
  return {
    currency: first?.currency ?? '',
    periodKeys: grid.keys.slice(),
    total: out(total),
    byExpenseType: Object.fromEntries(EXPENSE_TYPES.map((t) => [t, out(byType.get(t)!)])) as Record<
      ExpenseType,
      ViewTotals
    >,
    groups: Object.fromEntries(
      dims.map(([name], d) => [name, Object.fromEntries([...groups[d]!].map(([key, acc]) => [key, out(acc)]))]),
    ),
  };
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
