import type { BucketRange } from './item-buckets';

/**
 * One item's prepaid (+) or accrued (−) balance, in minor units, from its accrual and
 * cash buckets: cash paid to date minus expense recognised to date. Index 0 is the
 * opening balance of the horizon (everything before its first period), index i the
 * balance at the end of period i; length `count + 1`. The expense of a period is also
 * its amortization of the prepaid balance.
 *
 * Only buckets `lo`…`hi - 1` can be non-zero: before an item's first cash or expense
 * nothing has happened, and after its last both sides equal the amount. `out` must be
 * zero outside that range; the function writes only inside it.
 */
export function writeItemBalances(
  accrual: ArrayLike<number>,
  cash: ArrayLike<number>,
  range: BucketRange,
  count: number,
  out: number[] | Float64Array,
): void {
  let running = 0;
  const stop = Math.min(range.hi - 1, count);
  for (let b = range.lo; b <= stop; b++) {
    running += cash[b]! - accrual[b]!;
    out[b] = running;
  }
}
