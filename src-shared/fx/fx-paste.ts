import { parseClipboardTable } from '../budget/tsv';
import type { MonthKey } from '../calendar/fiscal';
import type { FxRateRecord } from '../model/accounting';
import { detectDecimalSeparator, parseCurrencyCell, parseMonthCell, parseRateCell } from './paste-cells';
import { classifyRows, type DraftRow, type FxPasteProblem, type FxPastePreview } from './paste-result';
import { readListHeader, type ListColumns } from './paste-header';

export type { FxPasteProblem, FxPastePreview, FxPasteRow } from './paste-result';
export { ratesToSave } from './paste-result';

export interface FxPasteOptions {
  baseCurrency: string;
  /** Codes of the workbook's currencies. */
  currencies: readonly string[];
  /** The stored rates, to tell inserts from replacements and show the old values. */
  existing: readonly FxRateRecord[];
  /** 'auto' (default): read it off the cells (see detectDecimalSeparator). */
  decimalSeparator?: '.' | ',' | 'auto';
}

const CODE = /^[A-Za-z]{3}$/;

/**
 * Read a block of FX rates copied from Excel (tab-separated text) for a preview:
 * - list form: From, To, Month, Budget rate[, Actual rate] per row; a header row is
 *   optional, and when its names are recognised the columns may come in any order;
 * - matrix form: a header row of currency codes over a first column of months, each value
 *   the budget rate of that currency into the base currency in that month.
 * Every row that can be read becomes an insert, a replacement (with the old values) or
 * unchanged; every cell that cannot is a problem naming its row and column (1-based, as
 * in the pasted block) and why. An empty actual-rate cell (or none, in matrix form) keeps
 * the stored actual rate. Rates stay decimal strings throughout. Pure: nothing is saved.
 */
export function parseFxPaste(text: string, opts: FxPasteOptions): FxPastePreview {
  const block = parseClipboardTable(text).map((r) => r.map((c) => c.trim()));
  const lines = block.map((cells, i) => ({ line: i + 1, cells })).filter((r) => r.cells.some((c) => c !== ''));
  const known = new Set(opts.currencies.map((c) => c.toUpperCase()));
  const empty = (error: string): FxPastePreview => ({
    form: 'list',
    headerRow: false,
    decimalSeparator: '.',
    rows: [],
    problems: [],
    error,
  });
  if (lines.length === 0) return empty('The clipboard holds no rates to paste.');

  const first = lines[0]!.cells;
  const header = readListHeader(first);
  const isMatrix =
    !header.named &&
    !CODE.test(first[0] ?? '') &&
    first.length >= 2 &&
    first.slice(1).some((c) => c !== '') &&
    first.slice(1).every((c) => c === '' || CODE.test(c));

  const pick = (sep: '.' | ',' | 'auto' | undefined, cells: string[]) =>
    sep === '.' || sep === ',' ? sep : detectDecimalSeparator(cells);

  if (isMatrix) {
    const data = lines.slice(1);
    const sep = pick(
      opts.decimalSeparator,
      data.flatMap((r) => r.cells.slice(1)),
    );
    const { drafts, problems } = readMatrix(lines[0]!.line, first, data, known, opts.baseCurrency, sep);
    return { form: 'matrix', headerRow: true, decimalSeparator: sep, ...classifyRows(drafts, problems, opts.existing) };
  }

  const width = Math.max(...lines.map((r) => r.cells.length));
  if (!header.named && width < 4) {
    return empty(
      'Paste a list with From, To, Month and Budget rate columns (Actual rate optional), or a table of months down and currency codes across.',
    );
  }
  const cols = header.columns;
  const hasHeader = header.named || looksLikeHeader(first, cols, known);
  const data = hasHeader ? lines.slice(1) : lines;
  const sep = pick(
    opts.decimalSeparator,
    data.flatMap((r) => [r.cells[cols.budget] ?? '', cols.actual === null ? '' : (r.cells[cols.actual] ?? '')]),
  );
  const { drafts, problems } = readList(data, cols, known, sep);
  return {
    form: 'list',
    headerRow: hasHeader,
    decimalSeparator: sep,
    ...classifyRows(drafts, problems, opts.existing),
  };
}

