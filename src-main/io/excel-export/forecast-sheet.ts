/**
 * The Forecast sheet: the scenario's statistical forecast per cost center for the months
 * after the last actuals (each scope's stored method, outlier decisions and overrides, as the
 * Forecast screen shows it), in the base currency; row and column totals are live.
 */
import type { stream } from 'exceljs';
import type { Money } from '../../../src-shared/money';
import { exactSum } from '../../repo/exact-sum';
import { monthHeader } from '../excel/layout';
import type { BudgetExport } from './export-model';
import { cellNumber, colLetter, moneyFormat, plain, styleOf } from './formats';
import { textCell } from './formula-text';
import type { StreamingTables } from './xlsx-table';

export const FORECAST_SHEET = 'Forecast';
const HEADER_ROW = 4;

/** The forecast to show: months and one row per cost center (Money per month, base currency). */
export interface ForecastExport {
  lastActualMonth: string | null;
  months: string[];
  rows: { label: string; method: string; mean: Money[] }[];
}

/** Write the Forecast sheet. */
export function writeForecastSheet(
  wb: stream.xlsx.WorkbookWriter,
  tables: StreamingTables,
  data: BudgetExport,
  f: ForecastExport,
): void {
  const base = data.baseCurrency;
  const format = moneyFormat(base, data.minorUnits.get(base) ?? 2);
  const money = styleOf(format);
  const total = styleOf(format, 'total');
  const n = f.months.length;
  const ws = wb.addWorksheet(FORECAST_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
  ws.getColumn(1).width = 36;
  ws.getColumn(2).width = 20;
  for (let c = 3; c <= n + 3; c++) ws.getColumn(c).width = 15;
  const title = ws.getRow(1);
  title.getCell(1).value = textCell(`Forecast: ${data.scenarioName}, by cost center, in ${base}`);
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  const note = ws.getRow(2);
  note.getCell(1).value = f.lastActualMonth
    ? `From the actuals up to ${monthHeader(f.lastActualMonth)}, each cost center with its stored method and overrides (as the Forecast screen).`
    : 'The workbook has no actuals, so there is no forecast.';
  note.commit();
  const headers = ['Cost center', 'Method', ...f.months.map(monthHeader), 'Total'];
  const header = ws.getRow(HEADER_ROW);
  headers.forEach((h, i) => (header.getCell(i + 1).value = h));
  header.font = { bold: true };
  header.commit();
  const rows = f.rows.filter((r) => r.mean.length === n);
  rows.forEach((row, i) => {
    const r = HEADER_ROW + 1 + i;
    const x = ws.getRow(r);
    plain(x.getCell(1), textCell(row.label));
    plain(x.getCell(2), row.method);
    row.mean.forEach((m, k) => {
      const cell = x.getCell(3 + k);
      cell.value = cellNumber(m);
      cell.style = money;
    });
    const t = x.getCell(3 + n);
    t.value = { formula: `SUM(C${r}:${colLetter(2 + n)}${r})`, result: cellNumber(exactSum(row.mean)) };
    t.style = money;
    x.commit();
  });
  const last = HEADER_ROW + Math.max(rows.length, 1);
  tables.add(ws, { name: 'ForecastByCostCenter', headerRow: HEADER_ROW, lastRow: last, firstCol: 1, headers });
  const sum = ws.getRow(last + 1);
  sum.getCell(1).value = 'Total';
  sum.getCell(1).font = { bold: true };
  for (let k = 0; k <= n; k++) {
    const c = colLetter(3 + k);
    const value = k < n ? exactSum(rows.map((r) => r.mean[k]!)) : exactSum(rows.flatMap((r) => r.mean));
    const cell = sum.getCell(3 + k);
    cell.value = { formula: `SUBTOTAL(109,${c}${HEADER_ROW + 1}:${c}${last})`, result: cellNumber(value) };
    cell.style = total;
  }
  sum.commit();
  ws.commit();
}
