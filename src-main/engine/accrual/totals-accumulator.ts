import { formatMinor, formatMinorBig } from '../../../src-shared/money/minor-units';
import type { BucketRange } from './item-buckets';
import type { BalanceSeries, PeriodSeries, ViewTotals } from './types';

/** Running sums in minor units: float64 (exact below 2^53) or BigInt for huge totals. */
interface Sums {
  add(i: number, v: number): void;
  get(i: number): number | bigint;
  readonly length: number;
}

class NumberSums implements Sums {
  private readonly v: Float64Array;
  constructor(n: number) {
    this.v = new Float64Array(n);
  }
  add(i: number, v: number): void {
    this.v[i]! += v;
  }
  get(i: number): number {
    return this.v[i]!;
  }
  get length(): number {
    return this.v.length;
  }
}

class BigSums implements Sums {
  private readonly v: bigint[];
  constructor(n: number, from?: Sums) {
    this.v = new Array<bigint>(n).fill(0n);
    // Float sums below 2^53 are whole numbers held exactly, so they convert exactly.
    if (from) for (let i = 0; i < n; i++) this.v[i] = BigInt(from.get(i));
  }
  get length(): number {
    return this.v.length;
  }
  add(i: number, v: number): void {
    if (v !== 0) this.v[i]! += BigInt(v);
  }
  get(i: number): bigint {
    return this.v[i]!;
  }
}

/**
 * Accrual, cash and balance totals of a group of items (the whole view, one expense
 * type, one cost center…), in minor units. `exactAsNumbers` says whether every partial
 * sum is known to stay below 2^53 (the caller bounds it by Σ|amounts|); otherwise the
 * sums run in BigInt. A caller whose bound grows past 2^53 calls {@link toBigInt} first.
 */
export class TotalsAccumulator {
  private accrual: Sums;
  private cash: Sums;
  private net: Sums;
  private asset: Sums;
  private liability: Sums;

  constructor(
    private readonly count: number,
    exactAsNumbers: boolean,
  ) {
    const make = (n: number): Sums => (exactAsNumbers ? new NumberSums(n) : new BigSums(n));
    this.accrual = make(count + 2);
    this.cash = make(count + 2);
    this.net = make(count + 1);
    this.asset = make(count + 1);
    this.liability = make(count + 1);
  }

  /** Continue in BigInt, keeping the sums so far (exact: they are below 2^53). */
  toBigInt(): void {
    const big = (s: Sums): Sums => (s instanceof BigSums ? s : new BigSums(s.length, s));
    this.accrual = big(this.accrual);
    this.cash = big(this.cash);
    this.net = big(this.net);
    this.asset = big(this.asset);
    this.liability = big(this.liability);
  }

  /** Add one item's buckets and balances (minor units), touching only `range`. */
  addItem(accrual: ArrayLike<number>, cash: ArrayLike<number>, balances: ArrayLike<number>, range: BucketRange): void {
    for (let b = range.lo; b <= range.hi; b++) {
      this.accrual.add(b, accrual[b]!);
      this.cash.add(b, cash[b]!);
    }
    const stop = Math.min(range.hi - 1, this.count);
    for (let b = range.lo; b <= stop; b++) {
      const v = balances[b]!;
      this.net.add(b, v);
      if (v > 0) this.asset.add(b, v);
      else if (v < 0) this.liability.add(b, -v);
    }
  }

  /** One view's amount per period (not before/after the horizon), as Money strings. */
  periodAmounts(view: 'accrual' | 'cash', minorUnits: number): string[] {
    const sums = view === 'accrual' ? this.accrual : this.cash;
    const out: string[] = [];
    for (let b = 1; b <= this.count; b++) out.push(format(sums.get(b), minorUnits));
    return out;
  }

  /** The totals as Money strings with `minorUnits` decimals. */
  toViewTotals(minorUnits: number): ViewTotals {
    return {
      accrual: toPeriodSeries(this.accrual, this.count, minorUnits),
      cash: toPeriodSeries(this.cash, this.count, minorUnits),
      balance: {
        net: toBalanceSeries(this.net, this.count, minorUnits),
        asset: toBalanceSeries(this.asset, this.count, minorUnits),
        liability: toBalanceSeries(this.liability, this.count, minorUnits),
      },
    };
  }
}

const format = (v: number | bigint, minorUnits: number) =>
  typeof v === 'bigint' ? formatMinorBig(v, minorUnits) : formatMinor(v, minorUnits);

function toPeriodSeries(sums: Sums, count: number, minorUnits: number): PeriodSeries {
  let total = 0n;
  const all: (number | bigint)[] = [];
  for (let b = 0; b < count + 2; b++) {
    const v = sums.get(b);
    all.push(v);
    total += BigInt(v);
  }
  return {
    before: format(all[0]!, minorUnits),
    periods: all.slice(1, count + 1).map((v) => format(v, minorUnits)),
    after: format(all[count + 1]!, minorUnits),
    total: formatMinorBig(total, minorUnits),
  };
}

function toBalanceSeries(sums: Sums, count: number, minorUnits: number): BalanceSeries {
  const periods: string[] = [];
  for (let b = 1; b <= count; b++) periods.push(format(sums.get(b), minorUnits));
  return { opening: format(sums.get(0), minorUnits), periods };
}

/** Series of a single item's bucket array (minor units, length count + 2). */
export function bucketsToSeries(buckets: ArrayLike<number>, count: number, minorUnits: number): PeriodSeries {
  const periods: string[] = [];
  let total = 0;
  for (let b = 0; b < count + 2; b++) total += buckets[b]!;
  for (let b = 1; b <= count; b++) periods.push(formatMinor(buckets[b]!, minorUnits));
  return {
    before: formatMinor(buckets[0]!, minorUnits),
    periods,
    after: formatMinor(buckets[count + 1]!, minorUnits),
    total: formatMinor(total, minorUnits),
  };
}
