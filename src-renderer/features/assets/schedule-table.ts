import { addMoney, compareMoney, subMoney, sumMoney, type Money } from '../../../src-shared/money';
import type { AssetSchedule, AssetScheduleRow } from '../../../src-shared/model';

/** One line of the schedule table: a fiscal period, or the subtotal closing a fiscal year. */
export type ScheduleLine =
  | { kind: 'period'; row: AssetScheduleRow }
  | {
      kind: 'year';
      fiscalYear: number;
      periods: number;
      expense: Money;
      writeOff: Money;
      /** Accumulated depreciation and net book value at the year's last scheduled period. */
      accumulated: Money;
      netBookValue: Money;
    };

/** The schedule's periods with a subtotal after each fiscal year (exact sums). */
export function scheduleLines(rows: readonly AssetScheduleRow[]): ScheduleLine[] {
  const out: ScheduleLine[] = [];
  let year: AssetScheduleRow[] = [];
  const close = () => {
    const last = year[year.length - 1];
    if (!last) return;
    out.push({
      kind: 'year',
      fiscalYear: last.fiscalYear,
      periods: year.length,
      expense: sumMoney(year.map((r) => r.expense)),
      writeOff: sumMoney(year.map((r) => r.writeOff)),
      accumulated: last.accumulated,
      netBookValue: last.netBookValue,
    });
    year = [];
  };
  for (const row of rows) {
    if (year.length > 0 && year[0]!.fiscalYear !== row.fiscalYear) close();
    year.push(row);
    out.push({ kind: 'period', row });
  }
  close();
  return out;
}

/**
 * The reconciliation under the schedule: Σ expense + Σ write-offs over the periods must
 * equal the cost less what is left on the books at the end (the salvage when fully
 * depreciated, nothing once disposed), and for an asset without write-offs or a revised
 * salvage that is its depreciable base, cost − salvage. `ok` when every figure agrees,
 * including the schedule's own totals.
 */
export interface ScheduleCheck {
  expense: Money;
  writeOff: Money;
  total: Money;
  cost: Money;
  endNbv: Money;
  /** cost − end NBV. */
  consumed: Money;
  /** True when the end NBV is the salvage, so the total is the depreciable base (cost − salvage). */
  endsAtSalvage: boolean;
  ok: boolean;
}

export function scheduleCheck(s: AssetSchedule): ScheduleCheck {
  const expense = sumMoney(s.rows.map((r) => r.expense));
  const writeOff = sumMoney(s.rows.map((r) => r.writeOff));
  const total = addMoney(expense, writeOff);
  const endNbv = s.rows[s.rows.length - 1]?.netBookValue ?? s.cost;
  const consumed = subMoney(s.cost, endNbv);
  const endsAtSalvage = compareMoney(endNbv, s.salvage) === 0;
  const ok =
    compareMoney(total, consumed) === 0 &&
    compareMoney(expense, s.totalExpense) === 0 &&
    compareMoney(writeOff, s.totalWriteOff) === 0 &&
    (!endsAtSalvage || compareMoney(total, s.depreciableBase) === 0);
  return { expense, writeOff, total, cost: s.cost, endNbv, consumed, endsAtSalvage, ok };
}

/** The row of fiscal year `fy`'s last scheduled period, for "NBV at year end"; null outside the schedule. */
export function yearEndRow(rows: readonly AssetScheduleRow[], fy: number): AssetScheduleRow | null {
  let found: AssetScheduleRow | null = null;
  for (const r of rows) if (r.fiscalYear === fy) found = r;
  return found;
}
