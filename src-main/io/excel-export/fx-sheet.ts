/** The FX rates sheet: one row per currency of the export, one budget rate per month, live inputs. */
import type { stream } from 'exceljs';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { monthHeader } from '../excel/layout';
import type { BudgetExport } from './export-model';
import { colLetter, RATE_FORMAT, sheetRef } from './formats';
import { defineName } from './xlsx-names';

export const FX_SHEET = 'FX rates';
const HEADER_ROW = 4;

/** Where the rates are, for the formulas of the other sheets. */
export interface FxLayout {
  /** Currencies in row order: the base currency first (rate 1), then the others. */
  currencies: string[];
  /** `'FX rates'!$A$5:$A$7`: the currency codes. */
  codes: string;
  /** `'FX rates'!$B$5:$M$7`: the rates, one column per exported month. */
  rates: string;
  /** The absolute reference of one rate cell. */
  cell(currency: string, monthIndex: number): string;
}

/** Where the FX sheet puts its rates: the base currency first, then the lines' other currencies. */
export function fxLayout(data: BudgetExport): FxLayout {
  const base = data.baseCurrency;
  const currencies = [base, ...[...data.rates.keys()].filter((c) => c !== base).sort()];
  const sheet = sheetRef(FX_SHEET);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + currencies.length;
  const lastCol = colLetter(data.months.length + 1);
  return {
    currencies,
    codes: `${sheet}!$A$${first}:$A$${last}`,
    rates: `${sheet}!$B$${first}:$${lastCol}$${last}`,
    cell: (currency, i) => `${sheet}!$${colLetter(i + 2)}$${first + currencies.indexOf(currency)}`,
  };
}

/** Write the FX rates sheet laid out as `fx` says, naming its rate block FX_Rates. */
export function writeFxSheet(wb: stream.xlsx.WorkbookWriter, data: BudgetExport, fx: FxLayout): void {
  const ws = wb.addWorksheet(FX_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
  const base = data.baseCurrency;
  const { currencies } = fx;
  const n = data.months.length;
  ws.getColumn(1).width = 12;
  for (let i = 0; i < n; i++) ws.getColumn(i + 2).width = 13;

  const title = ws.getRow(1);
  title.getCell(1).value = `FX rates: budget rates into ${base}, ${fiscalYearLabel(data.fiscalYear)}`;
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();
  const note = ws.getRow(2);
  note.getCell(1).value =
    `Units of ${base} per unit of each currency at the month's budget rate. ` +
    'The budget and summary conversions use these cells: change a rate and they follow. ' +
    'A blank cell: Outlay has no rate for that month (no line in that currency has an amount then).';
  note.commit();

  const header = ws.getRow(HEADER_ROW);
  header.getCell(1).value = 'Currency';
  data.months.forEach((m, i) => (header.getCell(i + 2).value = monthHeader(m)));
  header.font = { bold: true };
  header.commit();

  currencies.forEach((c, r) => {
    const row = ws.getRow(HEADER_ROW + 1 + r);
    row.getCell(1).value = c;
    const rates = data.rates.get(c);
    for (let i = 0; i < n; i++) {
      const rate = c === base ? 1 : rates?.[i];
      if (!rate) continue;
      const cell = row.getCell(i + 2);
      cell.value = typeof rate === 'number' ? rate : Number(rate.toFixed());
      cell.numFmt = RATE_FORMAT;
    }
    row.commit();
  });
  ws.commit();
  defineName(wb, 'FX_Rates', fx.rates);
}
