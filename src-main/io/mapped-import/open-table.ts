import type { ImportFileOptions } from '../../../src-shared/model/imports';
import type { InputFile } from '../files';
import { readTable } from '../read/read-table';
import type { TableSource } from '../read/table-source';

/**
 * Open an import file: CSV (with the encoding and delimiter chosen, else detected) or a
 * guarded, streamed .xlsx, by its name.
 */
export async function openImportFile(
  file: InputFile,
  options: Pick<ImportFileOptions, 'encoding' | 'delimiter'>,
): Promise<TableSource> {
  return readTable(file, {
    csv: {
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    },
  });
}
