import { useCallback, useRef, useState } from 'react';
import type { CellEditRequestEvent, GridApi } from 'ag-grid-community';
import { monthLabel } from '../../../src-shared/calendar/fiscal';
import { MoneyParseError, parseUserAmount } from '../../../src-shared/money';
import type { Lookups } from '../../state/lookups';
import type { BudgetRow } from './budget-rows';
import { monthColId, monthOfColId } from './budget-columns';
import type { BudgetData } from './useBudgetData';
import { lineLabel } from './line-label';
import { refusalMessage } from './committed-rows';
import { driverRefusal, isDriverMonth } from './line-origin';

export interface GridMessage {
  kind: 'error' | 'info';
  text: string;
  /** The refused cell as "lineId|month", marked red with the message as its tooltip. */
  cell?: string;
}

/**
 * Cell edits of the budget grid. A month is parsed as the user typed it ("1,234.50",
 * "(500)"); anything else is refused at the cell (red, with the reason) and nothing is
 * sent. A valid change is one `budget/set-cells` command; descriptions go through
 * `budget/update-line`.
 */
export function useCellEdits(data: BudgetData, fiscalYear: number, lookups: Lookups) {
  const [message, setMessageState] = useState<GridMessage | null>(null);
  const messageRef = useRef<GridMessage | null>(null);
  const apiRef = useRef<GridApi<BudgetRow> | null>(null);
  // Read at edit time, so the handler given to the grid never changes.
  const current = useRef({ data, fiscalYear, lookups });
  current.current = { data, fiscalYear, lookups };

  const setMessage = useCallback((m: GridMessage | null) => {
    const api = apiRef.current;
    const before = messageRef.current?.cell;
    messageRef.current = m;
    setMessageState(m);
    // Repaint the cell that gains or loses the invalid mark.
    for (const key of [before, m?.cell]) {
      if (!key || !api) continue;
      const [lineId, month] = key.split('|') as [string, string];
      const node = api.getRowNode(lineId);
      if (node) api.refreshCells({ rowNodes: [node], columns: [monthColId(month)], force: true });
    }
  }, []);

  const onCellEditRequest = useCallback(
    async (e: CellEditRequestEvent<BudgetRow>) => {
      apiRef.current = e.api;
      const { data, fiscalYear, lookups } = current.current;
      const row = e.data;
      if (row?.kind !== 'line') return;
      if (row.committed) {
        setMessage({ kind: 'error', text: refusalMessage(row) });
        return;
      }
      const colId = e.column.getColId();
      if (colId === 'description') {
        const description = String(e.newValue ?? '').trim();
        if (description === row.line.description) return;
        await data.command('budget/update-line', { lineId: row.id, fiscalYear, patch: { description } });
        return;
      }
      const month = monthOfColId(colId);
      if (!month) return;
      const text = e.newValue == null ? '' : String(e.newValue);
      let amount: string;
      try {
        amount = parseUserAmount(text) ?? '0';
      } catch (err) {
        const reason = err instanceof MoneyParseError ? err.message : String(err);
        setMessage({
          kind: 'error',
          text: `${monthLabel(month)} of ${lineLabel(row.line, lookups)}: ${reason}. Nothing was saved.`,
          cell: `${row.id}|${month}`,
        });
        return;
      }
      if (messageRef.current) setMessage(null);
      const idx = data.months.indexOf(month);
      if (row.values[idx] === amount) return;
      await data.command('budget/set-cells', { fiscalYear, cells: [{ lineId: row.id, month, amount }] });
    },
    [setMessage],
  );

  /**
   * Committed rows are not editable, so the grid opens no editor: typing into one (or a
   * double click) says where the item is edited instead.
   */
  const refuseCommitted = useCallback(
    (row: BudgetRow | undefined, key?: string, colId?: string) => {
      if (row?.kind !== 'line') return;
      const driverMonth = isDriverMonth(row, colId ? monthOfColId(colId) : null);
      if (!row.committed && !driverMonth) return;
      if (key !== undefined && key.length !== 1 && !['F2', 'Delete', 'Backspace'].includes(key)) return;
      setMessage({ kind: 'error', text: row.committed ? refusalMessage(row) : driverRefusal(row)! });
    },
    [setMessage],
  );

  return {
    onCellEditRequest,
    refuseCommitted,
    message,
    setMessage,
    apiRef,
    invalidCell: () => messageRef.current?.cell ?? null,
    invalidMessage: () => messageRef.current?.text ?? null,
  };
}
