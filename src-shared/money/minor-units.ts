import type { RoundingMode } from './decimal';
import { isCanonicalMoney, type Money } from './money';

/**
 * Exact money as whole minor units (cents for USD, yen for JPY, fils for BHD). The engines
 * convert amounts once at their boundary and then add, split and scale plain integers:
 * exact, and an order of magnitude cheaper than Decimal in loops over millions of amounts.
 * Two representations, one set of rules:
 * - `number`: a safe integer (|units| < 2^53), the fast path;
 * - `bigint`: any size, for sums and products that may leave the safe range.
 * Functions on numbers fall back to BigInt internally whenever an intermediate product
 * would not be exact, so both give the same answers.
 *
 * Engine loops import this file directly rather than the money index: run from source
 * (tsx, vitest) each re-export level adds a getter call per use, ~8 % of a schedule run.
 */

// Small integers only (V8 keeps them unboxed, which keeps the arithmetic below integer);
// larger powers are computed, exactly up to 10^22.
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/**
 * Minor units (a safe integer) of a canonical Money string with at most `minorUnits`
 * (0…22) decimals; `null` when the value is not a canonical Money string (see
 * isCanonicalMoney), has more decimals than the currency, or does not fit a safe integer.
 * No Decimal: this is the hot path of input validation.
 */
export function parseMinor(amount: unknown, minorUnits: number): number | null {
  if (typeof amount !== 'string' || !isCanonicalMoney(amount)) return null;
  const dot = amount.indexOf('.');
  const decimals = dot < 0 ? 0 : amount.length - dot - 1;
  if (decimals > minorUnits) return null;
  const negative = amount.charCodeAt(0) === 45;
  const whole = Number(amount.slice(negative ? 1 : 0, dot < 0 ? amount.length : dot));
  const fraction =
    dot < 0 ? 0 : Number(amount.slice(dot + 1)) * (POW10[minorUnits - decimals] ?? 10 ** (minorUnits - decimals));
  // Exact whenever the true value is below 2^53; anything larger fails the safe check.
  const units = whole * (POW10[minorUnits] ?? 10 ** minorUnits) + fraction;
  if (!Number.isSafeInteger(units)) return null;
  return negative ? -units : units;
}

/** Why `amount` cannot be held as minor units by parseMinor, or `null` when it can. */
export function minorUnitsProblem(amount: unknown, minorUnits: number): string | null {
  if (parseMinor(amount, minorUnits) !== null) return null;
  if (typeof amount !== 'string' || !isCanonicalMoney(amount)) {
    return `${JSON.stringify(amount)} is not a canonical amount (digits, optional "-" and "." fraction without trailing zeros)`;
  }
  const dot = amount.indexOf('.');
  const decimals = dot < 0 ? 0 : amount.length - dot - 1;
  if (decimals > minorUnits) return `"${amount}" has ${decimals} decimals; the currency has ${minorUnits}`;
  return `"${amount}" is too large to hold exactly`;
}

/**
 * Minor units of a plain decimal string of any size ("12.3", 2 → 1230n). Zeros at the end
 * of the fraction are ignored ("1.50", 1 → 15n); `null` when it is not digits with an
 * optional "-" and "." fraction, or has more significant decimals than `minorUnits`.
 */
export function parseMinorBig(amount: string, minorUnits: number): bigint | null {
  const neg = amount.charCodeAt(0) === 45;
  const dot = amount.indexOf('.');
  let end = amount.length;
  if (dot >= 0) while (end > dot + 1 && amount.charCodeAt(end - 1) === 48) end--;
  const fracLen = dot < 0 ? 0 : end - dot - 1;
  if (fracLen > minorUnits) return null;
  const intPart = amount.slice(neg ? 1 : 0, dot < 0 ? amount.length : dot);
  const digits = intPart + (dot < 0 ? '' : amount.slice(dot + 1, end)) + '0'.repeat(minorUnits - fracLen);
  if (intPart === '' || !/^\d+$/.test(digits)) return null;
  const units = BigInt(digits);
  return neg ? -units : units;
}

/**
 * The canonical Money string of a safe integer of minor units (1230, 2 → "12.3"): no
 * trailing zeros, no "-0". Kept small so hot loops can inline it; BigInt: formatMinorBig.
 */
export function formatMinor(units: number, minorUnits: number): Money {
  if (units === 0) return '0';
  if (minorUnits === 0) return String(units);
  // Arithmetic rather than string slicing: twice as fast, and schedules format millions.
  // The floor is exact: below 2^53 the quotient stays over half an ulp from the next integer.
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

/** The canonical Money string of a count of minor units of any size (1230n, 2 → "12.3"). */
export function formatMinorBig(units: bigint, minorUnits: number): Money {
  if (units === 0n) return '0';
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (minorUnits > 0) {
    digits = digits.padStart(minorUnits + 1, '0');
    const whole = digits.slice(0, -minorUnits);
    const fraction = digits.slice(-minorUnits).replace(/0+$/, '');
    digits = fraction ? `${whole}.${fraction}` : whole;
  }
  return negative ? `-${digits}` : digits;
}

/*
 * Largest remainder (Hamilton's method): every part gets the floor of its exact share, then
 * the units left over go one each to the parts with the largest remainders, ties to the
 * earliest part. Parts add up exactly to the amount, each is within one unit of its exact
 * share, and none has the opposite sign of the amount: a negative amount is split as its
 * magnitude and negated, so a credit note mirrors its invoice.
 */

const NEGATIVE_WEIGHT = 'split weights must not be negative';
const NO_WEIGHT = 'split weights must have a positive sum';

/** Indexes of the `count` largest remainders, earliest first on a tie: they get one unit more. */
function largestRemainders(remainders: readonly (number | bigint)[], count: number): number[] {
  const n = remainders.length;
  if (n <= 4) {
    // A few parts (an invoice over two or three periods): picking the largest remainder
    // count times beats sorting.
    const picked: number[] = [];
    while (picked.length < count) {
      let best = -1;
      for (let i = 0; i < n; i++) {
        if (!picked.includes(i) && (best < 0 || remainders[i]! > remainders[best]!)) best = i;
      }
      picked.push(best);
    }
    return picked;
  }
  const order = remainders.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a]!;
    const rb = remainders[b]!;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  return order.slice(0, count);
}

