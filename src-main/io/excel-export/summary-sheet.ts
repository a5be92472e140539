/**
 * The Summary sheet: base-currency totals by cost center × fiscal quarter and by tower, and
 * a chart-ready block (month, CapEx, OpEx, total). Every amount is a live formula over the
 * Budget sheet's table columns, so editing or sorting the budget keeps the summary right.
 */
import type { stream, Worksheet } from 'exceljs';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { BUDGET_SHEET, monthHeader } from '../excel/layout';
import type { BudgetLayout } from './budget-sheet';
import type { BudgetExport } from './export-model';
import { absRange, cellNumber, colLetter, moneyFormat, sheetRef } from './formats';
import { textCell } from './formula-text';
import type { StreamingTables } from './xlsx-table';

export const SUMMARY_SHEET = 'Summary';

interface Block {
  table: string;
  /** The header of the first column(s). */
  keys: string[];
  rows: { keys: string[]; match: (i: number) => boolean; criteria: { col: number } }[];
}

/** Write the Summary sheet (after the budget sheet, whose layout it sums over). */
export function writeSummarySheet(
  wb: stream.xlsx.WorkbookWriter,
  tables: StreamingTables,
  data: BudgetExport,
  budget: BudgetLayout,
): void {
  const ws = wb.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
  const base = data.baseCurrency;
  const format = moneyFormat(base, data.minorUnits.get(base) ?? 2);
  const { cols } = budget;
  const lines = data.lines;
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 32;
  for (let c = 3; c <= 8; c++) ws.getColumn(c).width = 17;
  const title = ws.getRow(1);
  title.getCell(1).value = textCell(`Summary: ${data.scenarioName}, ${fiscalYearLabel(data.fiscalYear)}, in ${base}`);
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  const note = ws.getRow(2);
  note.getCell(1).value =
    'Live totals over the Budget sheet (converted at the FX rates sheet): edit the budget and these follow.';
  note.commit();

  const quarters = [0, 1, 2, 3]
    .map((q) => data.months.map((_, i) => i).filter((i) => Math.floor(i / 3) === q))
    .filter((q) => q.length > 0);
  const qHeaders = quarters.map((_, q) => `Q${q + 1}`);
  const costCenters = [...new Set(lines.map((l) => l.costCenter))].sort();
  const towers = [...new Set(lines.map((l) => l.tower))].sort();
  let row = 4;
  row = writeBlock(ws, tables, budget, format, row, quarters, qHeaders, {
    table: 'SummaryByCostCenter',
    keys: ['Cost center', 'Name'],
    rows: costCenters.map((cc) => ({
      keys: [cc, data.costCenterNames.get(cc) ?? ''],
      match: (i) => lines[i]!.costCenter === cc,
      criteria: { col: cols.costCenter },
    })),
  });
  row = writeBlock(ws, tables, budget, format, row + 2, quarters, qHeaders, {
    table: 'SummaryByTower',
    keys: ['Tower', 'Lines'],
    rows: towers.map((t) => ({
      keys: [t, ''],
      match: (i) => lines[i]!.tower === t,
      criteria: { col: cols.tower },
    })),
  });
  const months = data.months.map((_, i) => [i]);
  writeBlock(
    ws,
    tables,
    budget,
    format,
    row + 2,
    months,
    ['CapEx', 'OpEx'],
    {
      table: 'ChartData',
      keys: ['Month', 'Quarter'],
      rows: [],
    },
    data.months.map(monthHeader),
  );
  ws.commit();
}

/**
 * One block: a header, one row per group (key cells, then one sum per column of `spans`),
 * a FY total per row, then a total row. Returns the last row written. With `byMonth`
 * (the chart data), rows are months and columns CapEx/OpEx instead.
 */
function writeBlock(
  ws: Worksheet,
  tables: StreamingTables,
  budget: BudgetLayout,
  format: string,
  headerRow: number,
  spans: number[][],
  spanHeaders: string[],
  block: Block,
  byMonth?: string[],
): number {
  const f = budget.formulas;
  const data = f.data;
  const lastSpan = colLetter(2 + spanHeaders.length);
  const headers = [block.keys[0]!, block.keys[1]!, ...spanHeaders, byMonth ? 'Total' : 'FY total'];
  const header = ws.getRow(headerRow);
  headers.forEach((h, i) => (header.getCell(i + 1).value = h));
  header.font = { bold: true };
  header.commit();
  let r = headerRow;
  const put = (cellRow: ReturnType<Worksheet['getRow']>, c: number, formula: string, value: string) => {
    const cell = cellRow.getCell(c);
    cell.value = { formula, result: cellNumber(value) };
    cell.numFmt = format;
  };
  const groups = byMonth
    ? byMonth.map((label, m) => ({ label, m }))
    : block.rows.map((g) => ({ label: g.keys[0]!, g }));
  for (const item of groups) {
    const x = ws.getRow(++r);
    x.getCell(1).value = textCell(item.label);
    if ('g' in item) {
      if (item.g.keys[1]) x.getCell(2).value = textCell(item.g.keys[1]);
      else {
        // Towers: a live count of the budget lines in the tower.
        const range = `${sheetRef(BUDGET_SHEET)}!${absRange(item.g.criteria.col, f.first, f.last)}`;
        const count = data.lines.filter((_, i) => item.g.match(i)).length;
        x.getCell(2).value = { formula: `COUNTIFS(${range},$A${r})`, result: count };
      }
      const criteria = [{ col: item.g.criteria.col, ref: `$A${r}` }];
      spans.forEach((s, k) => put(x, 3 + k, f.groupSum(s, criteria, true), f.groupValue(s, item.g.match)));
      put(x, 3 + spans.length, `SUM(C${r}:${lastSpan}${r})`, f.groupValue(spans.flat(), item.g.match));
    } else {
      x.getCell(2).value = `Q${Math.floor(item.m / 3) + 1}`;
      const col = budget.cols.expenseType;
      (['CapEx', 'OpEx'] as const).forEach((t, k) => {
        const criteria = [{ col, ref: `${colLetter(3 + k)}$${headerRow}` }];
        put(
          x,
          3 + k,
          f.groupSum([item.m], criteria, true),
          f.groupValue([item.m], (i) => data.lines[i]!.expenseType === t),
        );
      });
      put(
        x,
        5,
        `SUM(C${r}:D${r})`,
        f.groupValue([item.m], () => true),
      );
    }
    x.commit();
  }
  const last = Math.max(r, headerRow + 1);
  tables.add(ws, { name: block.table, headerRow, lastRow: last, firstCol: 1, headers });
  const total = ws.getRow(last + 1);
  total.getCell(1).value = 'Total';
  const all = byMonth ? [spans.flat()] : [...spans, spans.flat()];
  for (let k = 0; k < headers.length - 2; k++) {
    const c = colLetter(3 + k);
    const value = byMonth
      ? f.groupValue(spans.flat(), (i) => k === 2 || data.lines[i]!.expenseType === (k === 0 ? 'CapEx' : 'OpEx'))
      : f.groupValue(all[k]!, () => true);
    put(total, 3 + k, `SUBTOTAL(109,${c}${headerRow + 1}:${c}${last})`, value);
  }
  total.font = { bold: true };
  total.border = { top: { style: 'thin' } };
  total.commit();
  return last + 1;
}
