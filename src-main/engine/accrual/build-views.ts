import type { FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import type { AccrualCashViews, AccrualPolicy, CostItem, ViewOptions } from './types';
import { ViewsBuilder } from './views-builder';

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
  const builder = new ViewsBuilder(periods, policy, options);
  // A bad item throws out of add(), so no views come back for a batch holding one.
  for (const item of items) builder.add(item);
  return builder.result();
}
