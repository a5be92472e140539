import { isCanonicalMoney, type Money, type RoundingMode } from '../../../src-shared/money';

/**
 * Integer minor units inside the depreciation engine. Every posted amount is a safe
 * integer of minor units (cents, yen, fils): sums are exact without allocating Decimals in
 * the per-period loop. Rates and fractions are kept as integer ratios and rounded once, by
 * {@link roundRatio}, which falls back to BigInt when a product leaves the safe range.
 */

const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000] as const;

/** Largest number of minor units an amount may have (2^53 − 1). */
export const MAX_MINOR = Number.MAX_SAFE_INTEGER;

/**
 * Minor units of a canonical Money string, or `null` when it is not canonical, has more
 * decimals than `minorUnits`, or does not fit a safe integer.
 */
export function parseMinor(amount: unknown, minorUnits: number): number | null {
  if (typeof amount !== 'string' || !isCanonicalMoney(amount)) return null;
  const negative = amount.startsWith('-');
  const body = negative ? amount.slice(1) : amount;
  const dot = body.indexOf('.');
  const whole = dot < 0 ? body : body.slice(0, dot);
  const fraction = dot < 0 ? '' : body.slice(dot + 1);
  if (fraction.length > minorUnits) return null;
  const n = Number(whole + fraction.padEnd(minorUnits, '0'));
  if (!Number.isSafeInteger(n)) return null;
  return negative ? -n : n;
}

/** Canonical Money string of a safe integer of minor units (no trailing zeros, no "-0"). */
export function formatMinor(units: number, minorUnits: number): Money {
  if (units === 0) return '0';
  if (minorUnits === 0) return String(units);
  const negative = units < 0;
  const abs = negative ? -units : units;
  const scale = POW10[minorUnits] ?? 10 ** minorUnits;
  const whole = Math.floor(abs / scale);
  let fraction = abs - whole * scale;
  let text: string;
  if (fraction === 0) {
    text = String(whole);
  } else {
    let digits = minorUnits;
    while (fraction % 10 === 0) {
      fraction /= 10;
      digits--;
    }
    const f = String(fraction);
    text = `${whole}.${f.length < digits ? '0'.repeat(digits - f.length) + f : f}`;
  }
  return negative ? `-${text}` : text;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function roundQuotient(q: number, r: number, den: number, mode: RoundingMode): number {
  const twice = 2 * r;
  if (twice > den) return q + 1;
  if (twice < den) return q;
  return mode === 'HALF_EVEN' && q % 2 === 0 ? q : q + 1;
}

function roundRatioBig(value: number, num: number, den: number, mode: RoundingMode): number {
  const p = BigInt(value) * BigInt(num);
  const d = BigInt(den);
  const q = p / d;
  const twice = 2n * (p - q * d);
  let out = q;
  if (twice > d || (twice === d && !(mode === 'HALF_EVEN' && q % 2n === 0n))) out = q + 1n;
  return Number(out);
}

/**
 * `value × num / den` rounded to an integer with `mode` (half up = half away from zero
 * for these non-negative inputs; half even = banker's rounding). Exact for any safe
 * integers: safe-integer arithmetic when the product fits, a reduced fraction or BigInt
 * otherwise.
 *
 * @param value non-negative safe integer (minor units)
 * @param num non-negative safe integer
 * @param den positive safe integer
 */
export function roundRatio(value: number, num: number, den: number, mode: RoundingMode): number {
  if (num === den) return value;
  let p = value * num;
  if (p > MAX_MINOR) {
    const g = gcd(num, den);
    num /= g;
    den /= g;
    p = value * num;
    if (p > MAX_MINOR) return roundRatioBig(value, num, den, mode);
  }
  let q = Math.floor(p / den);
  let r = p - q * den;
  // The float quotient can land one off when p / den is within an ulp of an integer.
  if (r < 0) {
    q -= 1;
    r += den;
  } else if (r >= den) {
    q += 1;
    r -= den;
  }
  return roundQuotient(q, r, den, mode);
}
