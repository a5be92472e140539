import { sumColumns } from '../../../src-shared/budget';
import { addMoney, subMoney, type Money } from '../../../src-shared/money';
import type { LineRow } from './budget-rows';

/** Figures per row: 12 months then the year total. */
export const TOTALS_WIDTH = 13;

/** The totals a change moved, so only their cells are repainted. */
export interface TotalsTouched {
  costCenters: Set<string>;
  currencies: Set<string>;
  /** Indexes into the 13 figures (12 = year total). */
  columns: Set<number>;
}

export const noneTouched = (): TotalsTouched => ({ costCenters: new Set(), currencies: new Set(), columns: new Set() });

/**
 * Subtotals per cost center and grand totals per currency of the lines left after
 * filtering. Amounts in different currencies are never added (there are no FX rates
 * yet): a subtotal adds its base-currency lines and counts the others; each currency
 * has its own grand total. Built in full after a filter, sort or structural change;
 * an edit of amounts then moves the sums by new − old (exact decimal arithmetic).
 */
export class GroupTotals {
  readonly groups = new Map<string, Money[]>();
  readonly foreign = new Map<string, number>();
  readonly grand = new Map<string, Money[]>();
  private readonly counted = new Set<string>();

  private constructor(readonly baseCurrency: string) {}

  static empty(baseCurrency: string): GroupTotals {
    return new GroupTotals(baseCurrency);
  }

  /** Sum the lines of each cost center group (as left after filtering) and per currency. */
  static of(groups: Iterable<readonly [string, readonly LineRow[]]>, baseCurrency: string): GroupTotals {
    const t = new GroupTotals(baseCurrency);
    const byCurrency = new Map<string, Money[][]>();
    for (const [cc, members] of groups) {
      const base: Money[][] = [];
      let foreign = 0;
      for (const row of members) {
        t.counted.add(row.id);
        const cur = row.line.currency;
        let list = byCurrency.get(cur);
        if (!list) byCurrency.set(cur, (list = []));
        list.push(row.values);
        if (cur === baseCurrency) base.push(row.values);
        else foreign++;
      }
      t.groups.set(cc, sumColumns(base, TOTALS_WIDTH));
      if (foreign) t.foreign.set(cc, foreign);
    }
    for (const [cur, rows] of byCurrency) t.grand.set(cur, sumColumns(rows, TOTALS_WIDTH));
    return t;
  }

  /** Whether a line is in the sums (it passed the filters when they were last built). */
  counts(lineId: string): boolean {
    return this.counted.has(lineId);
  }

  /**
   * Move the sums from a line's old amounts to its new ones. The line must keep its
   * cost center and currency (see onlyAmountsDiffer); a line outside the sums is ignored.
   */
  replace(old: LineRow, next: LineRow, touched: TotalsTouched): void {
    if (!this.counted.has(old.id)) return;
    const cur = old.line.currency;
    const sub = cur === this.baseCurrency ? this.groups.get(old.costCenterId) : undefined;
    const grand = this.grand.get(cur);
    for (let i = 0; i < TOTALS_WIDTH; i++) {
      const a = old.values[i] ?? '0';
      const b = next.values[i] ?? '0';
      if (a === b) continue;
      touched.columns.add(i);
      if (sub) {
        sub[i] = addMoney(subMoney(sub[i] ?? '0', a), b);
        touched.costCenters.add(old.costCenterId);
      }
      if (grand) {
        grand[i] = addMoney(subMoney(grand[i] ?? '0', a), b);
        touched.currencies.add(cur);
      }
    }
  }
}
