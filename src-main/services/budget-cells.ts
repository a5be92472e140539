import { fiscalYearMonths, type MonthKey } from '../../src-shared/calendar/fiscal';
import type { ChannelArgs } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { D, growFromPrevious, spreadByProfile, spreadEven, type Money } from '../../src-shared/money';
import type { TrackedTx } from './command';

/**
 * Set one month of one line inside a command: zero removes the row (no rows for zero),
 * an unchanged amount records nothing. Returns true when something changed.
 */
export function writeAmount(tx: TrackedTx, lineId: string, month: MonthKey, amount: Money): boolean {
  const key = { line_id: lineId, month };
  const before = tx.get('budget_amounts', key);
  if (amount === '0') return tx.delete('budget_amounts', key) !== undefined;
  if (!before) {
    tx.insert('budget_amounts', { line_id: lineId, month, amount });
    return true;
  }
  if (before.amount === amount) return false;
  tx.update('budget_amounts', key, { amount });
  return true;
}

/** Cells with the same line and month collapse to the last one, as a paste would leave them. */
export function lastCellWins<T extends { lineId: string; month: string }>(cells: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const c of cells) byKey.set(`${c.lineId}\u0000${c.month}`, c);
  return [...byKey.values()];
}

type Spread = ChannelArgs<'budget/spread-line'>['spread'];

/**
 * The 12 month amounts of a spread; they add up exactly to the annual amount
 * (for previous-year: to last year's total grown by growthPct, rounded to the minor unit).
 * `previous` are last fiscal year's 12 amounts of the line.
 */
export function spreadAmounts(spread: Spread, minorUnits: number, previous: () => Money[]): Money[] {
  switch (spread.method) {
    case 'even':
      return spreadEven(spread.annual, 12, minorUnits);
    case 'profile': {
      const w = spread.weights.map((x) => new D(x));
      if (w.some((x) => x.isNegative()) || w.every((x) => x.isZero())) {
        throw new AppError('validation', 'spread.weights: seasonal weights must not be negative and not all zero.', {
          field: 'spread.weights',
        });
      }
      return spreadByProfile(spread.annual, spread.weights, minorUnits);
    }
    case 'previous-year':
      return growFromPrevious(previous(), spread.growthPct, minorUnits);
  }
}

export function spreadLabel(spread: Spread): string {
  switch (spread.method) {
    case 'even':
      return `Spread ${spread.annual} evenly`;
    case 'profile':
      return `Spread ${spread.annual} by seasonal profile`;
    case 'previous-year':
      return `Copy previous year ${new D(spread.growthPct).isNegative() ? '' : '+'}${String(spread.growthPct)}%`;
  }
}

/** Months of the fiscal year before `fy`. */
export const previousYearMonths = (fy: number, fyStartMonth: number) => fiscalYearMonths(fy - 1, fyStartMonth);
