/**
 * The Assets sheet: the fixed-asset register with each asset's depreciation position in the
 * fiscal year (expense, write-off, accumulated depreciation and net book value at the year's
 * end, from its schedule), as a table; then live totals per currency (SUMIFS over the table).
 */
import type { stream } from 'exceljs';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { Money } from '../../../src-shared/money';
import { exactSum } from '../../repo/exact-sum';
import type { BudgetExport } from './export-model';
import { absRange, cellNumber, moneyFormat, plain, styleOf } from './formats';
import { textCell } from './formula-text';
import type { StreamingTables } from './xlsx-table';

export const ASSETS_SHEET = 'Assets';
const HEADER_ROW = 4;

/** One asset of the register with its position in the fiscal year; Money in the asset's currency. */
export interface ExportAsset {
  code: string;
  name: string;
  assetClass: string;
  expenseType: string;
  costCenter: string;
  currency: string;
  cost: Money;
  salvage: Money;
  inServiceDate: string;
  usefulLifeMonths: number;
  method: string;
  status: string;
  expenseInYear: Money;
  writeOffInYear: Money;
  /** Empty while the asset is planned (not in service by the year's end). */
  accumulated: Money | null;
  netBookValue: Money | null;
}

const TEXT = ['Code', 'Name', 'Class', 'CapEx/OpEx', 'Cost center', 'Currency'] as const;
const MONEY = ['Cost', 'Salvage'] as const;
const INFO = ['In service', 'Life (months)', 'Method', 'Status'] as const;
const POSITION = ['Expense in FY', 'Write-off in FY', 'Accumulated at FY end', 'NBV at FY end'] as const;
const HEADERS = [...TEXT, ...MONEY, ...INFO, ...POSITION];
const CURRENCY_COL = TEXT.indexOf('Currency') + 1;
/** Columns with amounts (1-based), for the totals. */
const AMOUNT_COLS = [7, 8, 13, 14, 15, 16];

/** Write the Assets sheet. */
export function writeAssetsSheet(
  wb: stream.xlsx.WorkbookWriter,
  tables: StreamingTables,
  data: BudgetExport,
  assets: readonly ExportAsset[],
): void {
  const ws = wb.addWorksheet(ASSETS_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }] });
  [14, 30, 16, 11, 12, 9, 16, 14, 12, 8, 16, 16, 16, 16, 18, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const title = ws.getRow(1);
  title.getCell(1).value = `Assets: register and depreciation, ${fiscalYearLabel(data.fiscalYear)}`;
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  const note = ws.getRow(2);
  note.getCell(1).value =
    "Amounts in each asset's currency, from its depreciation schedule in the workbook's fiscal calendar; totals per currency below.";
  note.commit();
  const header = ws.getRow(HEADER_ROW);
  HEADERS.forEach((h, i) => (header.getCell(i + 1).value = h));
  header.font = { bold: true };
  header.commit();
  const styles = new Map<string, ReturnType<typeof styleOf>>();
  const styleFor = (c: string, total = false) => {
    const key = `${c}|${total}`;
    let st = styles.get(key);
    if (!st) styles.set(key, (st = styleOf(moneyFormat(c, data.minorUnits.get(c) ?? 2), total ? 'total' : 'none')));
    return st;
  };

  assets.forEach((a, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    [a.code, a.name, a.assetClass, a.expenseType, a.costCenter, a.currency].forEach((t, k) =>
      plain(row.getCell(1 + k), textCell(t)),
    );
    const amounts: (Money | null)[] = [a.cost, a.salvage];
    const position: (Money | null)[] = [a.expenseInYear, a.writeOffInYear, a.accumulated, a.netBookValue];
    const put = (col: number, m: Money | null) => {
      if (m === null) return;
      const cell = row.getCell(col);
      cell.value = cellNumber(m);
      cell.style = styleFor(a.currency);
    };
    amounts.forEach((m, k) => put(7 + k, m));
    plain(row.getCell(9), a.inServiceDate);
    row.getCell(10).value = a.usefulLifeMonths;
    plain(row.getCell(11), a.method);
    plain(row.getCell(12), a.status);
    position.forEach((m, k) => put(13 + k, m));
    row.commit();
  });
  const last = HEADER_ROW + Math.max(assets.length, 1);
  tables.add(ws, { name: 'AssetRegister', headerRow: HEADER_ROW, lastRow: last, firstCol: 1, headers: HEADERS });

  const block = last + 3;
  const caption = ws.getRow(block);
  caption.getCell(1).value = 'Total by currency';
  caption.getCell(1).font = { bold: true };
  AMOUNT_COLS.forEach((c) => (caption.getCell(c).value = HEADERS[c - 1]!));
  caption.font = { bold: true };
  caption.commit();
  const currencies = [...new Set(assets.map((a) => a.currency))].sort();
  const fields: ((a: ExportAsset) => Money | null)[] = [
    (a) => a.cost,
    (a) => a.salvage,
    (a) => a.expenseInYear,
    (a) => a.writeOffInYear,
    (a) => a.accumulated,
    (a) => a.netBookValue,
  ];
  currencies.forEach((c, i) => {
    const r = block + 1 + i;
    const row = ws.getRow(r);
    plain(row.getCell(1), c);
    const mine = assets.filter((a) => a.currency === c);
    AMOUNT_COLS.forEach((col, k) => {
      const cell = row.getCell(col);
      const value = exactSum(mine.map(fields[k]!).filter((m): m is Money => m !== null));
      const sumRange = absRange(col, HEADER_ROW + 1, last);
      cell.value = {
        formula: `SUMIFS(${sumRange},${absRange(CURRENCY_COL, HEADER_ROW + 1, last)},$A${r})`,
        result: cellNumber(value),
      };
      cell.style = styleFor(c, true);
    });
    row.commit();
  });
  ws.commit();
}
