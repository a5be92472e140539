import type { Cell } from './cells';
import type { Parsed } from './parse-amount';

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Day 0 of Excel's 1900 date system is 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 1900-01-01 .. 9999-12-31 as Excel serials. */
const MAX_SERIAL = 2_958_465;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  // Two-digit years are this century (finance exports use them for current dates only).
  return y.length === 2 ? 2000 + n : n;
}

/** The calendar date of an Excel serial day number (whole days; a time part is dropped). */
export function excelSerialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return d.toISOString().slice(0, 10);
}

/**
 * A calendar date "YYYY-MM-DD" from a cell: ISO text (with or without a time), text in the
 * file's `order` ("31/03/2027", "31.03.27", "03-31-2027"), an .xlsx Date (read as UTC, how
 * exceljs gives them) or an Excel serial number.
 */
export function parseDateCell(cell: Cell, order: DateOrder): Parsed<string | null> {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  const bad = (s: string): Parsed<string> => ({ ok: false, reason: `"${s}" is not a date (${orderHint(order)})` });
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: 'is not a valid date' };
    return { ok: true, value: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === 'number') {
    const v = excelSerialDate(cell);
    return v ? { ok: true, value: v } : bad(String(cell));
  }
  if (typeof cell === 'boolean') return bad(String(cell));
  const s = cell.trim();
  if (s === '') return { ok: true, value: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (iso) {
    const v = ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return v ? { ok: true, value: v } : bad(s);
  }
  const parts = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?:\s+[\d:.]+)?$/.exec(s);
  if (parts) {
    const [a, b, c] = [parts[1]!, parts[2]!, parts[3]!];
    let v: string | null = null;
    if (a.length === 4) v = ymd(Number(a), Number(b), Number(c));
    else if (c.length === 4 || c.length === 2) {
      const y = fullYear(c);
      v = order === 'mdy' ? ymd(y, Number(a), Number(b)) : ymd(y, Number(b), Number(a));
    }
    return v ? { ok: true, value: v } : bad(s);
  }
  const named = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})$/.exec(s);
  if (named) {
    const m = MONTHS.indexOf(named[2]!.slice(0, 3).toLowerCase());
    const v = m < 0 ? null : ymd(fullYear(named[3]!), m + 1, Number(named[1]));
    return v ? { ok: true, value: v } : bad(s);
  }
  return bad(s);
}

function orderHint(order: DateOrder): string {
  return order === 'dmy'
    ? 'expected day/month/year'
    : order === 'mdy'
      ? 'expected month/day/year'
      : 'expected YYYY-MM-DD';
}

/**
 * A month "YYYY-MM" from a period cell: "2027-03", "2027/03", "03/2027", "3.2027",
 * "Mar 2027", "March-27", "202703", a full date (its month) or an .xlsx Date/serial.
 */
export function parsePeriodCell(cell: Cell, order: DateOrder): Parsed<string | null> {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  if (typeof cell === 'string') {
    const s = cell.trim();
    if (s === '') return { ok: true, value: null };
    const month = (y: number, m: number): Parsed<string> =>
      y >= 1900 && y <= 9999 && m >= 1 && m <= 12
        ? { ok: true, value: `${y}-${pad(m)}` }
        : { ok: false, reason: `"${s}" is not a month` };
    let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
    if (m) return month(Number(m[1]), Number(m[2]));
    m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
    if (m) return month(Number(m[2]), Number(m[1]));
    m = /^([A-Za-z]{3,9})\.?[\s\-/]+(\d{2}|\d{4})$/.exec(s);
    if (m) {
      const i = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
      if (i >= 0) return month(fullYear(m[2]!), i + 1);
    }
    m = /^(\d{4})[\s-]+([A-Za-z]{3,9})$/.exec(s);
    if (m) {
      const i = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
      if (i >= 0) return month(Number(m[1]), i + 1);
    }
  }
  const d = parseDateCell(cell, order);
  if (d.ok) return { ok: true, value: d.value === null ? null : d.value.slice(0, 7) };
  return { ok: false, reason: `"${typeof cell === 'string' ? cell.trim() : String(cell)}" is not a month` };
}

/** A parsed date with its month ('' when there is no date). */
export type ParsedDate = Parsed<string | null> & { month: string };

/** The parse with its month, so rows sharing a cached date share both strings. */
export function withMonth(d: Parsed<string | null>): ParsedDate {
  return { ...d, month: d.ok && d.value !== null ? d.value.slice(0, 7) : '' };
}
