/**
 * The layout of an Outlay Excel export that the tracked round-trip import relies on. The
 * exporter writes exactly this; the importer finds everything by these names (header texts,
 * table and sheet names, metadata keys), never by position, because finance renames sheets,
 * re-orders columns, sorts tables and inserts rows.
 *
 * Budget sheet (one per export; sheet name "Budget", may be renamed):
 * - rows above the header: title and parameters (free text, not read back);
 * - one header row holding BUDGET_HEADERS.* texts plus one column per month headed
 *   monthHeader(month); the data block under it is the Excel table BUDGET_TABLE (a ListObject);
 * - one row per budget line; `Line ID` holds the line's id (blank on rows the user added);
 *   month cells hold numbers in the line's currency; `FY total` is a live formula;
 * - subtotals (by CapEx/OpEx and by cost center) and the grand total are SUMIFS/SUBTOTAL
 *   formulas in a block that starts SUBTOTAL_GAP rows under the table, headed by the cell
 *   text SUBTOTAL_MARKER in the first column: a reader stops at the table's end, or at the
 *   marker when the table definition is gone (a file re-saved by another program).
 *
 * The exporter also writes, in the same table: `Tower` (the service's tower, informative) and
 * `FY total (<base currency>)` (BUDGET_HEADERS.total + " (EUR)": a live formula converting the
 * row's months at the FX rates sheet); neither is an input.
 *
 * Metadata sheet META_SHEET (veryHidden, protected): two columns, key and value, for the
 * keys in META_KEYS; then, from the row headed META_LINES_HEADER, one row per exported line:
 * Line ID, then the exported month amounts (decimal strings, as text) in the order of
 * META_KEYS.months. That copy is the base of the three-way comparison: a cell changed in Excel
 * (file ≠ base) and in Outlay since (workbook ≠ base) is a conflict.
 */
import type { MonthKey } from '../../../src-shared/calendar/fiscal';

export const BUDGET_SHEET = 'Budget';
export const BUDGET_TABLE = 'BudgetLines';
export const META_SHEET = '_outlay';
export const SUBTOTAL_MARKER = 'Subtotals';
export const SUBTOTAL_GAP = 2;

/** Header texts of the budget table's non-month columns. */
export const BUDGET_HEADERS = {
  costCenter: 'Cost center',
  service: 'Service',
  /** The service's tower (informative: the import goes by the service). */
  tower: 'Tower',
  account: 'Account',
  vendor: 'Vendor',
  description: 'Description',
  expenseType: 'CapEx/OpEx',
  currency: 'Currency',
  /** Live formula: SUM of the row's month cells. */
  total: 'FY total',
  /** The line's id; blank for rows added in Excel. */
  lineId: 'Line ID',
} as const;

/** Keys of the metadata sheet. */
export const META_KEYS = {
  format: 'format', // always META_FORMAT
  version: 'version', // META_VERSION
  workbookId: 'workbook id', // settings.workbook_id
  workbookName: 'workbook name',
  scenarioId: 'scenario id',
  scenarioName: 'scenario name',
  fiscalYear: 'fiscal year',
  months: 'months', // comma-separated MonthKeys of the budget table, in column order
  baseCurrency: 'base currency',
  journalSeq: 'journal seq', // the journal's last seq when the file was exported
  exportedAt: 'exported at', // ISO timestamp
  exportedBy: 'exported by',
} as const;

export const META_FORMAT = 'outlay-export';
export const META_VERSION = '1';
export const META_LINES_HEADER = 'Line ID';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The header of a month column: "Apr 2027". */
export function monthHeader(month: MonthKey): string {
  const [y, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1]} ${y}`;
}

/** The month a header names ("Apr 2027", case and spacing forgiven), or null. */
export function monthOfHeader(text: string): MonthKey | null {
  const match = /^\s*([A-Za-z]{3})\s+(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const i = MONTH_NAMES.findIndex((n) => n.toLowerCase() === match[1]!.toLowerCase());
  return i < 0 ? null : (`${match[2]}-${String(i + 1).padStart(2, '0')}` as MonthKey);
}
