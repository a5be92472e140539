import { D, type Dec, ROUNDING, type RoundingMode } from './decimal';

/**
 * Money crosses every boundary (IPC, SQLite, files) as a canonical decimal string:
 * optional minus, digits, optional fraction without trailing zeros ("1234.5", "-0.01", "0").
 */
export type Money = string;

const CANONICAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;
const PLAIN = /^-?\d+(\.\d+)?$/;

export class MoneyParseError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`"${input}" is not an amount: ${reason}`);
    this.name = 'MoneyParseError';
  }
}

export function isCanonicalMoney(value: string): boolean {
  return CANONICAL.test(value) && value !== '-0';
}

/** Canonical string of a Decimal (no exponent, no trailing zeros, no "-0"). */
export function toMoney(value: Dec): Money {
  if (value.isZero()) return '0';
  const s = value.toFixed();
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Strict machine-format parse ("-1234.50"); throws MoneyParseError. */
export function parseMoney(input: string): Money {
  const s = input.trim();
  if (!PLAIN.test(s)) throw new MoneyParseError(input, 'expected digits with an optional "." and fraction');
  return toMoney(new D(s));
}

export function dec(m: Money): Dec {
  return new D(m);
}

export function addMoney(a: Money, b: Money): Money {
  return toMoney(new D(a).plus(b));
}

export function subMoney(a: Money, b: Money): Money {
  return toMoney(new D(a).minus(b));
}

export function sumMoney(values: Iterable<Money>): Money {
  let acc = new D(0);
  for (const v of values) acc = acc.plus(v);
  return toMoney(acc);
}

export function roundMoney(m: Money | Dec, minorUnits: number, mode: RoundingMode = 'HALF_UP'): Money {
  return toMoney(new D(m).toDecimalPlaces(minorUnits, ROUNDING[mode]));
}

export function compareMoney(a: Money, b: Money): number {
  return new D(a).comparedTo(b);
}

export function isZeroMoney(m: Money): boolean {
  return new D(m).isZero();
}

/** A non-negative decimal as an integer numerator over 10^scale. */
function scaled(value: string, scale: number): bigint {
  const [i = '0', f = ''] = value.split('.');
  return BigInt(i + f.padEnd(scale, '0'));
}

/**
 * Split `total` into parts proportional to `weights`, each rounded to `minorUnits`,
 * using largest remainder so the parts always add up exactly to the total.
 * Ties go to the earliest part. Weights must be non-negative with a positive sum.
 * The arithmetic is exact (integers), so equal remainders really are ties.
 */
export function allocate(total: Money, weights: readonly (string | number)[], minorUnits: number): Money[] {
  if (weights.length === 0) throw new Error('allocate needs at least one weight');
  const w = weights.map((x) => new D(x));
  if (w.some((x) => x.isNegative())) throw new Error('allocation weights must not be negative');
  if (w.every((x) => x.isZero())) throw new Error('allocation weights must not all be zero');
  const scale = Math.max(0, ...w.map((x) => x.decimalPlaces()));
  const W = w.map((x) => scaled(x.toFixed(), scale));
  const wSum = W.reduce((a, b) => a + b, 0n);
  const t = new D(total);
  // Work in minor units, on the absolute value, so rounding down is the same for negatives.
  const negative = t.isNegative();
  const units = BigInt(t.abs().times(new D(10).pow(minorUnits)).toDecimalPlaces(0, ROUNDING.HALF_UP).toFixed());
  const parts = W.map((x) => (units * x) / wSum);
  let left = units - parts.reduce((a, b) => a + b, 0n);
  const order = W.map((x, i) => ({ i, rem: (units * x) % wSum })).sort((a, b) =>
    a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1,
  );
  for (let k = 0; left > 0n; k++, left--) {
    const idx = order[k % order.length]!.i;
    parts[idx] = parts[idx]! + 1n;
  }
  const unit = new D(10).pow(-minorUnits);
  return parts.map((p) => toMoney(new D(p.toString()).times(unit).times(negative ? -1 : 1)));
}
