import { addMonths, type MonthKey } from '../calendar/fiscal';
import { detectDecimalSeparator, parseMonthCell } from '../fx/paste-cells';
import { D, MoneyParseError, parseUserAmount } from '../money';

/** A pasted cell that could not be read: 1-based row and column of the pasted block, and why. */
export interface DriverPasteProblem {
  row: number;
  column: number;
  text: string;
  why: string;
}

export interface DriverPastePreview {
  /** Values read, one per month (a later row for the same month wins). */
  values: { month: MonthKey; value: string }[];
  problems: DriverPasteProblem[];
  decimalSeparator: '.' | ',';
}

/**
 * Read driver values pasted from a spreadsheet: either one column of values for
 * consecutive months from `firstMonth`, or two columns (month, value) such as
 * "Jul 2026⇥1 234,5". Decimal comma or point is detected from the cells; thousands
 * separators are dropped. Empty rows are skipped; a value that is not a non-negative
 * number or a month that cannot be read is reported with its row, column and why.
 */
export function parseDriverPaste(text: string, firstMonth: MonthKey): DriverPastePreview {
  const rows = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((r) => r.split('\t'));
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  const twoColumns = rows.some((r) => r.length >= 2 && r[1]!.trim() !== '');
  const valueCol = twoColumns ? 1 : 0;
  const decimalSeparator = detectDecimalSeparator(rows.map((r) => r[valueCol] ?? ''));
  const byMonth = new Map<MonthKey, string>();
  const problems: DriverPasteProblem[] = [];
  rows.forEach((cells, i) => {
    const row = i + 1;
    if (cells.every((c) => c.trim() === '')) return;
    let month = addMonths(firstMonth, i);
    if (twoColumns) {
      const m = parseMonthCell(cells[0] ?? '');
      if (!m.ok) {
        // A header row ("Month⇥Users") is skipped silently when it is the first row.
        if (row === 1 && !/\d/.test(cells.join(''))) return;
        problems.push({ row, column: 1, text: cells[0] ?? '', why: m.reason });
        return;
      }
      month = m.value;
    }
    const raw = cells[valueCol] ?? '';
    const read = readQuantity(raw, decimalSeparator);
    if (typeof read === 'string') byMonth.set(month, read);
    else problems.push({ row, column: valueCol + 1, text: raw, why: read.why });
  });
  const values = [...byMonth].map(([month, value]) => ({ month, value })).sort((a, b) => (a.month < b.month ? -1 : 1));
  return { values, problems, decimalSeparator };
}

function readQuantity(text: string, decimalSeparator: '.' | ','): string | { why: string } {
  let amount: string | null;
  try {
    amount = parseUserAmount(text, { decimalSeparator });
  } catch (e) {
    if (e instanceof MoneyParseError) return { why: `not a number (${e.message})` };
    throw e;
  }
  if (amount === null) return { why: 'empty' };
  if (new D(amount).isNegative()) return { why: 'negative (a driver counts units)' };
  return amount;
}
