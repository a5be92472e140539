import { useCallback, type ClipboardEvent, type RefObject } from 'react';
import type { Column, GridApi } from 'ag-grid-community';
import {
  parseClipboardTable,
  planPaste,
  type PasteTargetColumn,
  type PasteTargetRow,
} from '../../../src-shared/budget';
import { monthLabel } from '../../../src-shared/calendar/fiscal';
import type { Lookups } from '../../state/lookups';
import type { BudgetRow } from './budget-rows';
import { monthColId, monthOfColId } from './budget-columns';
import type { BudgetData } from './useBudgetData';
import type { GridMessage } from './useCellEdits';
import { lineLabel } from './line-label';
import { refusalMessage } from './committed-rows';

/**
 * Paste a block copied from Excel at the focused cell. The grid has no clipboard module
 * in Community, so the browser's `paste` event is read directly. The block fills the
 * budget lines (subtotals and read-only committed rows skipped) and month columns in
 * displayed order from the focused cell; if any cell is not an amount nothing is written, otherwise all cells go in one
 * `budget/set-cells` command (one undo step).
 */
export function usePaste(
  apiRef: RefObject<GridApi<BudgetRow> | null>,
  data: BudgetData,
  fiscalYear: number,
  lookups: Lookups,
  setMessage: (m: GridMessage | null) => void,
) {
  return useCallback(
    async (e: ClipboardEvent<HTMLDivElement>) => {
      const api = apiRef.current;
      if (!api) return;
      const target = e.target as HTMLElement;
      // Typing in an editor or a filter box: let the browser paste text there.
      if (target.closest('input, textarea, select') || api.getEditingCells().length > 0) return;
      const focused = api.getFocusedCell();
      if (!focused) return;
      e.preventDefault();
      const text = e.clipboardData.getData('text/plain');
      const startNode = focused.rowPinned ? undefined : api.getDisplayedRowAtIndex(focused.rowIndex);
      const startMonth = monthOfColId(focused.column.getColId());
      if (startNode?.data?.kind === 'line' && startNode.data.committed) {
        setMessage({ kind: 'error', text: `${refusalMessage(startNode.data)} Nothing was pasted.` });
        return;
      }
      if (startNode?.data?.kind !== 'line' || !startMonth) {
        setMessage({ kind: 'error', text: 'Select a month cell of a budget line, then paste.' });
        return;
      }
      const block = parseClipboardTable(text);
      const rows: PasteTargetRow[] = [];
      const count = api.getDisplayedRowCount();
      for (let i = focused.rowIndex; i < count && rows.length < block.length; i++) {
        const d = api.getDisplayedRowAtIndex(i)?.data;
        // Committed rows are read-only: the block fills the manual lines around them.
        if (d?.kind === 'line' && !d.committed) rows.push({ lineId: d.id, label: lineLabel(d.line, lookups) });
      }
      const displayed: Column[] = api.getAllDisplayedColumns();
      const from = displayed.findIndex((c) => c.getColId() === focused.column.getColId());
      const columns: PasteTargetColumn[] = [];
      for (const c of displayed.slice(from)) {
        const m = monthOfColId(c.getColId());
        if (m) columns.push({ month: m, label: monthLabel(m) });
      }
      const plan = planPaste(block, rows, columns);
      if (!plan.ok) {
        setMessage({ kind: 'error', text: plan.message });
        return;
      }
      setMessage(null);
      const result = await data.command('budget/set-cells', { fiscalYear, cells: plan.cells });
      if (!result) return;
      setMessage({
        kind: 'info',
        text: `Pasted ${plan.cells.length} cell${plan.cells.length === 1 ? '' : 's'} (${plan.rows} line${plan.rows === 1 ? '' : 's'} × ${plan.columns} month${plan.columns === 1 ? '' : 's'}).`,
      });
      const nodes = rows.map((r) => api.getRowNode(r.lineId)).filter((n) => n !== undefined);
      const flashed = columns.slice(0, plan.columns).map((c) => monthColId(c.month));
      // After the grid has taken the new rows, so the flash is not wiped by the re-render.
      setTimeout(() => api.flashCells({ rowNodes: nodes, columns: flashed }), 50);
    },
    [apiRef, data, fiscalYear, lookups, setMessage],
  );
}
