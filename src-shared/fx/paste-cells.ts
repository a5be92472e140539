import { isIsoDate } from '../calendar/iso-date';
import { monthKey, type MonthKey } from '../calendar/fiscal';
import { D, MoneyParseError, parseUserAmount, toMoney } from '../money';

/** A cell that could not be read: why, in words for the preview. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const MONTH_NAMES = 'january february march april may june july august september october november december'.split(' ');

const month = (year: number, m: number): CellResult<MonthKey> =>
  m >= 1 && m <= 12 && year >= 1900 && year <= 2200
    ? { ok: true, value: monthKey(year, m) }
    : { ok: false, reason: 'not a month (use YYYY-MM, e.g. 2026-07)' };

/**
 * A month as Excel users type or copy it: "2026-07", "2026/7", "07/2026", "Jul 2026",
 * "July 2026", "Jul-26", or a first-of-month date "2026-07-01". A full date in d/m/y or m/d/y
 * order is refused as ambiguous rather than guessed.
 */
export function parseMonthCell(text: string): CellResult<MonthKey> {
  const s = text.trim();
  if (s === '') return { ok: false, reason: 'no month' };
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    return isIsoDate(s) ? month(Number(s.slice(0, 4)), Number(s.slice(5, 7))) : { ok: false, reason: 'not a date' };
  }
  m = /^([A-Za-z]{3,9})\.?[\s\-/']*(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const name = m[1]!.toLowerCase();
    // "Sep", "Sept" and "September" all name September.
    const idx = MONTH_NAMES.findIndex((full) => full.startsWith(name));
    if (idx < 0) return { ok: false, reason: `"${m[1]}" is not a month name` };
    const y = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return month(y, idx + 1);
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(s)) {
    return { ok: false, reason: 'a full date is ambiguous (day/month or month/day); use YYYY-MM' };
  }
  return { ok: false, reason: 'not a month (use YYYY-MM, e.g. 2026-07)' };
}

/** The separator a block of numbers uses for decimals, when its cells tell (else null). */
function separatorOf(text: string): '.' | ',' | null {
  const s = text.replace(/[\s\u00a0\u202f']/g, '');
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return comma > dot ? ',' : '.';
  const sep = dot >= 0 ? '.' : comma >= 0 ? ',' : null;
  if (!sep) return null;
  const at = sep === '.' ? dot : comma;
  const groups = s.split(sep).length - 1;
  // "1,085" could be either; "0,925", "1,08" or "1,0842" can only be a decimal comma.
  if (groups > 1) return sep === '.' ? ',' : '.';
  if (s.length - at - 1 !== 3 || /^[-+(]?0[.,]/.test(s)) return sep;
  return null;
}

/**
 * The decimal separator of pasted rates: the first cell that shows it decides ("1.234,5",
 * "0,92", "1,0842" → ","); "." when no cell does (e.g. only "1,085", which is ambiguous).
 */
export function detectDecimalSeparator(cells: Iterable<string>): '.' | ',' {
  for (const c of cells) {
    const sep = separatorOf(c);
    if (sep) return sep;
  }
  return '.';
}

/**
 * A rate as a canonical positive decimal string ("1,0842" → "1.0842" with a decimal comma,
 * "16,250.00" → "16250"). Parsed as text through decimal.js, never through a JS number, so
 * no digit is lost. Null for an empty cell.
 */
export function parseRateCell(text: string, decimalSeparator: '.' | ','): CellResult<string> | null {
  let amount: string | null;
  try {
    amount = parseUserAmount(text, { decimalSeparator });
  } catch (e) {
    return { ok: false, reason: e instanceof MoneyParseError ? `not a number ("${text.trim()}")` : String(e) };
  }
  if (amount === null) return null;
  if (!new D(amount).gt(0)) return { ok: false, reason: `a rate must be positive, not ${amount}` };
  return { ok: true, value: toMoney(new D(amount)) };
}

/** An ISO currency code cell, upper-cased; refused when the workbook does not know it. */
export function parseCurrencyCell(text: string, known: ReadonlySet<string>): CellResult<string> {
  const code = text.trim().toUpperCase();
  if (code === '') return { ok: false, reason: 'no currency' };
  if (!/^[A-Z]{3}$/.test(code)) return { ok: false, reason: `"${text.trim()}" is not a currency code` };
  if (!known.has(code)) return { ok: false, reason: `unknown currency ${code} (add it under Setup first)` };
  return { ok: true, value: code };
}
