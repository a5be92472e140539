/**
 * The TCO sheet: each saved model's comparison, one block per model: cash cost per model
 * year and alternative (a table), the horizon total as a live SUM, each alternative's
 * difference to the first as a live formula, and the NPV the engine computed (monthly
 * discounting, which the sheet does not repeat).
 */
import type { stream, Worksheet } from 'exceljs';
import { subMoney, type Money } from '../../../src-shared/money';
import type { BudgetExport } from './export-model';
import { cellNumber, colLetter, moneyFormat, plain, styleOf } from './formats';
import { textCell } from './formula-text';
import type { StreamingTables } from './xlsx-table';

export const TCO_SHEET = 'TCO';

/** One saved model's comparison; Money in the model currency. */
export interface TcoExport {
  name: string;
  currency: string;
  minorUnits: number;
  alternatives: { name: string; years: Money[]; totalCash: Money; npv: Money }[];
  /** "YYYY-MM" of each model year's first month. */
  yearStarts: string[];
}

/** Write the TCO sheet with one block per model. */
export function writeTcoSheet(
  wb: stream.xlsx.WorkbookWriter,
  tables: StreamingTables,
  data: BudgetExport,
  models: readonly TcoExport[],
): void {
  const ws = wb.addWorksheet(TCO_SHEET);
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 12;
  for (let c = 3; c <= 10; c++) ws.getColumn(c).width = 20;
  const title = ws.getRow(1);
  title.getCell(1).value = `TCO: the workbook's saved models, cash cost per year (${data.workbookName})`;
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  let r = 3;
  if (models.length === 0) {
    const row = ws.getRow(r);
    row.getCell(1).value = 'The workbook has no saved TCO model.';
    row.commit();
  }
  models.forEach((m, i) => (r = writeModel(ws, tables, m, i + 1, r) + 3));
  ws.commit();
}

function writeModel(ws: Worksheet, tables: StreamingTables, m: TcoExport, n: number, top: number): number {
  const money = styleOf(moneyFormat(m.currency, m.minorUnits));
  const total = styleOf(moneyFormat(m.currency, m.minorUnits), 'total');
  const caption = ws.getRow(top);
  caption.getCell(1).value = textCell(`${m.name} (${m.currency})`);
  caption.getCell(1).font = { bold: true, size: 12 };
  caption.commit();
  const headerRow = top + 1;
  const names = m.alternatives.map((a) => a.name);
  // Table headers must be unique and non-empty.
  const headers = [
    'Year',
    'From',
    ...names.map((x, i) => (names.indexOf(x) === i && x.trim() ? x : `${x} (${i + 1})`)),
  ];
  const header = ws.getRow(headerRow);
  headers.forEach((h, i) => (header.getCell(i + 1).value = textCell(h)));
  header.font = { bold: true };
  header.commit();
  m.yearStarts.forEach((start, y) => {
    const row = ws.getRow(headerRow + 1 + y);
    row.getCell(1).value = y + 1;
    plain(row.getCell(2), start);
    m.alternatives.forEach((a, k) => {
      const cell = row.getCell(3 + k);
      cell.value = cellNumber(a.years[y] ?? '0');
      cell.style = money;
    });
    row.commit();
  });
  const last = headerRow + Math.max(m.yearStarts.length, 1);
  tables.add(ws, { name: `Tco${n}_Cash`, headerRow, lastRow: last, firstCol: 1, headers });
  const first = m.alternatives[0];
  const put = (row: ReturnType<Worksheet['getRow']>, k: number, formula: string | null, value: Money) => {
    const cell = row.getCell(3 + k);
    cell.value = formula === null ? cellNumber(value) : { formula, result: cellNumber(value) };
    cell.style = total;
  };
  const sum = ws.getRow(last + 1);
  sum.getCell(1).value = 'Total cash';
  m.alternatives.forEach((a, k) => {
    const c = colLetter(3 + k);
    put(sum, k, `SUM(${c}${headerRow + 1}:${c}${last})`, a.totalCash);
  });
  sum.commit();
  const diff = ws.getRow(last + 2);
  diff.getCell(1).value = textCell(`Difference to ${first?.name ?? ''}`);
  m.alternatives.forEach((a, k) =>
    put(diff, k, `${colLetter(3 + k)}${last + 1}-$C${last + 1}`, subMoney(a.totalCash, first!.totalCash)),
  );
  diff.commit();
  const npv = ws.getRow(last + 3);
  npv.getCell(1).value = 'NPV (monthly discounting, from Outlay)';
  m.alternatives.forEach((a, k) => put(npv, k, null, a.npv));
  npv.commit();
  return last + 3;
}
