import type { ImportFileOptions } from '../../../src-shared/model/imports';
import type { InputFile } from '../files';
import { readCsv } from '../read/read-csv';
import type { TableSource } from '../read/table-source';
import { xlsxTable } from './xlsx-table';

/** Open an import file by its name: .xlsx/.xlsm as a workbook, anything else as CSV text. */
export async function openImportFile(
  file: InputFile,
  options: Pick<ImportFileOptions, 'encoding' | 'delimiter'>,
): Promise<TableSource> {
  if (/\.xls[xm]$/i.test(file.name)) return xlsxTable(file);
  return readCsv(file, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  });
}
