import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import type { Money } from '../../../src-shared/money';

/**
 * A cell of an edited export as the reader found it: a number (as the shortest text of the
 * value Excel stored, or numeric text typed into the cell), text, nothing, or something that
 * cannot be a value (an error such as #REF!, a date, a formula without a cached result).
 */
export type RawCell =
  { kind: 'blank' } | { kind: 'number'; text: string } | { kind: 'text'; text: string } | { kind: 'bad'; why: string };

/** One column of the budget table: where it is now and what its header says. */
export interface ColumnPlace {
  column: string;
  header: string;
}

/** A data row of the budget table. */
export interface FileRow {
  /** 1-based row number in the sheet. */
  row: number;
  /** Trimmed Line ID; '' on rows added in Excel. */
  lineId: string;
  /** Trimmed texts of the dimension columns ('' when blank or missing). */
  costCenter: string;
  service: string;
  account: string;
  vendor: string;
  description: string;
  expenseType: string;
  currency: string;
  /** Month cells aligned with ExportedFile.months. */
  months: RawCell[];
  /**
   * The FY total cell: its formula text without "=" (shared formulas translated to this
   * row; null when a value was typed over the live formula) and what it shows. Null when the
   * file has no FY total column.
   */
  total: { formula: string | null; value: RawCell } | null;
}

/** What the reader takes from an edited export. */
export interface ExportedFile {
  /** The sheet the budget table is on (possibly renamed). */
  sheet: string;
  /** Metadata values by META_KEYS value. */
  meta: ReadonlyMap<string, string>;
  months: MonthKey[];
  monthColumns: ColumnPlace[];
  totalColumn: ColumnPlace | null;
  /** Where the non-month columns are, by BUDGET_HEADERS key. */
  columns: Readonly<Record<string, ColumnPlace | undefined>>;
  /** The exported amounts of each line (metadata copy), aligned with `months`. */
  base: ReadonlyMap<string, Money[]>;
  rows: FileRow[];
  /** Rows or cells the reader could not take, with where and why. */
  problems: { row?: number; column?: string; header?: string; message: string }[];
}
