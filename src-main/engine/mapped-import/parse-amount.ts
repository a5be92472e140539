import { D } from '../../../src-shared/money/decimal';
import { MoneyParseError, toMoney, type Money } from '../../../src-shared/money/money';
import { parseUserAmount } from '../../../src-shared/money/parse-user-amount';
import type { Cell } from './cells';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const PLAIN_POINT = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const PLAIN_COMMA = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/** Canonical Money text from sign, integer digits (group separators allowed) and fraction digits. */
function canonical(minus: string, int: string, frac: string | undefined): Money {
  let i = int.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  const f = frac === undefined ? '' : frac.replace(/0+$/, '');
  if (i === '') i = '0';
  if (i === '0' && f === '') return '0';
  return `${minus}${i}${f === '' ? '' : `.${f}`}`;
}

/**
 * The common shapes ("1234.5", "-1,234.50", "1.234,50") read without decimal.js, which a
 * 200,000-row file would otherwise spend most of its checking time in; null for anything
 * else (parentheses, currency symbols, a trailing minus…), which the full parser handles.
 */
function fastDecimal(text: string, decimal: 'point' | 'comma'): Money | null {
  const m = (decimal === 'comma' ? PLAIN_COMMA : PLAIN_POINT).exec(text);
  return m ? canonical(m[1]!, m[2]!, m[3]) : null;
}

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
    const text = String(cell);
    value = fastDecimal(text, 'point') ?? toMoney(new D(text));
  } else if (typeof cell === 'string') {
    const fast = fastDecimal(cell.trim(), decimal);
    if (fast !== null) value = fast;
    else
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
