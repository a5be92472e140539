import { D } from '../../../src-shared/money/decimal';
import { MoneyParseError, toMoney, type Money } from '../../../src-shared/money/money';
import { parseUserAmount } from '../../../src-shared/money/parse-user-amount';
import type { Cell } from './cells';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * A decimal from a cell: text as another system writes it (decimal comma or point,
 * thousands separators, "(1.234,50)" or a leading/trailing minus for negatives, currency
 * symbols or codes around it), or an .xlsx number read through its shortest round-trip
 * text (never by arithmetic on the double). `null` cell → ok with null.
 * With `maxDecimals`, more significant decimals than that is refused, not rounded.
 */
export function parseDecimalCell(cell: Cell, decimal: 'point' | 'comma', maxDecimals?: number): Parsed<Money | null> {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  let value: Money | null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, reason: 'is not a finite number' };
    value = toMoney(new D(String(cell)));
  } else if (typeof cell === 'string') {
    try {
      value = parseUserAmount(cell, { decimalSeparator: decimal === 'comma' ? ',' : '.' });
    } catch (e) {
      if (e instanceof MoneyParseError) return { ok: false, reason: `"${cell.trim()}" is not a number` };
      throw e;
    }
  } else {
    return { ok: false, reason: `${cell instanceof Date ? 'a date' : 'a true/false value'} is not a number` };
  }
  if (value !== null && maxDecimals !== undefined) {
    const dot = value.indexOf('.');
    if (dot >= 0 && value.length - dot - 1 > maxDecimals) {
      return { ok: false, reason: `${value} has more than ${maxDecimals} decimals` };
    }
  }
  return { ok: true, value };
}
