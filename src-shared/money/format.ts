import { D } from './decimal';
import type { Money } from './money';

/**
 * Display form for grids and reports: thousands separators, the currency's minor units,
 * negatives in parentheses as finance writes them. Rounds half up for display only.
 */
export function formatMoney(m: Money, minorUnits = 2, opts: { parens?: boolean } = {}): string {
  const v = new D(m).toDecimalPlaces(minorUnits, D.ROUND_HALF_UP);
  const neg = v.isNegative() && !v.isZero();
  const [i = '0', f] = v.abs().toFixed(minorUnits).split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = f ? `${grouped}.${f}` : grouped;
  if (!neg) return body;
  return opts.parens === false ? `-${body}` : `(${body})`;
}
