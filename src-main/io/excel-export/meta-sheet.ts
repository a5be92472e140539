/**
 * The metadata sheet the round-trip import finds the export by (../excel/layout.ts):
 * veryHidden (Excel's UI cannot unhide it) and protected, key/value rows, then the base copy
 * of every exported line's month amounts as decimal text.
 */
import type { stream } from 'exceljs';
import { META_FORMAT, META_KEYS, META_LINES_HEADER, META_SHEET, META_VERSION } from '../excel/layout';
import type { BudgetExport, WriteProgress } from './export-model';
import { plain } from './formats';
import { textCell } from './formula-text';

/** Write the metadata sheet, reporting each line through `progress`. */
export async function writeMetaSheet(
  wb: stream.xlsx.WorkbookWriter,
  data: BudgetExport,
  progress: WriteProgress,
): Promise<void> {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  const pairs: [string, string][] = [
    [META_KEYS.format, META_FORMAT],
    [META_KEYS.version, META_VERSION],
    [META_KEYS.workbookId, data.workbookId],
    [META_KEYS.workbookName, data.workbookName],
    [META_KEYS.scenarioId, data.scenarioId],
    [META_KEYS.scenarioName, data.scenarioName],
    [META_KEYS.fiscalYear, String(data.fiscalYear)],
    [META_KEYS.months, data.months.join(',')],
    [META_KEYS.baseCurrency, data.baseCurrency],
    [META_KEYS.journalSeq, String(data.journalSeq)],
    [META_KEYS.exportedAt, data.exportedAt],
    [META_KEYS.exportedBy, data.exportedBy],
  ];
  let r = 0;
  for (const [k, v] of pairs) {
    const row = ws.getRow(++r);
    row.getCell(1).value = k;
    row.getCell(2).value = textCell(v);
    row.commit();
  }
  // One blank row between the keys and the lines.
  r += 2;
  const header = ws.getRow(r);
  header.getCell(1).value = META_LINES_HEADER;
  data.months.forEach((m, i) => (header.getCell(i + 2).value = m));
  header.commit();
  for (const line of data.lines) {
    const row = ws.getRow(++r);
    plain(row.getCell(1), line.id);
    line.amounts.forEach((a, i) => plain(row.getCell(i + 2), a));
    row.commit();
    await progress.tick(1);
  }
  ws.commit();
}
