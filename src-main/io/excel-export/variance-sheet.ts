/**
 * The Variance sheet: plan against actuals in the base currency, per cost center and month
 * (a long table finance can filter and pivot) and per cost center for the year (SUMIFS over
 * that table). Variance = actual − budget and its % (IFERROR for a zero budget) are live
 * formulas; budget and actual are the accounting summary's figures.
 */
import type { stream } from 'exceljs';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { D, subMoney, type Money } from '../../../src-shared/money';
import { exactSum } from '../../repo/exact-sum';
import type { BudgetExport } from './export-model';
import { absRange, cellNumber, moneyFormat, plain, styleOf } from './formats';
import { textCell } from './formula-text';
import type { StreamingTables } from './xlsx-table';

export const VARIANCE_SHEET = 'Variance';
const PERCENT = styleOf('0.0%;(0.0%)');

/** One cost center × month of the variance: Money in the base currency. */
export interface VarianceCell {
  code: string;
  name: string;
  month: string;
  budget: Money;
  actual: Money;
}

/** What the Variance sheet shows. */
export interface VarianceExport {
  basis: 'accrual' | 'cash';
  cells: VarianceCell[];
}

/** `actual − budget` over `budget`, as a cell caches it; '' when the budget is zero (IFERROR). */
function ratio(variance: Money, budget: Money): number | string {
  const b = new D(budget);
  return b.isZero() ? '' : Number(new D(variance).div(b).toSignificantDigits(15).toFixed());
}

/** Write the Variance sheet. */
export function writeVarianceSheet(
  wb: stream.xlsx.WorkbookWriter,
  tables: StreamingTables,
  data: BudgetExport,
  v: VarianceExport,
): void {
  const base = data.baseCurrency;
  const money = styleOf(moneyFormat(base, data.minorUnits.get(base) ?? 2));
  const total = styleOf(moneyFormat(base, data.minorUnits.get(base) ?? 2), 'total');
  const ws = wb.addWorksheet(VARIANCE_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 0 }] });
  [16, 32, 18, 18, 18, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const title = ws.getRow(1);
  title.getCell(1).value = textCell(
    `Variance: ${data.scenarioName}, ${fiscalYearLabel(data.fiscalYear)}, ${v.basis} basis, in ${base}`,
  );
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  const note = ws.getRow(2);
  note.getCell(1).value =
    'Budget: planned spend (budget lines, contracts, invoices, assets) at budget rates. Actual: posted actuals at ' +
    'actual rates. Variance = Actual − Budget (positive: over budget).';
  note.commit();

  const codes = [...new Set(v.cells.map((c) => c.code))].sort();
  const names = new Map(v.cells.map((c) => [c.code, c.name]));
  const yearHeader = 4;
  const yearLast = yearHeader + Math.max(codes.length, 1);
  const longHeader = yearLast + 4;
  const longFirst = longHeader + 1;
  const longLast = longHeader + Math.max(v.cells.length, 1);
  const col = (c: number) => absRange(c, longFirst, longLast);
  const headers = ['Cost center', 'Name', 'Budget', 'Actual', 'Variance', 'Variance %'];
  const varianceCells = (row: ReturnType<typeof ws.getRow>, r: number, budget: Money, actual: Money, t = false) => {
    const variance = subMoney(actual, budget);
    const e = row.getCell(5);
    e.value = { formula: `D${r}-C${r}`, result: cellNumber(variance) };
    e.style = t ? total : money;
    const f = row.getCell(6);
    f.value = { formula: `IFERROR(E${r}/C${r},"")`, result: ratio(variance, budget) };
    f.style = PERCENT;
  };

  const header = (r: number, texts: string[]) => {
    const row = ws.getRow(r);
    texts.forEach((h, i) => (row.getCell(i + 1).value = h));
    row.font = { bold: true };
    row.commit();
  };

  header(yearHeader, headers);
  const sums = new Map<string, { budget: Money[]; actual: Money[] }>();
  for (const c of v.cells) {
    const s = sums.get(c.code) ?? { budget: [], actual: [] };
    s.budget.push(c.budget);
    s.actual.push(c.actual);
    sums.set(c.code, s);
  }
  codes.forEach((code, i) => {
    const r = yearHeader + 1 + i;
    const row = ws.getRow(r);
    plain(row.getCell(1), textCell(code));
    plain(row.getCell(2), textCell(names.get(code) ?? ''));
    const budget = exactSum(sums.get(code)!.budget);
    const actual = exactSum(sums.get(code)!.actual);
    const b = row.getCell(3);
    b.value = { formula: `SUMIFS(${col(3)},${col(1)},$A${r})`, result: cellNumber(budget) };
    b.style = money;
    const a = row.getCell(4);
    a.value = { formula: `SUMIFS(${col(4)},${col(1)},$A${r})`, result: cellNumber(actual) };
    a.style = money;
    varianceCells(row, r, budget, actual);
    row.commit();
  });
  tables.add(ws, { name: 'VarianceByCostCenter', headerRow: yearHeader, lastRow: yearLast, firstCol: 1, headers });
  const budgetAll = exactSum(v.cells.map((c) => c.budget));
  const actualAll = exactSum(v.cells.map((c) => c.actual));
  const totalRow = ws.getRow(yearLast + 1);
  totalRow.getCell(1).value = 'Total';
  totalRow.getCell(1).font = { bold: true };
  [budgetAll, actualAll].forEach((value, k) => {
    const c = ['C', 'D'][k]!;
    const cell = totalRow.getCell(3 + k);
    cell.value = { formula: `SUBTOTAL(109,${c}${yearHeader + 1}:${c}${yearLast})`, result: cellNumber(value) };
    cell.style = total;
  });
  varianceCells(totalRow, yearLast + 1, budgetAll, actualAll, true);
  totalRow.commit();

  const caption = ws.getRow(longHeader - 1);
  caption.getCell(1).value = 'By cost center and month';
  caption.getCell(1).font = { bold: true };
  caption.commit();
  const longHeaders = ['Cost center', 'Month', 'Budget', 'Actual', 'Variance', 'Variance %'];
  header(longHeader, longHeaders);
  v.cells.forEach((c, i) => {
    const r = longFirst + i;
    const row = ws.getRow(r);
    plain(row.getCell(1), textCell(c.code));
    plain(row.getCell(2), c.month);
    row.getCell(3).value = cellNumber(c.budget);
    row.getCell(3).style = money;
    row.getCell(4).value = cellNumber(c.actual);
    row.getCell(4).style = money;
    varianceCells(row, r, c.budget, c.actual);
    row.commit();
  });
  tables.add(ws, {
    name: 'VarianceByMonth',
    headerRow: longHeader,
    lastRow: longLast,
    firstCol: 1,
    headers: longHeaders,
  });
  ws.commit();
}
