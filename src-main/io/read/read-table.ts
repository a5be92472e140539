/**
 * One entry point for importers: a .csv/.tsv/.txt file is read as CSV, anything else goes
 * through the .xlsx guard (which names an old .xls, an encrypted workbook or a file that is no
 * workbook at all).
 */
import { readCsv, type CsvLimits } from './read-csv';
import { readXlsx } from './read-xlsx';
import { inputFile, type CsvOptions, type ReadInput, type TableSource } from './table-source';
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from './xlsx-guard';

export interface ReadTableOptions {
  csv?: CsvOptions;
  csvLimits?: Partial<CsvLimits>;
  xlsxLimits?: XlsxLimits;
}

/** Whether `fileName` is read as CSV (by its extension). */
export function isCsvName(fileName: string): boolean {
  return /\.(csv|tsv|txt|tab)$/i.test(fileName);
}

/**
 * Open a CSV or .xlsx file as a table source, chosen by the name the user knows it by.
 * @throws AppError 'validation' naming the file and the problem; 'not-found'
 */
export async function readTable(input: ReadInput, options: ReadTableOptions = {}): Promise<TableSource> {
  const { name } = inputFile(input);
  if (isCsvName(name)) return readCsv(input, options.csv, options.csvLimits);
  return readXlsx(input, options.xlsxLimits ?? DEFAULT_XLSX_LIMITS);
}