/** An unnamed first row is a header when it holds neither a currency pair, a month nor a rate. */
function looksLikeHeader(cells: string[], cols: ListColumns, known: ReadonlySet<string>): boolean {
  const from = parseCurrencyCell(cells[cols.from] ?? '', known);
  const month = parseMonthCell(cells[cols.month] ?? '');
  const rate = parseRateCell(cells[cols.budget] ?? '', '.');
  return !from.ok && !CODE.test(cells[cols.from] ?? '') && !month.ok && !rate?.ok;
}

type Line = { line: number; cells: string[] };
const COLUMN_NAMES = { from: 'From', to: 'To', month: 'Month', budget: 'Budget rate', actual: 'Actual rate' } as const;

function readList(data: Line[], cols: ListColumns, known: ReadonlySet<string>, sep: '.' | ',') {
  const drafts: DraftRow[] = [];
  const problems: FxPasteProblem[] = [];
  for (const { line, cells } of data) {
    const before = problems.length;
    const at = (key: keyof typeof COLUMN_NAMES, reason: string) => {
      const index = key === 'actual' ? cols.actual! : cols[key];
      problems.push({ line, column: index + 1, columnName: COLUMN_NAMES[key], text: cells[index] ?? '', reason });
    };
    const from = parseCurrencyCell(cells[cols.from] ?? '', known);
    if (!from.ok) at('from', from.reason);
    const to = parseCurrencyCell(cells[cols.to] ?? '', known);
    if (!to.ok) at('to', to.reason);
    else if (from.ok && from.value === to.value) at('to', `from = to: ${to.value} cannot have a rate to itself`);
    const month = parseMonthCell(cells[cols.month] ?? '');
    if (!month.ok) at('month', month.reason);
    const budget = parseRateCell(cells[cols.budget] ?? '', sep);
    if (budget === null) at('budget', 'no budget rate');
    else if (!budget.ok) at('budget', budget.reason);
    const actual = cols.actual === null ? null : parseRateCell(cells[cols.actual] ?? '', sep);
    if (actual && !actual.ok) at('actual', actual.reason);
    if (problems.length > before || !from.ok || !to.ok || !month.ok || !budget?.ok || actual?.ok === false) continue;
    drafts.push({
      line,
      column: cols.month + 1,
      from: from.value,
      to: to.value,
      period: month.value,
      budgetRate: budget.value,
      actualRate: actual?.ok ? actual.value : undefined,
    });
  }
  return { drafts, problems };
}

function readMatrix(
  headerLine: number,
  header: string[],
  data: Line[],
  known: ReadonlySet<string>,
  base: string,
  sep: '.' | ',',
) {
  const drafts: DraftRow[] = [];
  const problems: FxPasteProblem[] = [];
  const currencies: (string | null)[] = header.map((text, i) => {
    if (i === 0 || text === '') return null;
    const code = parseCurrencyCell(text, known);
    const reason = !code.ok ? code.reason : code.value === base ? `from = to: ${base} is the base currency` : null;
    if (reason === null && code.ok) return code.value;
    problems.push({ line: headerLine, column: i + 1, columnName: text, text, reason: reason ?? '' });
    return null;
  });
  for (const { line, cells } of data) {
    const month = parseMonthCell(cells[0] ?? '');
    if (!month.ok) {
      problems.push({ line, column: 1, columnName: 'Month', text: cells[0] ?? '', reason: month.reason });
      continue;
    }
    const period: MonthKey = month.value;
    currencies.forEach((from, i) => {
      if (from === null) return;
      const rate = parseRateCell(cells[i] ?? '', sep);
      if (rate === null) return;
      if (!rate.ok) problems.push({ line, column: i + 1, columnName: from, text: cells[i] ?? '', reason: rate.reason });
      else drafts.push({ line, column: i + 1, from, to: base, period, budgetRate: rate.value, actualRate: undefined });
    });
  }
  return { drafts, problems };
}
