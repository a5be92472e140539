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

/** True for a plain decimal string: optional "-", digits, optional "." and digits ("-1200.50"). */
export function isPlainDecimal(value: string): boolean {
  return PLAIN.test(value);
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
