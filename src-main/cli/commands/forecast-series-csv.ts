import { csvSafeText } from '../../io/excel-export/formula-text';
import { InputError } from '../cli-error';

/**
 * The long-format series CSV of `outlay forecast-series`: a header naming series_id,
 * period and value (any order, other columns ignored), then one row per observation.
 * A small strict parser: comma-separated, RFC 4180 double quotes within a line ("" for a
 * quote), no line breaks inside fields, UTF-8 with or without a BOM, LF or CRLF.
 * (fast-csv is in node_modules only as a dependency of exceljs, not of Outlay, and this
 * format needs nothing it adds.)
 */

export interface ParsedSeries {
  id: string;
  values: number[];
  /** Row of the series' first observation (header = row 1), for messages. */
  firstRow: number;
}

const REQUIRED = ['series_id', 'period', 'value'] as const;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const ORDERED = [/^\d+$/, /^\d{4}-\d{2}$/, /^\d{4}-\d{2}-\d{2}$/];

/** Split one line into fields; null when a quote is left open. */
function splitLine(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        v += line.slice(i, q);
        if (line[q + 1] === '"') {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(v);
      if (i < line.length && line[i] !== ',') return null;
    } else {
      const c = line.indexOf(',', i);
      fields.push(line.slice(i, c < 0 ? line.length : c));
      i = c < 0 ? line.length : c;
    }
    if (i >= line.length) return fields;
    i++;
  }
}

/** Whether `b` must come after `a` and does not (only for periods of one comparable form). */
function outOfOrder(a: string, b: string): boolean {
  const form = ORDERED.find((re) => re.test(a));
  if (!form || !form.test(b)) return false;
  return form === ORDERED[0] ? BigInt(b) <= BigInt(a) : b <= a;
}

/**
 * Parse the CSV text into series in order of first appearance.
 * @throws InputError naming the file, the row and the column of the first problem
 */
export function parseSeriesCsv(text: string, file: string): ParsedSeries[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const at = (row: number, column?: string) => `${file}: row ${row}${column ? `, column ${column}` : ''}`;
  const header = splitLine(lines[0] ?? '');
  if (!header || header.every((h) => h.trim() === '')) {
    throw new InputError(`${file}: row 1: missing header (expected series_id,period,value)`);
  }
  const names = header.map((h) => h.trim().toLowerCase());
  const col = Object.fromEntries(
    REQUIRED.map((name) => {
      const i = names.indexOf(name);
      if (i < 0) throw new InputError(`${at(1)}: missing column "${name}" (header must name series_id, period, value)`);
      return [name, i];
    }),
  ) as Record<(typeof REQUIRED)[number], number>;

  const series = new Map<string, ParsedSeries & { periods: Set<string>; last: string }>();
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li]!;
    const row = li + 1;
    if (line.trim() === '') continue;
    const fields = splitLine(line);
    if (!fields) throw new InputError(`${at(row)}: unterminated or misplaced quote`);
    if (fields.length !== header.length) {
      throw new InputError(`${at(row)}: expected ${header.length} fields as in the header, got ${fields.length}`);
    }
    const id = fields[col.series_id]!.trim();
    const period = fields[col.period]!.trim();
    const raw = fields[col.value]!.trim();
    if (id === '') throw new InputError(`${at(row, 'series_id')}: empty`);
    if (period === '') throw new InputError(`${at(row, 'period')}: empty`);
    if (raw === '') throw new InputError(`${at(row, 'value')}: empty (series "${id}" cannot have a gap)`);
    if (!NUMBER.test(raw)) {
      const hint = /^[+-]?\d+,\d+$/.test(raw) ? " (use '.' for decimals)" : '';
      throw new InputError(`${at(row, 'value')}: "${raw}" is not a number${hint}`);
    }
    let s = series.get(id);
    if (!s) {
      s = { id, values: [], firstRow: row, periods: new Set(), last: period };
      series.set(id, s);
    } else {
      if (s.periods.has(period)) {
        throw new InputError(`${at(row, 'period')}: period "${period}" appears twice in series "${id}"`);
      }
      if (outOfOrder(s.last, period)) {
        throw new InputError(
          `${at(row, 'period')}: period "${period}" comes after "${s.last}" in series "${id}"; periods must be in order`,
        );
      }
    }
    s.periods.add(period);
    s.last = period;
    s.values.push(Number(raw));
  }
  if (series.size === 0) throw new InputError(`${file}: no data rows after the header (no series to forecast)`);
  return [...series.values()].map(({ id, values, firstRow }) => ({ id, values, firstRow }));
}

/**
 * A CSV text field, quoted when it holds a comma, quote, line break or outer spaces; text a
 * spreadsheet would run as a formula gets a leading `'` (see io/excel-export/formula-text).
 */
export function csvField(text: string): string {
  const s = csvSafeText(text);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A statistic for the output: plain decimal notation, at most 6 decimals, empty when undefined. */
export function csvNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  const s = x.toFixed(6).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

export const OUTPUT_HEADER = 'series_id,step,forecast,lo80,hi80,lo95,hi95,method\n';
