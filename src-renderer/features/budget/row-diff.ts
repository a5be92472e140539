import type { BudgetGridLine } from '../../../src-shared/model';
import type { LineRow } from './budget-rows';

/** What turns the rows the grid holds into the next rows: by row object identity. */
export interface RowDiff {
  add: LineRow[];
  remove: LineRow[];
  /** Pairs of [row the grid holds, row replacing it], for the same line id. */
  update: [LineRow, LineRow][];
}

/**
 * Compare two row lists by line id and object identity (rows of unchanged lines are the
 * same objects, see mergeLines and applyLinesChanged), in one pass over each list.
 */
export function diffRows(prev: readonly LineRow[], next: readonly LineRow[]): RowDiff {
  const before = new Map<string, LineRow>();
  for (const r of prev) before.set(r.id, r);
  const add: LineRow[] = [];
  const update: [LineRow, LineRow][] = [];
  for (const r of next) {
    const old = before.get(r.id);
    if (!old) add.push(r);
    else {
      before.delete(r.id);
      if (old !== r) update.push([old, r]);
    }
  }
  return { add, remove: [...before.values()], update };
}

/**
 * True when only the amounts of a line differ: then its filter, search text, sort keys
 * (other than amounts) and the subtotal and grand total it counts towards stay the same.
 */
export function onlyAmountsDiffer(a: BudgetGridLine, b: BudgetGridLine): boolean {
  return (
    a.costCenterId === b.costCenterId &&
    a.currency === b.currency &&
    a.description === b.description &&
    a.serviceId === b.serviceId &&
    a.accountId === b.accountId &&
    a.vendorId === b.vendorId &&
    a.expenseType === b.expenseType &&
    a.scenarioId === b.scenarioId &&
    a.amounts.length === b.amounts.length
  );
}
