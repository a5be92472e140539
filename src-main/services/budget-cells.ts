import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import type { ChannelArgs } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { D, growFromPrevious, spreadByProfile, spreadEven, type Money } from '../../src-shared/money';
import { BUDGET_AMOUNT_COLUMNS, type AmountTuple } from '../repo/budget-repo';
import type { TrackedTx } from './command';

const cellKey = (lineId: string, month: string) => `${lineId}\u0000${month}`;

/**
 * Set (line, month) amounts inside a command in one pass: zero removes the row (no rows
 * for zero), an unchanged amount records nothing, the rest are bulk updates and inserts.
 * `existing` are the current amount rows of the cells' lines, read in this transaction
 * (one read for all cells; the rows are then changed from those images without another
 * read). Cells must be distinct (see lastCellWins). Returns how many amounts changed.
 */
export function writeAmounts(
  tx: TrackedTx,
  existing: readonly AmountTuple[],
  cells: readonly { lineId: string; month: string; amount: Money }[],
): number {
  const have = new Map(existing.map(([lineId, month, amount]) => [cellKey(lineId, month), amount]));
  const deletes: string[][] = [];
  const from: string[][] = [];
  const to: string[][] = [];
  const inserts: string[][] = [];
  for (const c of cells) {
    const was = have.get(cellKey(c.lineId, c.month));
    if (c.amount === '0') {
      if (was !== undefined) deletes.push([c.lineId, c.month, was]);
    } else if (was === undefined) inserts.push([c.lineId, c.month, c.amount]);
    else if (was !== c.amount) {
      from.push([c.lineId, c.month, was]);
      to.push([c.lineId, c.month, c.amount]);
    }
  }
  tx.deleteImages('budget_amounts', BUDGET_AMOUNT_COLUMNS, deletes);
  tx.updateImages('budget_amounts', BUDGET_AMOUNT_COLUMNS, from, to);
  tx.insertRows('budget_amounts', BUDGET_AMOUNT_COLUMNS, inserts);
  return deletes.length + from.length + inserts.length;
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
