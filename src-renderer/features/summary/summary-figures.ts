import { D, type Money } from '../../../src-shared/money';

/**
 * CapEx as a share of the total, in percent with one decimal ("37.5"); null when the
 * total is zero. Exact decimals throughout; only the shown figure is rounded.
 */
export function capexSharePercent(capex: Money, total: Money): string | null {
  const t = new D(total);
  if (t.isZero()) return null;
  return new D(capex).div(t).times(100).toDecimalPlaces(1, D.ROUND_HALF_UP).toFixed(1);
}