/**
 * Split `units` (minor units, any sign) into parts proportional to `weights` by largest
 * remainder (see above). Exact for integers of any size.
 *
 * @param weights non-negative integers with a positive sum
 * @returns minor units per part, same order as `weights`
 * @throws RangeError for an empty, negative or all-zero weight list
 */
export function splitMinorBig(units: bigint, weights: readonly bigint[]): bigint[] {
  let total = 0n;
  for (const w of weights) {
    if (w < 0n) throw new RangeError(NEGATIVE_WEIGHT);
    total += w;
  }
  if (total <= 0n) throw new RangeError(NO_WEIGHT);
  const magnitude = units < 0n ? -units : units;
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let left = magnitude;
  for (const w of weights) {
    const product = magnitude * w;
    const q = product / total;
    parts.push(q);
    remainders.push(product - q * total);
    left -= q;
  }
  // Fewer units are left over than there are parts, so `left` fits a number.
  if (left > 0n) for (const j of largestRemainders(remainders, Number(left))) parts[j]! += 1n;
  return units < 0n ? parts.map((p) => -p) : parts;
}

/**
 * splitMinorBig for a safe integer of minor units and safe-integer weights (days, or 1 per
 * period): number arithmetic while |units| × Σweights stays below 2^53, BigInt beyond, so
 * the result is exact either way.
 *
 * @throws RangeError for an empty, negative or all-zero weight list
 */
export function splitMinor(units: number, weights: readonly number[]): number[] {
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0)) throw new RangeError(NEGATIVE_WEIGHT);
    total += w;
  }
  if (total <= 0) throw new RangeError(NO_WEIGHT);
  const magnitude = Math.abs(units);
  if (magnitude === 0) return weights.map(() => 0);
  if (magnitude * total > Number.MAX_SAFE_INTEGER) {
    return splitMinorBig(BigInt(units), weights.map(BigInt)).map(Number);
  }
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let left = magnitude;
  for (let i = 0; i < weights.length; i++) {
    const product = magnitude * weights[i]!;
    const q = Math.floor(product / total);
    parts[i] = q;
    remainders[i] = product - q * total;
    left -= q;
  }
  if (left > 0) for (const j of largestRemainders(remainders, left)) parts[j]! += 1;
  if (units < 0) for (let i = 0; i < parts.length; i++) parts[i] = -parts[i]! || 0;
  return parts;
}

/** An exact fraction num/den (den > 0): a price factor such as 1.05 = 105/100. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/**
 * The exact ratio of a plain decimal string ("1.061" → 1061/1000).
 * @throws RangeError if it is not digits with an optional "-" and "." fraction
 */
export function ratioOf(decimal: string): Ratio {
  const dot = decimal.indexOf('.');
  const decimals = dot < 0 ? 0 : decimal.length - dot - 1;
  const num = parseMinorBig(decimal, decimals);
  if (num === null) throw new RangeError(`"${decimal}" is not a decimal number`);
  return { num, den: 10n ** BigInt(decimals) };
}

/**
 * `value × num ÷ den` rounded to a whole minor unit: HALF_UP rounds a half away from zero,
 * HALF_EVEN to the even neighbour (banker's rounding). Exact for any sign and size.
 *
 * @param den positive
 */
export function roundRatioBig(value: bigint, num: bigint, den: bigint, mode: RoundingMode): bigint {
  const product = value * num;
  const negative = product < 0n;
  const abs = negative ? -product : product;
  let q = abs / den;
  const twice = (abs % den) * 2n;
  if (twice > den || (twice === den && (mode === 'HALF_UP' || q % 2n === 1n))) q += 1n;
  return negative ? -q : q;
}

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * roundRatioBig for non-negative safe integers (minor units times a share such as
 * days ÷ days): number arithmetic when the product fits, a reduced fraction or BigInt
 * otherwise, so the result is exact either way.
 *
 * @param value non-negative safe integer (minor units)
 * @param num non-negative safe integer
 * @param den positive safe integer
 */
export function roundRatio(value: number, num: number, den: number, mode: RoundingMode): number {
  if (num === den) return value;
  let p = value * num;
  if (p > Number.MAX_SAFE_INTEGER) {
    const g = gcd(num, den);
    num /= g;
    den /= g;
    p = value * num;
    if (p > Number.MAX_SAFE_INTEGER) return Number(roundRatioBig(BigInt(value), BigInt(num), BigInt(den), mode));
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
  const twice = 2 * r;
  if (twice > den || (twice === den && !(mode === 'HALF_EVEN' && q % 2 === 0))) return q + 1;
  return q;
}
