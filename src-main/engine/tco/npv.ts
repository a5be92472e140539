import { D, toMoney, type Dec, type Money } from '../../../src-shared/money';
import type { BreakEven } from './result-types';

/**
 * Net present value of monthly cash flows (index 0 = model month 1) at an annual rate:
 * Σ flow_m ÷ (1 + r)^(m / 12), end-of-month convention, summed exactly (34 significant
 * digits) and rounded half up to `minorUnits` once at the end.
 *
 * @param flows Money strings, one per model month
 * @param annualRatePercent Decimal, percent per year, above −100
 */
export function npvOf(flows: readonly Money[], annualRatePercent: Dec, minorUnits: number): Money {
  // v = (1 + r)^(−1/12), the discount factor of one month.
  const v = new D(1).plus(annualRatePercent.div(100)).pow(new D(-1).div(12));
  let factor = new D(1);
  let acc = new D(0);
  for (const f of flows) {
    factor = factor.times(v);
    acc = acc.plus(new D(f).times(factor));
  }
  return toMoney(acc.toDecimalPlaces(minorUnits, D.ROUND_HALF_UP));
}

/**
 * The first model month (1-based) from which `cheaper`'s cumulative cash cost stays
 * strictly below `than`'s through the last month, or null when it is not below at the end.
 *
 * @param cheaper cumulative Money per month of the alternative that may break even
 * @param than cumulative Money per month of the one it is compared with
 */
export function breakEvenMonth(cheaper: readonly Money[], than: readonly Money[]): number | null {
  let month: number | null = null;
  for (let i = cheaper.length - 1; i >= 0; i--) {
    if (new D(cheaper[i]!).lessThan(than[i]!)) month = i + 1;
    else break;
  }
  return month;
}

/** Break-even of every ordered pair of alternatives, in the order given. */
export function breakEvens(
  alternatives: readonly { id: string; cumulative: readonly Money[] }[],
  labels: readonly string[],
): BreakEven[] {
  const out: BreakEven[] = [];
  for (const a of alternatives) {
    for (const b of alternatives) {
      if (a === b) continue;
      const month = breakEvenMonth(a.cumulative, b.cumulative);
      out.push({ cheaper: a.id, than: b.id, month, monthLabel: month === null ? null : labels[month - 1]! });
    }
  }
  return out;
}
