import type { FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import { fromEpochDay } from '../../../src-shared/calendar/iso-date';
import { formatMinor } from '../../../src-shared/money/minor-units';
import { addItemBuckets } from './item-buckets';
import { normalizeItem } from './normalize-item';
import { buildPeriodGrid } from './period-grid';
import { checkPolicy } from './policy';
import { writeItemBalances } from './prepaid';
import { bucketsToSeries } from './totals-accumulator';
import type { AccrualPolicy, CostItem, ItemSchedule, ViewOptions } from './types';

/**
 * The accrual and cash views of one cost item over `periods`, with its prepaid (+) or
 * accrued (−) balance at each period end. All amounts are Money strings in the item's
 * currency, each period's amount rounded to the currency's minor units by largest
 * remainder over the item's whole service life (ties to the earliest period), so
 * before + Σ periods + after equals the amount exactly in both views. No rounding mode
 * applies: the amount is already in minor units and only its split is rounded.
 *
 * @param periods contiguous fiscal periods (calendar months or 4-4-5 periods)
 * @param policy `by-days` or `even-by-period` (see AccrualPolicy)
 * @throws EngineInputError for an invalid item (see normalizeItem), invalid or
 *   non-contiguous periods, or an unknown policy
 */
export function scheduleItem(
  item: CostItem,
  periods: readonly FiscalPeriodSpan[],
  policy: AccrualPolicy,
  options: Pick<ViewOptions, 'calendar'> = {},
): ItemSchedule {
  checkPolicy(policy);
  const grid = buildPeriodGrid(periods, options.calendar);
  const n = normalizeItem(item);
  const accrual = new Array<number>(grid.count + 2).fill(0);
  const cash = new Array<number>(grid.count + 2).fill(0);
  const balances = new Array<number>(grid.count + 1).fill(0);
  const range = addItemBuckets(n, grid, policy, accrual, cash);
  writeItemBalances(accrual, cash, range, grid.count, balances);
  const mu = item.minorUnits;
  return {
    itemId: item.id,
    payments: n.payDays.map((d, k) => ({ date: fromEpochDay(d), amount: formatMinor(n.payAmounts[k]!, mu) })),
    accrual: bucketsToSeries(accrual, grid.count, mu),
    cash: bucketsToSeries(cash, grid.count, mu),
    balance: {
      opening: formatMinor(balances[0]!, mu),
      periods: balances.slice(1).map((v) => formatMinor(v, mu)),
    },
  };
}
