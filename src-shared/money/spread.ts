import { D } from './decimal';
import { allocate } from './allocate';
import { toMoney, type Money } from './money';

/** Spread an annual amount evenly over `months` periods; parts add up exactly. */
export function spreadEven(annual: Money, months: number, minorUnits: number): Money[] {
  return allocate(
    annual,
    Array.from({ length: months }, () => 1),
    minorUnits,
  );
}

/** Spread an annual amount by seasonal weights (any positive scale, e.g. percentages). */
export function spreadByProfile(annual: Money, weights: readonly (string | number)[], minorUnits: number): Money[] {
  return allocate(annual, weights, minorUnits);
}

/**
 * Next year from last year: each month grown by `growthPct` percent, rounded so that the
 * months add up exactly to the grown annual total (largest remainder on the grown months).
 */
export function growFromPrevious(previous: readonly Money[], growthPct: string | number, minorUnits: number): Money[] {
  const factor = new D(1).plus(new D(growthPct).div(100));
  const grown = previous.map((m) => new D(m).times(factor));
  const total = grown.reduce((a, b) => a.plus(b), new D(0)).toDecimalPlaces(minorUnits, D.ROUND_HALF_UP);
  const absWeights = grown.map((g) => g.abs());
  const allZero = absWeights.every((w) => w.isZero());
  if (allZero) return previous.map(() => '0');
  // Months keep their sign; allocate the absolute total across absolute weights.
  if (grown.every((g) => !g.isNegative()) || grown.every((g) => !g.isPositive())) {
    return allocate(
      toMoney(total),
      absWeights.map((w) => w.toString()),
      minorUnits,
    );
  }
  return grown.map((g) => toMoney(g.toDecimalPlaces(minorUnits, D.ROUND_HALF_UP)));
}
