import { isCanonicalMoney, type Money } from '../../../src-shared/money';

/**
 * Money strings ↔ integer minor units (cents for USD, yen for JPY, fils for BHD). Inside
 * the accrual engine every amount is a safe integer of minor units: sums and largest-
 * remainder splits are then exact without Decimal in the inner loops.
 */

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Integer minor units of a canonical Money string with at most `minorUnits` decimals
 * (0…15), or NaN when it is not one or does not fit a safe integer. Hot path of item
 * validation: one regex test and two Number parses, no Decimal.
 */
export function minorOrNaN(amount: unknown, minorUnits: number): number {
  if (typeof amount !== 'string' || !isCanonicalMoney(amount)) return NaN;
  const dot = amount.indexOf('.');
  const decimals = dot < 0 ? 0 : amount.length - dot - 1;
  if (decimals > minorUnits) return NaN;
  const negative = amount.charCodeAt(0) === 45;
  const whole = Number(amount.slice(negative ? 1 : 0, dot < 0 ? amount.length : dot));
  const fraction = dot < 0 ? 0 : Number(amount.slice(dot + 1)) * POW10[minorUnits - decimals]!;
  // Exact whenever the true value is below 2^53; anything larger fails the safe check.
  const units = whole * POW10[minorUnits]! + fraction;
  if (!Number.isSafeInteger(units)) return NaN;
  return negative ? -units : units;
}

/** Why a Money string cannot be held as minor units, or `null` when it can. */
export function minorUnitsProblem(amount: unknown, minorUnits: number): string | null {
  if (!Number.isNaN(minorOrNaN(amount, minorUnits))) return null;
  if (typeof amount !== 'string' || !isCanonicalMoney(amount)) {
    return `${JSON.stringify(amount)} is not a canonical amount (digits, optional "-" and "." fraction without trailing zeros)`;
  }
  const dot = amount.indexOf('.');
  const decimals = dot < 0 ? 0 : amount.length - dot - 1;
  if (decimals > minorUnits) return `"${amount}" has ${decimals} decimals; the currency has ${minorUnits}`;
  return `"${amount}" is too large to hold exactly`;
}

/**
 * Integer minor units of a canonical Money string with at most `minorUnits` decimals.
 * @throws RangeError naming the problem otherwise
 */
export function toMinor(amount: Money, minorUnits: number): number {
  const units = minorOrNaN(amount, minorUnits);
  if (Number.isNaN(units)) throw new RangeError(minorUnitsProblem(amount, minorUnits) ?? 'not an amount');
  return units;
}

/** Canonical Money string of an integer count of minor units (number or bigint). */
export function fromMinor(units: number | bigint, minorUnits: number): Money {
  if (units === 0 || units === 0n) return '0';
  const negative = units < 0;
  let digits = (negative ? -units : units).toString();
  if (minorUnits > 0) {
    digits = digits.padStart(minorUnits + 1, '0');
    const whole = digits.slice(0, -minorUnits);
    const fraction = digits.slice(-minorUnits).replace(/0+$/, '');
    digits = fraction ? `${whole}.${fraction}` : whole;
  }
  return negative ? `-${digits}` : digits;
}
