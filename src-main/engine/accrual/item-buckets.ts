import { splitMinor } from '../../../src-shared/money/minor-units';
import type { NormalizedItem } from './normalize-item';
import { bucketOf, pushOutsideSegments, type PeriodGrid } from './period-grid';
import type { AccrualPolicy } from './types';

/** The buckets an item touches, inclusive: `lo`…`hi` (see PeriodGrid for bucket numbers). */
export interface BucketRange {
  lo: number;
  hi: number;
}

/**
 * Add one item's accrual and cash, in minor units, into bucket arrays of length
 * `grid.count + 2` (0 = before the horizon, 1…count = periods, count + 1 = after).
 *
 * Accrual: the service period is cut into the periods it touches — the grid's periods
 * inside the horizon, the calendar's (or calendar months) outside it — and the amount is
 * split over those pieces by largest remainder, weighted by days (`by-days`) or equally
 * (`even-by-period`). Splitting over the item's whole life, not the horizon, keeps every
 * period's amount the same whatever horizon a view uses. Pieces outside the horizon are
 * then summed into the before/after buckets. Cash: each payment in its day's bucket.
 *
 * @returns the range of buckets written, for callers that accumulate sparsely
 */
export function addItemBuckets(
  n: NormalizedItem,
  grid: PeriodGrid,
  policy: AccrualPolicy,
  accrual: number[] | Float64Array,
  cash: number[] | Float64Array,
): BucketRange {
  const { serviceStart: s, serviceEnd: e } = n;
  const weights: number[] = [];
  const buckets: number[] = [];
  if (s < grid.first) {
    pushOutsideSegments(grid, s, Math.min(e, grid.first - 1), weights);
    while (buckets.length < weights.length) buckets.push(0);
  }
  if (e >= grid.first && s <= grid.last) {
    for (let i = bucketOf(grid, Math.max(s, grid.first)) - 1; i < grid.count && grid.starts[i]! <= e; i++) {
      weights.push(Math.min(e, grid.ends[i]!) - Math.max(s, grid.starts[i]!) + 1);
      buckets.push(i + 1);
    }
  }
  if (e > grid.last) {
    pushOutsideSegments(grid, Math.max(s, grid.last + 1), e, weights);
    while (buckets.length < weights.length) buckets.push(grid.count + 1);
  }
  if (policy === 'even-by-period') weights.fill(1);
  const parts = splitMinor(n.amount, weights);
  for (let k = 0; k < parts.length; k++) accrual[buckets[k]!]! += parts[k]!;

  let lo = buckets[0]!;
  let hi = buckets[buckets.length - 1]!;
  for (let k = 0; k < n.payDays.length; k++) {
    const b = bucketOf(grid, n.payDays[k]!);
    cash[b]! += n.payAmounts[k]!;
    if (b < lo) lo = b;
    if (b > hi) hi = b;
  }
  return { lo, hi };
}
