import type ExcelJS from 'exceljs';
import type { Money } from '../../../src-shared/money';
import { isPlainDecimal, parseMoney } from '../../../src-shared/money';
import { AppError } from '../../../src-shared/ipc/errors';
import { META_FORMAT, META_KEYS, META_LINES_HEADER, META_SHEET, META_VERSION } from '../excel/layout';
import { cellText } from './cells';

/** The metadata an export carries: its keys and the exported amounts of each line. */
export interface ExportMetadata {
  sheet: ExcelJS.Worksheet;
  values: Map<string, string>;
  /** Exported amounts by line id, aligned with the months key. */
  base: Map<string, Money[]>;
}

const isMetaSheet = (ws: ExcelJS.Worksheet) =>
  cellText(ws.getCell(1, 1).value) === META_KEYS.format && cellText(ws.getCell(1, 2).value) === META_FORMAT;

/**
 * Find and read the metadata sheet (by its name, or by its first row when renamed).
 * @throws AppError 'validation' when the file is not an Outlay export or its metadata is damaged
 */
export function readMetadata(wb: ExcelJS.Workbook, fileName: string): ExportMetadata {
  const sheet = wb.getWorksheet(META_SHEET) ?? wb.worksheets.find(isMetaSheet);
  if (!sheet || !isMetaSheet(sheet)) {
    throw new AppError(
      'validation',
      `${fileName} is not an Outlay export: it has no "${META_SHEET}" metadata sheet, so its rows cannot be matched to budget lines. ` +
        'Export the budget from Outlay (File ▸ Export to Excel…), edit that file, and import it.',
      { field: 'file' },
    );
  }
  const values = new Map<string, string>();
  const base = new Map<string, Money[]>();
  let inLines = false;
  const months = () => (values.get(META_KEYS.months) ?? '').split(',').filter(Boolean).length;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const key = cellText(row.getCell(1).value);
    if (!inLines) {
      if (key === META_LINES_HEADER) inLines = true;
      else if (key !== '') values.set(key, cellText(row.getCell(2).value));
      continue;
    }
    if (key === '') continue;
    const amounts: Money[] = [];
    for (let i = 0; i < months(); i++) {
      const text = cellText(row.getCell(2 + i).value) || '0';
      if (!isPlainDecimal(text)) throw damaged(fileName, `row ${r} of "${sheet.name}" has "${text}" as an amount`);
      amounts.push(parseMoney(text));
    }
    base.set(key, amounts);
  }
  if (values.get(META_KEYS.version) !== META_VERSION) {
    throw new AppError(
      'validation',
      `${fileName} was exported in format version ${values.get(META_KEYS.version) ?? '(none)'}, which this Outlay cannot read back (it reads version ${META_VERSION}).`,
      { field: 'file' },
    );
  }
  for (const k of [META_KEYS.workbookId, META_KEYS.scenarioId, META_KEYS.fiscalYear, META_KEYS.months]) {
    if (!values.get(k)) throw damaged(fileName, `the key "${k}" is missing`);
  }
  return { sheet, values, base };
}

function damaged(fileName: string, why: string): AppError {
  return new AppError('validation', `${fileName}: the export's hidden metadata is damaged (${why}); export again.`, {
    field: 'file',
  });
}
