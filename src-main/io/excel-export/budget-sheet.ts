/**
 * The Budget sheet, laid out per ../excel/layout.ts: title and parameters, the BudgetLines
 * table (one row per line, live row totals and base-currency conversion), then the subtotal
 * block (CapEx/OpEx, cost centers, grand total) as SUMIFS/SUMPRODUCT formulas over the
 * table's columns, which stay right when finance sorts or filters the table.
 */
import type { stream, Worksheet } from 'exceljs';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { exactSum } from '../../repo/exact-sum';
import { BUDGET_SHEET, BUDGET_TABLE, SUBTOTAL_GAP, SUBTOTAL_MARKER } from '../excel/layout';
import {
  BUDGET_FIRST_ROW,
  BUDGET_HEADER_ROW,
  BudgetFormulas,
  budgetColumns,
  type BudgetColumns,
  type GroupBy,
} from './budget-columns';
import type { BudgetExport, WriteProgress } from './export-model';
import { cellNumber, colLetter, moneyFormat, plain, sheetRef, styleOf } from './formats';
import { textCell } from './formula-text';
import { defineName } from './xlsx-names';
import type { FxLayout } from './fx-sheet';
import type { StreamingTables } from './xlsx-table';

/** What other sheets need from the budget sheet. */
export interface BudgetLayout {
  cols: BudgetColumns;
  formulas: BudgetFormulas;
  /** Absolute reference of the grand total (base currency). */
  grandTotal: string;
}

const MAX_WIDTH = 48;

/** Write the Budget sheet, reporting each line through `progress`. */
export async function writeBudgetSheet(
  wb: stream.xlsx.WorkbookWriter,
  tables: StreamingTables,
  data: BudgetExport,
  fx: FxLayout,
  progress: WriteProgress,
): Promise<BudgetLayout> {
  const cols = budgetColumns(data);
  const ws = wb.addWorksheet(BUDGET_SHEET, {
    views: [{ state: 'frozen', xSplit: cols.vendor, ySplit: BUDGET_HEADER_ROW }],
  });
  const base = data.baseCurrency;
  const baseUnits = data.minorUnits.get(base) ?? 2;
  const baseFormat = moneyFormat(base, baseUnits);
  const baseStyle = styleOf(baseFormat);
  const last = BUDGET_FIRST_ROW + Math.max(data.lines.length, 1) - 1;
  const formulas = new BudgetFormulas(data, cols, fx, BUDGET_FIRST_ROW, last);
  setWidths(ws, data, cols);
  writeTitle(ws, data);

  const header = ws.getRow(BUDGET_HEADER_ROW);
  cols.headers.forEach((h, i) => (header.getCell(i + 1).value = h));
  header.font = { bold: true };
  header.commit();

  for (let i = 0; i < data.lines.length; i++) {
    const line = data.lines[i]!;
    const r = BUDGET_FIRST_ROW + i;
    const row = ws.getRow(r);
    const text = [
      line.costCenter,
      line.service,
      line.tower,
      line.account,
      line.vendor,
      line.description,
      line.expenseType,
    ];
    text.forEach((t, k) => plain(row.getCell(k + 1), textCell(t)));
    plain(row.getCell(cols.currency), line.currency);
    const style = styleOf(moneyFormat(line.currency, data.minorUnits.get(line.currency) ?? 2));
    line.amounts.forEach((a, m) => {
      const cell = row.getCell(cols.firstMonth + m);
      cell.value = cellNumber(a);
      cell.style = style;
    });
    const total = row.getCell(cols.total);
    total.value = { formula: formulas.rowTotal(r), result: cellNumber(exactSum(line.amounts)) };
    total.style = style;
    const baseTotal = row.getCell(cols.baseTotal);
    baseTotal.value = { formula: formulas.rowBaseTotal(r), result: cellNumber(formulas.lineBaseTotal[i]!) };
    baseTotal.style = baseStyle;
    plain(row.getCell(cols.lineId), line.id);
    row.commit();
    await progress.tick(1);
  }
  tables.add(ws, {
    name: BUDGET_TABLE,
    headerRow: BUDGET_HEADER_ROW,
    lastRow: last,
    firstCol: 1,
    headers: cols.headers,
  });

  const grandTotal = writeSubtotals(ws, data, formulas, last + SUBTOTAL_GAP, baseFormat);
  ws.commit();
  const sheet = sheetRef(BUDGET_SHEET);
  defineName(wb, 'Budget_Lines', `${sheet}!$A$${BUDGET_FIRST_ROW}:$${colLetter(cols.lineId)}$${last}`);
  defineName(wb, 'Budget_Header', `${sheet}!$A$${BUDGET_HEADER_ROW}:$${colLetter(cols.lineId)}$${BUDGET_HEADER_ROW}`);
  defineName(wb, 'Budget_Total', `${sheet}!${grandTotal}`);
  return { cols, formulas, grandTotal: `${sheet}!${grandTotal}` };
}

