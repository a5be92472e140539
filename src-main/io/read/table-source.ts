/**
 * What the readers of .csv and .xlsx files hand to importers: sheets of rows of cell values,
 * each row carrying its 1-based number in the file so errors can name sheet, row and column.
 * Rows are streamed (an async iterable), so a 200,000-row file is never held whole.
 */

/**
 * A cell as read: text from CSV (never converted: the importer parses numbers and dates with
 * the options the user chose), or what the .xlsx cell holds (a formula's cached result).
 * Numbers from .xlsx are JS numbers as Excel stores them (IEEE doubles); importers convert
 * them to money with the number's shortest round-trip text, never with arithmetic.
 */
export type CellValue = string | number | boolean | Date | null;

export interface SourceRow {
  /** 1-based row number in the file (CSV: the record's first physical line). */
  row: number;
  /** Cells from column 1 (A); a short row has fewer cells. */
  cells: CellValue[];
}

export interface SheetSource {
  name: string;
  /** Rows in file order, blank rows included only when they carry their row number. */
  rows(): AsyncIterable<SourceRow>;
}

/** Options for reading a CSV file (every one detected when absent). */
export interface CsvOptions {
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  delimiter?: string;
}

export interface TableSource {
  /** The file's name as the user knows it (for messages). */
  fileName: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  kind: 'csv' | 'xlsx';
  /** What was detected or chosen for a CSV file. */
  csv?: Required<CsvOptions>;
  sheets: SheetSource[];
}

/** A file to read: a path, or a path with the name the user knows it by (an upload's original name). */
export type ReadInput = string | { path: string; name: string };

/** The path and display name of `input`. */
export function inputFile(input: ReadInput): { path: string; name: string } {
  if (typeof input !== 'string') return input;
  const slash = Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\'));
  return { path: input, name: input.slice(slash + 1) };
}
