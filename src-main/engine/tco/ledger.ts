import { D, toMoney, type Dec, type Money } from '../../../src-shared/money';
import { formatMinorBig } from '../../../src-shared/money/minor-units';
import { TCO_CATEGORIES, type TcoCategory } from './result-types';

/**
 * Exact cost lines of one alternative while it is computed: per view (cash, P&L), per
 * category, per model month, Decimal values that are not rounded yet.
 */
export class Ledger {
  readonly cash = new Map<TcoCategory, Dec[]>();
  readonly pnl = new Map<TcoCategory, Dec[]>();

  constructor(readonly months: number) {}

  /** Adds `value` (≥ 0, model currency) to `category` in model month `m` of one view. */
  add(view: 'cash' | 'pnl', category: TcoCategory, m: number, value: Dec): void {
    const map = view === 'cash' ? this.cash : this.pnl;
    let line = map.get(category);
    if (!line) {
      line = Array.from({ length: this.months }, () => new D(0));
      map.set(category, line);
    }
    line[m - 1] = line[m - 1]!.plus(value);
  }

  /** Adds to both views: an operating cost is the same paid and expensed. */
  both(category: TcoCategory, m: number, value: Dec): void {
    this.add('cash', category, m, value);
    this.add('pnl', category, m, value);
  }
}

/**
 * Posts one exact line to minor units. The rule: for each model year, the year's exact
 * total is rounded half up to minor units; each month gets its exact value rounded down,
 * and the units still missing to reach the year's total go one each to the months with the
 * largest dropped fractions (the earliest on a tie). So each month is its exact value
 * rounded down or up (strictly within one minor unit), the months of a year add up exactly
 * to the rounded year, and an amount that is already whole minor units (a hardware
 * purchase, a depreciation row) comes out unchanged.
 */
export function postLine(exact: readonly Dec[], minorUnits: number): Money[] {
  return postLineUnits(exact, minorUnits).map((u) => formatMinorBig(u, minorUnits));
}

/** postLine in whole minor units. */
export function postLineUnits(exact: readonly Dec[], minorUnits: number): bigint[] {
  const scale = new D(10).pow(minorUnits);
  const out: bigint[] = [];
  for (let start = 0; start < exact.length; start += 12) {
    const year = exact.slice(start, start + 12).map((v) => v.times(scale));
    const total = year.reduce((a, b) => a.plus(b), new D(0));
    const units = BigInt(total.toDecimalPlaces(0, D.ROUND_HALF_UP).toFixed());
    const floors = year.map((v) => v.floor());
    const parts = floors.map((f) => BigInt(f.toFixed()));
    // A proportional split of the rounded total would hand most of the rounding to the
    // largest month and could move it by more than a unit; only the dropped fractions
    // decide who gets the missing units. There are fewer of them than months with a
    // fraction, so a month that is already whole is never moved.
    const missing = Number(units - parts.reduce((a, b) => a + b, 0n));
    const fractions = year.map((v, i) => v.minus(floors[i]!));
    const order = fractions.map((_, i) => i).filter((i) => !fractions[i]!.isZero());
    order.sort((a, b) => fractions[b]!.comparedTo(fractions[a]!) || a - b);
    for (const i of order.slice(0, missing)) parts[i]! += 1n;
    out.push(...parts);
  }
  return out;
}

/** Posts every line of one view in whole minor units, categories in display order. */
export function postView(lines: ReadonlyMap<TcoCategory, Dec[]>, minorUnits: number): Map<TcoCategory, bigint[]> {
  const out = new Map<TcoCategory, bigint[]>();
  for (const c of TCO_CATEGORIES) {
    const line = lines.get(c);
    if (line) out.set(c, postLineUnits(line, minorUnits));
  }
  return out;
}

/** Exact sum of Money strings. */
export function sum(values: Iterable<Money>): Money {
  let acc = new D(0);
  for (const v of values) acc = acc.plus(v);
  return toMoney(acc);
}
