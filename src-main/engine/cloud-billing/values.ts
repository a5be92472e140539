import { D } from '../../../src-shared/money/decimal';

/**
 * Cell values of billing exports: the null spellings providers write, decimals of any length
 * (Azure writes 28 digits) and the date shapes seen in real files. Everything stays text:
 * amounts go to an exact BigInt sum, dates to ISO `YYYY-MM-DD`.
 */

/** True for a cell that means "no value": empty, or `NULL`/`null` as FOCUS samples write it. */
export function isNullCell(text: string | undefined): boolean {
  return text === undefined || text === '' || text === 'NULL' || text === 'null';
}

const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const EXPONENT = /^[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;

/**
 * A decimal cell as plain text `-?digits(.digits)?` (what ExactSum adds), or null when it is
 * not a number. Exponent notation (`1.5E-05`) is expanded exactly by decimal.js.
 */
export function billingDecimal(text: string): string | null {
  const t = text.trim();
  const m = PLAIN.exec(t);
  if (m) {
    const int = m[2]!;
    const frac = m[3] ?? '';
    if (int === '' && frac === '') return null;
    return `${m[1] === '-' ? '-' : ''}${int === '' ? '0' : int}${frac === '' ? '' : `.${frac}`}`;
  }
  if (EXPONENT.test(t)) return D(t).toFixed();
  return null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The UTC calendar day of a billing timestamp as `YYYY-MM-DD`, or null when unreadable.
 * Accepts RFC 3339 (`2023-01-01T00:00:00Z`, an offset is converted to UTC), the FOCUS sample's
 * `2024-09-01 00:00:00` (no zone: UTC, as FOCUS requires), OCI's `2023-11-13T10:00Z`, and the
 * US month-first dates of Azure exports and FOCUS spec examples (`9/2/2023`, `4/1/25`).
 */
export function billingDay(text: string): string | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) {
    const y = Number(iso[1]);
    const m = Number(iso[2]);
    const d = Number(iso[3]);
    if (!validDay(y, m, d)) return null;
    const zone = iso[7];
    if (zone === undefined || zone === 'Z' || iso[4] === undefined) return `${iso[1]}-${iso[2]}-${iso[3]}`;
    const ms = Date.parse(`${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}`);
    if (Number.isNaN(ms)) return null;
    const u = new Date(ms);
    return `${u.getUTCFullYear()}-${pad(u.getUTCMonth() + 1)}-${pad(u.getUTCDate())}`;
  }
  const us = US.exec(t);
  if (us) {
    const y = us[3]!.length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
    const m = Number(us[1]);
    const d = Number(us[2]);
    return validDay(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
  }
  return null;
}
