import type { Money } from '../../../src-shared/money';

/**
 * Exact sums of amounts already rounded to a currency's minor units, as BigInt counts of
 * minor units: schedules add up millions of posted amounts, and a BigInt add is an order of
 * magnitude cheaper than a Decimal one while just as exact.
 */

/** Minor units of a Money string ("12.3", 2 → 1230n), or null if it has more decimals than `minorUnits`. */
export function toMinorUnits(m: Money, minorUnits: number): bigint | null {
  const neg = m.charCodeAt(0) === 45;
  const dot = m.indexOf('.');
  let end = m.length;
  if (dot >= 0) while (end > dot + 1 && m.charCodeAt(end - 1) === 48) end--;
  const fracLen = dot < 0 ? 0 : end - dot - 1;
  if (fracLen > minorUnits) return null;
  const intPart = m.slice(neg ? 1 : 0, dot < 0 ? m.length : dot);
  const digits = intPart + (dot < 0 ? '' : m.slice(dot + 1, end)) + '0'.repeat(minorUnits - fracLen);
  if (intPart === '' || !/^\d+$/.test(digits)) return null;
  const units = BigInt(digits);
  return neg ? -units : units;
}

/** The canonical Money string of a count of minor units (1230n, 2 → "12.3"). */
export function fromMinorUnits(units: bigint, minorUnits: number): Money {
  if (units === 0n) return '0';
  const neg = units < 0n;
  const digits = (neg ? -units : units).toString().padStart(minorUnits + 1, '0');
  const int = digits.slice(0, digits.length - minorUnits);
  const frac = digits.slice(digits.length - minorUnits).replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return neg && body !== '0' ? `-${body}` : body;
}

/**
 * Split `units` (minor units, any sign) by non-negative integer weights with largest
 * remainder, ties to the earliest part, as money's `allocate` does: the parts add up exactly.
 */
export function allocateUnits(units: bigint, weights: readonly number[]): bigint[] {
  let sum = 0;
  for (const w of weights) sum += w;
  const total = BigInt(sum);
  const abs = units < 0n ? -units : units;
  const parts: bigint[] = [];
  const rems: bigint[] = [];
  let left = abs;
  for (const w of weights) {
    const exact = abs * BigInt(w);
    const f = exact / total;
    parts.push(f);
    rems.push(exact % total);
    left -= f;
  }
  // Fewer than weights.length units are left over; hand them out one by one to the largest
  // remainders (earliest first on a tie) — no sort needed for the handful of parts here.
  for (; left > 0n; left--) {
    let best = -1;
    for (let i = 0; i < rems.length; i++) if (rems[i]! >= 0n && (best < 0 || rems[i]! > rems[best]!)) best = i;
    parts[best]! += 1n;
    rems[best] = -1n;
  }
  return units < 0n ? parts.map((f) => -f) : parts;
}

/** `units × days ÷ fullDays` rounded to a whole minor unit, as scaleUnits rounds. */
export function prorateUnits(units: bigint, days: number, fullDays: number, rounding: 'HALF_UP' | 'HALF_EVEN'): bigint {
  return scaleUnits(units, { num: BigInt(days), den: BigInt(fullDays) }, rounding);
}

/** An exact fraction num/den (den > 0) for price factors such as 1.05 or 331.032/312. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** The exact ratio of a plain decimal string ("1.061" → 1061/1000). */
export function ratioOf(decimal: string): Ratio {
  const neg = decimal.startsWith('-');
  const body = neg ? decimal.slice(1) : decimal;
  const dot = body.indexOf('.');
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const num = BigInt((dot < 0 ? body : body.slice(0, dot)) + frac);
  return { num: neg ? -num : num, den: 10n ** BigInt(frac.length) };
}

/** `units × ratio`, rounded to a whole minor unit (HALF_UP: a half away from zero; HALF_EVEN: to even). */
export function scaleUnits(units: bigint, r: Ratio, rounding: 'HALF_UP' | 'HALF_EVEN'): bigint {
  const n = units * r.num;
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let q = abs / r.den;
  const twice = (abs % r.den) * 2n;
  if (twice > r.den || (twice === r.den && (rounding === 'HALF_UP' || q % 2n === 1n))) q += 1n;
  return neg ? -q : q;
}