function writeTitle(ws: Worksheet, data: BudgetExport): void {
  const title = ws.getRow(1);
  title.getCell(1).value = textCell(`Budget: ${data.scenarioName}, ${fiscalYearLabel(data.fiscalYear)}`);
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  const params: [string, string][] = [
    ['Workbook', data.workbookName],
    ['Scenario', data.scenarioName],
    ['Fiscal year', `${fiscalYearLabel(data.fiscalYear)} (${data.months[0]} to ${data.months.at(-1)})`],
    [
      'Currency',
      `Amounts in each line's currency; "${baseTotalLabel(data)}" and the subtotals in ${data.baseCurrency} at the month's budget rate (sheet FX rates)`,
    ],
    ['Exported', `${data.exportedAt} by ${data.exportedBy} (journal position ${data.journalSeq})`],
  ];
  params.forEach(([k, v], i) => {
    const row = ws.getRow(2 + i);
    row.getCell(1).value = k;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = textCell(v);
    row.commit();
  });
}

const baseTotalLabel = (data: BudgetExport) => `FY total (${data.baseCurrency})`;

function setWidths(ws: Worksheet, data: BudgetExport, cols: BudgetColumns): void {
  const longest = (pick: (l: BudgetExport['lines'][number]) => string, header: string) =>
    Math.min(MAX_WIDTH, Math.max(header.length, ...data.lines.slice(0, 5000).map((l) => pick(l).length)) + 2);
  ws.getColumn(cols.costCenter).width = longest((l) => l.costCenter, 'Cost center');
  ws.getColumn(cols.service).width = longest((l) => l.service, 'Service');
  ws.getColumn(cols.tower).width = longest((l) => l.tower, 'Tower');
  ws.getColumn(cols.account).width = longest((l) => l.account, 'Account');
  ws.getColumn(cols.vendor).width = longest((l) => l.vendor, 'Vendor');
  ws.getColumn(cols.description).width = longest((l) => l.description, 'Description');
  ws.getColumn(cols.expenseType).width = 12;
  ws.getColumn(cols.currency).width = 10;
  for (let c = cols.firstMonth; c < cols.total; c++) ws.getColumn(c).width = 15;
  ws.getColumn(cols.total).width = 17;
  ws.getColumn(cols.baseTotal).width = 19;
  ws.getColumn(cols.lineId).width = 38;
}

/**
 * The subtotal block under the table: the marker row, CapEx and OpEx, each cost center
 * (with its name), then the grand total; months and the FY total in the base currency.
 * Returns the grand total's address.
 */
function writeSubtotals(
  ws: Worksheet,
  data: BudgetExport,
  f: BudgetFormulas,
  markerRow: number,
  format: string,
): string {
  const { cols } = f;
  const months = data.months.map((_, i) => i);
  const marker = ws.getRow(markerRow);
  marker.getCell(1).value = SUBTOTAL_MARKER;
  marker.getCell(2).value = `in ${data.baseCurrency}`;
  marker.font = { bold: true };
  marker.commit();

  const groups: { kind: string; key: string; name: string; col: number | null; by: GroupBy }[] = [
    ...(['CapEx', 'OpEx'] as const).map((t) => ({
      kind: 'CapEx/OpEx',
      key: t,
      name: '',
      col: cols.expenseType,
      by: 'expenseType' as const,
    })),
    ...[...new Set(data.lines.map((l) => l.costCenter))].sort().map((cc) => ({
      kind: 'Cost center',
      key: cc,
      name: data.costCenterNames.get(cc) ?? '',
      col: cols.costCenter,
      by: 'costCenter' as const,
    })),
    { kind: 'Grand total', key: '', name: '', col: null, by: 'all' as const },
  ];
  let r = markerRow;
  for (const g of groups) {
    r++;
    const row = ws.getRow(r);
    row.getCell(1).value = g.kind;
    if (g.key) row.getCell(2).value = textCell(g.key);
    if (g.name) row.getCell(cols.description).value = textCell(g.name);
    const criteria = g.col === null ? [] : [{ col: g.col, ref: `$B${r}` }];
    const style = styleOf(format, g.col === null ? 'total' : 'none');
    for (const m of months) {
      const cell = row.getCell(cols.firstMonth + m);
      cell.value = { formula: f.groupSum([m], criteria), result: cellNumber(f.groupValue([m], g.by, g.key)) };
      cell.style = style;
    }
    const fy = row.getCell(cols.baseTotal);
    const span = `${colLetter(cols.firstMonth)}${r}:${colLetter(cols.total - 1)}${r}`;
    fy.value = { formula: `SUM(${span})`, result: cellNumber(f.groupValue(months, g.by, g.key)) };
    fy.style = style;
    if (g.col === null) row.getCell(1).font = { bold: true };
    row.commit();
  }
  return `$${colLetter(cols.baseTotal)}$${r}`;
}
