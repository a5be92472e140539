/**
 * The Summary sheet: base-currency totals by cost center × fiscal quarter and by tower, and
 * a chart-ready block (month, quarter, CapEx, OpEx, total). Every amount is a live formula
 * over the Budget sheet's table columns, so editing or sorting the budget keeps it right.
 */
import type { Row, stream, Worksheet } from 'exceljs';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { BUDGET_SHEET, monthHeader } from '../excel/layout';
import type { GroupBy } from './budget-columns';
import type { BudgetLayout } from './budget-sheet';
import type { BudgetExport } from './export-model';
import { absRange, cellNumber, colLetter, moneyFormat, sheetRef, styleOf } from './formats';
import { textCell } from './formula-text';
import type { StreamingTables } from './xlsx-table';

export const SUMMARY_SHEET = 'Summary';

/** Writes the blocks of one Summary sheet. */
class SummaryWriter {
  private readonly style: ReturnType<typeof styleOf>;
  private readonly totalStyle: ReturnType<typeof styleOf>;

  constructor(
    private readonly ws: Worksheet,
    private readonly tables: StreamingTables,
    private readonly budget: BudgetLayout,
  ) {
    const { data } = budget.formulas;
    const format = moneyFormat(data.baseCurrency, data.minorUnits.get(data.baseCurrency) ?? 2);
    this.style = styleOf(format);
    this.totalStyle = styleOf(format, 'total');
  }

  private put(row: Row, col: number, formula: string, value: string | number, total = false): void {
    const cell = row.getCell(col);
    cell.value = { formula, result: typeof value === 'number' ? value : cellNumber(value) };
    if (typeof value === 'string') cell.style = total ? this.totalStyle : this.style;
  }

  private header(r: number, headers: string[]): void {
    const row = this.ws.getRow(r);
    headers.forEach((h, i) => (row.getCell(i + 1).value = h));
    row.font = { bold: true };
    row.commit();
  }

  /** A total row under a block: SUBTOTAL(109, …) of each amount column (ignores filtered rows). */
  private totals(table: string, headerRow: number, last: number, headers: string[], values: string[]): number {
    this.tables.add(this.ws, { name: table, headerRow, lastRow: last, firstCol: 1, headers });
    const row = this.ws.getRow(last + 1);
    row.getCell(1).value = 'Total';
    row.getCell(1).font = { bold: true };
    values.forEach((v, k) => {
      const c = colLetter(3 + k);
      this.put(row, 3 + k, `SUBTOTAL(109,${c}${headerRow + 1}:${c}${last})`, v, true);
    });
    row.commit();
    return last + 1;
  }

  /**
   * Groups (rows) × quarters (columns) plus a FY total, as a table; the second column holds
   * a name, or with `countLines` a live count of the group's budget lines. Returns the last row.
   */
  groups(
    headerRow: number,
    table: string,
    keys: [string, string],
    by: GroupBy & ('costCenter' | 'tower'),
    names: ReadonlyMap<string, string> | null,
    quarters: number[][],
  ): number {
    const f = this.budget.formulas;
    const col = this.budget.cols[by];
    const groups = [...new Set(f.data.lines.map((l) => l[by]))].sort();
    const counts = new Map<string, number>();
    for (const l of f.data.lines) counts.set(l[by], (counts.get(l[by]) ?? 0) + 1);
    const headers = [...keys, ...quarters.map((_, q) => `Q${q + 1}`), 'FY total'];
    this.header(headerRow, headers);
    const all = quarters.flat();
    let r = headerRow;
    for (const g of groups) {
      const row = this.ws.getRow(++r);
      row.getCell(1).value = textCell(g);
      if (names) row.getCell(2).value = textCell(names.get(g) ?? '');
      else {
        const range = `${sheetRef(BUDGET_SHEET)}!${absRange(col, f.first, f.last)}`;
        this.put(row, 2, `COUNTIFS(${range},$A${r})`, counts.get(g) ?? 0);
      }
      const criteria = [{ col, ref: `$A${r}` }];
      quarters.forEach((q, k) => this.put(row, 3 + k, f.groupSum(q, criteria, true), f.groupValue(q, by, g)));
      this.put(row, 3 + quarters.length, `SUM(C${r}:${colLetter(2 + quarters.length)}${r})`, f.groupValue(all, by, g));
      row.commit();
    }
    const last = Math.max(r, headerRow + 1);
    const values = [...quarters.map((q) => f.groupValue(q, 'all')), f.groupValue(all, 'all')];
    return this.totals(table, headerRow, last, headers, values);
  }

  /** Month, quarter, CapEx, OpEx, total: the block a chart is drawn from. Returns the last row. */
  chartData(headerRow: number, table: string): number {
    const f = this.budget.formulas;
    const months = f.data.months;
    const headers = ['Month', 'Quarter', 'CapEx', 'OpEx', 'Total'];
    this.header(headerRow, headers);
    months.forEach((m, i) => {
      const r = headerRow + 1 + i;
      const row = this.ws.getRow(r);
      row.getCell(1).value = monthHeader(m);
      row.getCell(2).value = `Q${Math.floor(i / 3) + 1}`;
      (['CapEx', 'OpEx'] as const).forEach((t, k) => {
        const criteria = [{ col: this.budget.cols.expenseType, ref: `${colLetter(3 + k)}$${headerRow}` }];
        this.put(row, 3 + k, f.groupSum([i], criteria, true), f.groupValue([i], 'expenseType', t));
      });
      this.put(row, 5, `SUM(C${r}:D${r})`, f.groupValue([i], 'all'));
      row.commit();
    });
    const all = months.map((_, i) => i);
    const last = headerRow + Math.max(months.length, 1);
    const values = [f.groupValue(all, 'expenseType', 'CapEx'), f.groupValue(all, 'expenseType', 'OpEx')];
    return this.totals(table, headerRow, last, headers, [...values, f.groupValue(all, 'all')]);
  }
}

/** Write the Summary sheet (after the budget sheet, whose layout it sums over). */
export function writeSummarySheet(
  wb: stream.xlsx.WorkbookWriter,
  tables: StreamingTables,
  data: BudgetExport,
  budget: BudgetLayout,
): void {
  const ws = wb.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 0 }] });
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 32;
  for (let c = 3; c <= 8; c++) ws.getColumn(c).width = 17;
  const title = ws.getRow(1);
  title.getCell(1).value = textCell(
    `Summary: ${data.scenarioName}, ${fiscalYearLabel(data.fiscalYear)}, in ${data.baseCurrency}`,
  );
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  const note = ws.getRow(2);
  note.getCell(1).value =
    'Live totals over the Budget sheet, converted at the FX rates sheet: edit the budget and these follow.';
  note.commit();

  const quarters = [0, 1, 2, 3]
    .map((q) => data.months.map((_, i) => i).filter((i) => Math.floor(i / 3) === q))
    .filter((q) => q.length > 0);
  const writer = new SummaryWriter(ws, tables, budget);
  let row = writer.groups(
    4,
    'SummaryByCostCenter',
    ['Cost center', 'Name'],
    'costCenter',
    data.costCenterNames,
    quarters,
  );
  row = writer.groups(row + 3, 'SummaryByTower', ['Tower', 'Lines'], 'tower', null, quarters);
  writer.chartData(row + 3, 'ChartData');
  ws.commit();
}
