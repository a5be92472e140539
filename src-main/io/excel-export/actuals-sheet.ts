/**
 * The Actuals sheet: the fiscal year's posted actuals as a table (month, dimension codes,
 * amount in its currency, source and reference), then totals per currency as SUMIFS over
 * the table, live.
 */
import type { stream } from 'exceljs';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { Money } from '../../../src-shared/money';
import { exactSum } from '../../repo/exact-sum';
import { monthHeader } from '../excel/layout';
import type { BudgetExport, WriteProgress } from './export-model';
import { absRange, cellNumber, moneyFormat, plain, styleOf } from './formats';
import { textCell } from './formula-text';
import type { StreamingTables } from './xlsx-table';

export const ACTUALS_SHEET = 'Actuals';
const HEADER_ROW = 4;
const HEADERS = ['Month', 'Cost center', 'Service', 'Account', 'Vendor', 'Amount', 'Currency', 'Source', 'Reference'];

/** One posted actual with its dimension codes; Money in its own currency. */
export interface ExportActual {
  month: string;
  costCenter: string;
  service: string;
  account: string;
  vendor: string;
  amount: Money;
  currency: string;
  source: string;
  reference: string;
}

/** Write the Actuals sheet, reporting each row through `progress`. */
export async function writeActualsSheet(
  wb: stream.xlsx.WorkbookWriter,
  tables: StreamingTables,
  data: BudgetExport,
  actuals: readonly ExportActual[],
  progress: WriteProgress,
): Promise<void> {
  const ws = wb.addWorksheet(ACTUALS_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }] });
  [11, 14, 18, 12, 12, 18, 10, 14, 28].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const title = ws.getRow(1);
  title.getCell(1).value = `Actuals: ${fiscalYearLabel(data.fiscalYear)}, as posted`;
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  const note = ws.getRow(2);
  note.getCell(1).value = "Amounts in each actual's currency; the totals per currency under the table are live.";
  note.commit();
  const header = ws.getRow(HEADER_ROW);
  HEADERS.forEach((h, i) => (header.getCell(i + 1).value = h));
  header.font = { bold: true };
  header.commit();

  const styles = new Map<string, ReturnType<typeof styleOf>>();
  const styleFor = (c: string) => {
    let st = styles.get(c);
    if (!st) styles.set(c, (st = styleOf(moneyFormat(c, data.minorUnits.get(c) ?? 2))));
    return st;
  };
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i]!;
    const row = ws.getRow(HEADER_ROW + 1 + i);
    plain(row.getCell(1), monthHeader(a.month));
    [a.costCenter, a.service, a.account, a.vendor].forEach((t, k) => plain(row.getCell(2 + k), textCell(t)));
    const amount = row.getCell(6);
    amount.value = cellNumber(a.amount);
    amount.style = styleFor(a.currency);
    plain(row.getCell(7), a.currency);
    plain(row.getCell(8), textCell(a.source));
    plain(row.getCell(9), textCell(a.reference));
    row.commit();
    await progress.tick(1);
  }
  const last = HEADER_ROW + Math.max(actuals.length, 1);
  tables.add(ws, { name: 'Actuals', headerRow: HEADER_ROW, lastRow: last, firstCol: 1, headers: HEADERS });

  const block = last + 3;
  const caption = ws.getRow(block);
  caption.getCell(1).value = 'Total by currency';
  caption.getCell(1).font = { bold: true };
  caption.commit();
  const currencies = [...new Set(actuals.map((a) => a.currency))].sort();
  currencies.forEach((c, i) => {
    const r = block + 1 + i;
    const row = ws.getRow(r);
    plain(row.getCell(1), c);
    const cell = row.getCell(6);
    const value = exactSum(actuals.filter((a) => a.currency === c).map((a) => a.amount));
    cell.value = {
      formula: `SUMIFS(${absRange(6, HEADER_ROW + 1, last)},${absRange(7, HEADER_ROW + 1, last)},$A${r})`,
      result: cellNumber(value),
    };
    cell.style = styleFor(c);
    row.commit();
  });
  ws.commit();
}
