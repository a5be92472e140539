import { D, ROUNDING } from './decimal';
import { formatMinorBig, parseMinorBig, splitMinorBig } from './minor-units';
import type { Money } from './money';

/**
 * Split `total` into parts proportional to `weights`, each rounded to `minorUnits`,
 * using largest remainder so the parts always add up exactly to the total.
 * Ties go to the earliest part. Weights must be non-negative with a positive sum.
 * The arithmetic is exact (integers), so equal remainders really are ties.
 * Money strings in, Money strings out; a total with more decimals than `minorUnits` is
 * first rounded half up. Throws Error for an empty, negative or all-zero weight list.
 */
export function allocate(total: Money, weights: readonly (string | number)[], minorUnits: number): Money[] {
  if (weights.length === 0) throw new Error('allocate needs at least one weight');
  const w = weights.map((x) => new D(x));
  if (w.some((x) => x.isNegative())) throw new Error('allocation weights must not be negative');
  if (w.every((x) => x.isZero())) throw new Error('allocation weights must not all be zero');
  // Decimal weights become integer numerators over one common power of ten.
  const scale = Math.max(0, ...w.map((x) => x.decimalPlaces()));
  const W = w.map((x) => parseMinorBig(x.toFixed(), scale)!);
  // Half up rounds a half away from zero, so rounding the signed total is symmetric.
  const units = BigInt(new D(total).times(new D(10).pow(minorUnits)).toDecimalPlaces(0, ROUNDING.HALF_UP).toFixed());
  return splitMinorBig(units, W).map((p) => formatMinorBig(p, minorUnits));
}
