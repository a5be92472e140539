/**
 * Reading an .xlsx workbook as a table source for mapped imports: guarded first (xlsx-guard),
 * then each sheet streamed with exceljs's WorkbookReader, cells as plain values — a formula's
 * cached result, rich text as its text, dates as Date, errors as text (`#N/A`; `#ERROR` for a
 * formula's error result, whose text the streaming reader loses) — never a silent blank.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../src-shared/ipc/errors';
import {
  inputFile,
  type CellValue,
  type ReadInput,
  type SheetSource,
  type SourceRow,
  type TableSource,
} from './table-source';
import { DEFAULT_XLSX_LIMITS, guardXlsx, type XlsxLimits } from './xlsx-guard';
import type { SheetPart } from './xlsx-scan';
import { oneSheetZip } from './xlsx-sheet-zip';

/** Excel's day 0 in the 1900 system (1899-12-30 makes the 1900 leap-year bug come out right after March 1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/** Whether an Excel number format shows a date or time (d, m, y, h, s outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * DAY_MS));
}

/** A formula whose cached result is an error the streaming reader does not name. */
export const FORMULA_ERROR = '#ERROR';

type ExcelValue = ExcelJS.CellValue | { sharedString: number } | undefined;

/** A cell value from exceljs as a plain CellValue. */
export function plainValue(value: ExcelValue, numFmt: string | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text ?? '').join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === 'number') {
      // exceljs's streaming reader parses an error result (`t="e"`) as a number: NaN.
      if (!Number.isFinite(result)) return FORMULA_ERROR;
      return isDateFormat(numFmt) ? serialToDate(result, date1904) : result;
    }
    if (result && typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
    return result === undefined ? null : plainValue(result as ExcelValue, numFmt, date1904);
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('hyperlink' in value) return String(value.hyperlink);
  return null;
}

interface ReaderSheet {
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

async function* sheetRows(path: string, sheet: SheetPart): AsyncGenerator<SourceRow> {
  const input = Readable.from(oneSheetZip(path, sheet.part), { objectMode: false });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const ws of reader as unknown as AsyncIterable<ReaderSheet>) {
      const date1904 = Boolean((reader as unknown as { properties?: { date1904?: boolean } }).properties?.date1904);
      for await (const row of ws) {
        const cells: CellValue[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          while (cells.length < col - 1) cells.push(null);
          // A formula's value hides a NaN result (an error); `result` keeps it.
          const value = cell.type === ExcelJS.ValueType.Formula ? { formula: '', result: cell.result } : cell.value;
          cells[col - 1] = plainValue(value as ExcelValue, cell.numFmt, date1904);
        });
        yield { row: row.number, cells };
      }
      return;
    }
    throw new Error('the sheet holds no readable worksheet');
  } finally {
    // Stopping early (a preview of the first rows) must not leave the file open.
    input.destroy();
  }
}

/**
 * Open an .xlsx file for reading, checked against `limits` first: one SheetSource per
 * worksheet, in tab order, whose rows are streamed from the file on each iteration.
 * @throws AppError 'validation' naming the file and the problem (see guardXlsx), and while
 *   iterating when exceljs cannot read a sheet
 */
export async function readXlsx(input: ReadInput, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<TableSource> {
  const { path } = inputFile(input);
  const facts = await guardXlsx(input, limits);
  const sheets: SheetSource[] = facts.sheets.map((sheet) => ({
    name: sheet.name,
    rows: async function* () {
      try {
        yield* sheetRows(path, sheet);
      } catch (e) {
        if (e instanceof AppError) throw e;
        throw new AppError(
          'validation',
          `${facts.fileName}: sheet "${sheet.name}" cannot be read (${(e as Error).message})`,
          {
            file: facts.fileName,
            sheet: sheet.name,
          },
        );
      }
    },
  }));
  return { fileName: facts.fileName, sha256: facts.sha256, kind: 'xlsx', sheets };
}
