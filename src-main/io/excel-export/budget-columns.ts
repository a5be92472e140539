/**
 * The budget table's columns and the formulas over them: row totals, the per-line conversion
 * into the base currency, and base-currency sums of any group of rows. Every formula is paired
 * with its value, computed exactly the same way (per line and month, rounded half away from
 * zero to the base currency's minor units), so cached values equal a recalculation.
 */
import { D, type Dec, type Money } from '../../../src-shared/money';
import { ExactSum, exactSum } from '../../repo/exact-sum';
import { BUDGET_HEADERS, BUDGET_SHEET, monthHeader } from '../excel/layout';
import type { BudgetExport } from './export-model';
import { absRange, colLetter, convertLikeExcel, sheetRef } from './formats';
import type { FxLayout } from './fx-sheet';

/** Row numbers of the budget sheet. */
export const BUDGET_HEADER_ROW = 8;
export const BUDGET_FIRST_ROW = BUDGET_HEADER_ROW + 1;

/** The header text of the per-line conversion column. */
export const baseTotalHeader = (base: string) => `${BUDGET_HEADERS.total} (${base})`;

/** Column numbers of the budget table. */
export interface BudgetColumns {
  costCenter: number;
  service: number;
  tower: number;
  account: number;
  vendor: number;
  description: number;
  expenseType: number;
  currency: number;
  firstMonth: number;
  total: number;
  baseTotal: number;
  lineId: number;
  headers: string[];
}

/** The column layout for an export's months. */
export function budgetColumns(data: BudgetExport): BudgetColumns {
  const n = data.months.length;
  const firstMonth = 9;
  const c = {
    costCenter: 1,
    service: 2,
    tower: 3,
    account: 4,
    vendor: 5,
    description: 6,
    expenseType: 7,
    currency: 8,
    firstMonth,
    total: firstMonth + n,
    baseTotal: firstMonth + n + 1,
    lineId: firstMonth + n + 2,
  };
  const headers = [
    BUDGET_HEADERS.costCenter,
    BUDGET_HEADERS.service,
    BUDGET_HEADERS.tower,
    BUDGET_HEADERS.account,
    BUDGET_HEADERS.vendor,
    BUDGET_HEADERS.description,
    BUDGET_HEADERS.expenseType,
    BUDGET_HEADERS.currency,
    ...data.months.map(monthHeader),
    BUDGET_HEADERS.total,
    baseTotalHeader(data.baseCurrency),
    BUDGET_HEADERS.lineId,
  ];
  return { ...c, headers };
}

/** A group of table rows for a base-currency sum: rows whose `col` equals the cell `ref`. */
export interface Criterion {
  col: number;
  ref: string;
}

/** How the value of a group sum picks its lines: all of them, or by a field of the line. */
export type GroupBy = 'all' | 'expenseType' | 'costCenter' | 'tower';

/** Builds formulas over the table rows `first..last` and computes their values. */
export class BudgetFormulas {
  private readonly baseUnits: number;
  /** Per line and month: the amount in the base currency (converted with the cell rates). */
  readonly lineBase: Money[][];
  /** Per line: the sum of `lineBase`. */
  readonly lineBaseTotal: Money[];
  private readonly sums = new Map<GroupBy, Map<string, Money[]>>();

  constructor(
    readonly data: BudgetExport,
    readonly cols: BudgetColumns,
    readonly fx: FxLayout,
    readonly first: number,
    readonly last: number,
  ) {
    this.baseUnits = data.minorUnits.get(data.baseCurrency) ?? 2;
    this.lineBase = data.lines.map((l) =>
      l.currency === data.baseCurrency
        ? l.amounts
        : l.amounts.map((a, i) => convertLikeExcel(a, this.rate(l.currency, i), this.baseUnits)),
    );
    this.lineBaseTotal = this.lineBase.map((amounts) => exactSum(amounts));
  }

  private rate(currency: string, month: number): Dec {
    // A missing rate only occurs in months where the currency's amounts are all zero.
    return this.data.rates.get(currency)?.[month] ?? new D(0);
  }

  private range(col: number, external = false): string {
    const range = absRange(col, this.first, this.last);
    return external ? `${sheetRef(BUDGET_SHEET)}!${range}` : range;
  }

  /** `=SUM(H9:S9)`: the row's FY total in the line currency. */
  rowTotal(row: number): string {
    const { firstMonth, total } = this.cols;
    return `SUM(${colLetter(firstMonth)}${row}:${colLetter(total - 1)}${row})`;
  }

  /** The row's months converted at each month's rate of its currency (looked up on the FX sheet). */
  rowBaseTotal(row: number): string {
    const { firstMonth, total, currency } = this.cols;
    const months = `${colLetter(firstMonth)}${row}:${colLetter(total - 1)}${row}`;
    const rates = `INDEX(${this.fx.rates},MATCH(${colLetter(currency)}${row},${this.fx.codes},0),0)`;
    return `SUMPRODUCT(ROUND(${months}*${rates},${this.baseUnits}))`;
  }

  /**
   * The base-currency sum of the month columns `months` over the rows matching `criteria`:
   * base-currency rows by SUMIFS, each other currency by SUMPRODUCT of its rows' amounts
   * converted and rounded per row, as the per-line conversion does. `external`: the formula
   * is on another sheet, so the ranges name the budget sheet.
   */
  groupSum(months: readonly number[], criteria: readonly Criterion[], external = false): string {
    const base = this.data.baseCurrency;
    const cur = this.range(this.cols.currency, external);
    const terms: string[] = [];
    for (const m of months) {
      const col = this.range(this.cols.firstMonth + m, external);
      const crit = criteria.map((c) => `,${this.range(c.col, external)},${c.ref}`).join('');
      terms.push(`SUMIFS(${col},${cur},"${base}"${crit})`);
      for (const c of this.fx.currencies) {
        if (c === base) continue;
        const tests = criteria.map((k) => `(${this.range(k.col, external)}=${k.ref})*`).join('');
        terms.push(`SUMPRODUCT(${tests}(${cur}="${c}")*ROUND(${col}*${this.fx.cell(c, m)},${this.baseUnits}))`);
      }
    }
    return terms.join('+');
  }

  /** Base-currency sums per month of the lines grouped by `by`, computed once per grouping. */
  private sumsBy(by: GroupBy): Map<string, Money[]> {
    const hit = this.sums.get(by);
    if (hit) return hit;
    const acc = new Map<string, ExactSum[]>();
    const n = this.data.months.length;
    this.data.lines.forEach((line, i) => {
      const key = by === 'all' ? '' : line[by];
      let row = acc.get(key);
      if (!row) acc.set(key, (row = Array.from({ length: n }, () => new ExactSum())));
      this.lineBase[i]!.forEach((a, m) => row[m]!.add(a));
    });
    const out = new Map([...acc].map(([k, row]) => [k, row.map((x) => x.value())]));
    this.sums.set(by, out);
    return out;
  }

  /** The value of `groupSum` over `months` for the lines whose `by` field is `key`. */
  groupValue(months: readonly number[], by: GroupBy, key = ''): Money {
    const row = this.sumsBy(by).get(key);
    return row ? exactSum(months.map((m) => row[m]!)) : '0';
  }
}
