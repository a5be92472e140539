import type ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { InputFile } from '../files';
import { openXlsx } from '../read/xlsx-guard';
import type { CellValue, SourceRow, TableSource } from '../read/table-source';

/** What a cell holds as the importer sees it: a formula's cached result, a link's text, rich text joined. */
function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return null;
  return null;
}

/**
 * An .xlsx file as a TableSource, read whole with the guarded opener (the streaming reader of
 * src-main/io/read replaces this once it exists).
 */
export async function xlsxTable(file: InputFile): Promise<TableSource> {
  const [wb, bytes] = await Promise.all([openXlsx(file.path), readFile(file.path)]);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    fileName: file.name,
    sha256,
    kind: 'xlsx',
    sheets: wb.worksheets.map((ws) => ({
      name: ws.name,
      rows: async function* (): AsyncGenerator<SourceRow> {
        for (let r = 1; r <= ws.rowCount; r++) {
          const row = ws.getRow(r);
          const cells: CellValue[] = [];
          for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
          yield { row: r, cells };
        }
      },
    })),
  };
}
