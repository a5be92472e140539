import { D, formatMoney, toMoney, type Dec, type Money } from '../../../src-shared/money';

/** "10,920.00" for explanations: thousands separators, the currency's minor units, a minus sign. */
export function fmtAmount(m: Money, minorUnits: number): string {
  return formatMoney(m, minorUnits, { parens: false });
}

/** "6.1" from 6.1000…; up to four decimals, trailing zeros dropped. */
export function fmtPercent(p: Dec): string {
  return toMoney(p.toDecimalPlaces(4, D.ROUND_HALF_UP));
}

/** "× (1 + 5%)" or "× (1 − 2%)", with an optional note inside the bracket. */
export function fmtFactor(percent: Dec, note = ''): string {
  const sign = percent.isNegative() ? '−' : '+';
  return `× (1 ${sign} ${fmtPercent(percent.abs())}%${note})`;
}
