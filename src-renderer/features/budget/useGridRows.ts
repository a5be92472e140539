import { useCallback, useMemo, useRef } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import { subtotalRows, type BudgetRow, type LineRow, type SubtotalRow } from './budget-rows';
import { monthOfColId, TOTAL_COL } from './budget-columns';
import { diffRows, onlyAmountsDiffer } from './row-diff';

/** Beyond this many changed lines a full pass over the model is cheaper than deltas. */
const MAX_IN_PLACE = 250;

interface Held {
  rows: readonly LineRow[];
  /** The months the rows were loaded for, joined: a new fiscal year reloads the grid. */
  months: string;
  subtotals: Map<string, SubtotalRow>;
}

export interface GridRows {
  /** Hand the grid its api once ready; it then takes the latest rows. */
  attach(api: GridApi<BudgetRow>): void;
  /** Bring the grid to these rows, touching only what changed. */
  sync(rows: readonly LineRow[], months: readonly MonthKey[]): void;
}

/**
 * Keeps the grid's rows in step with the budget data without giving ag-grid a new row
 * array each time (which makes it diff, filter, sort and regroup every line):
 * - a new scenario or year (or a first load) sets all rows;
 * - lines whose amounts alone changed (an edit, a paste, a spread, an undo of those)
 *   are replaced in place and the totals moved by the difference, unless the grid is
 *   sorted by an amount, where the row may have to move;
 * - anything else (lines added, removed, re-dimensioned) goes in as one transaction,
 *   after which filter, sort, grouping and sums run again in full.
 */
export function useGridRows(
  applyAmountEdits: (
    api: GridApi<BudgetRow>,
    pairs: readonly [LineRow, LineRow][],
    months: readonly MonthKey[],
  ) => boolean,
): GridRows {
  const api = useRef<GridApi<BudgetRow> | null>(null);
  const held = useRef<Held | null>(null);
  const latest = useRef<{ rows: readonly LineRow[]; months: readonly MonthKey[] }>({ rows: [], months: [] });

  const sync = useCallback(
    (rows: readonly LineRow[], months: readonly MonthKey[]) => {
      latest.current = { rows, months };
      const grid = api.current;
      if (!grid) return;
      const h = held.current;
      const monthsKey = months.join(',');
      if (!h || h.months !== monthsKey || h.rows.length === 0 || rows.length === 0) {
        const subtotals = new Map(subtotalRows(rows).map((s) => [s.costCenterId, s]));
        grid.setGridOption('rowData', [...rows, ...subtotals.values()]);
        held.current = { rows, months: monthsKey, subtotals };
        return;
      }
      if (h.rows === rows) return;
      const diff = diffRows(h.rows, rows);
      const inPlace =
        diff.add.length === 0 &&
        diff.remove.length === 0 &&
        diff.update.length <= MAX_IN_PLACE &&
        !sortedByAmount(grid) &&
        diff.update.every(([a, b]) => onlyAmountsDiffer(a.line, b.line));
      let subtotals = h.subtotals;
      if (!inPlace || !applyAmountEdits(grid, diff.update, months)) {
        subtotals = new Map(subtotalRows(rows).map((s) => [s.costCenterId, s]));
        grid.applyTransaction({
          add: [...diff.add, ...[...subtotals.values()].filter((s) => !h.subtotals.has(s.costCenterId))],
          remove: [...diff.remove, ...[...h.subtotals.values()].filter((s) => !subtotals.has(s.costCenterId))],
          update: diff.update.map(([, r]) => r),
        });
      }
      held.current = { rows, months: monthsKey, subtotals };
    },
    [applyAmountEdits],
  );

  const attach = useCallback(
    (a: GridApi<BudgetRow>) => {
      api.current = a;
      held.current = null;
      sync(latest.current.rows, latest.current.months);
    },
    [sync],
  );

  return useMemo(() => ({ attach, sync }), [attach, sync]);
}

/** Whether the grid is sorted by a month or the year total, so an edit may move a row. */
function sortedByAmount(api: GridApi<BudgetRow>): boolean {
  return api.getColumnState().some((c) => c.sort && (c.colId === TOTAL_COL || monthOfColId(c.colId) !== null));
}
