import { useCallback, type ClipboardEvent, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import { formatClipboardTable } from '../../../src-shared/budget';
import { monthLabel, type MonthKey } from '../../../src-shared/calendar/fiscal';
import type { Lookups } from '../../state/lookups';
import type { SummaryView } from '../../../src-shared/model';
import type { BudgetRow, LineRow } from './budget-rows';
import { SOURCE_LABEL } from './committed-rows';

/**
 * One line as clipboard cells: codes and plain amounts ("1234.5"), which Excel reads as
 * numbers. The Source column tells manual lines from committed rows ("Committed contract
 * (cash)"), which are copied too but cannot be pasted back.
 */
function lineCells(r: LineRow, lookups: Lookups, basis: SummaryView): string[] {
  const l = r.line;
  const source = r.committed ? `Committed ${SOURCE_LABEL[r.committed.source].toLowerCase()} (${basis})` : 'Manual';
  return [
    lookups.costCenters.get(l.costCenterId)?.code ?? l.costCenterId,
    l.description,
    lookups.services.get(l.serviceId)?.code ?? l.serviceId,
    lookups.accounts.get(l.accountId)?.code ?? l.accountId,
    l.vendorId ? (lookups.vendors.get(l.vendorId)?.code ?? l.vendorId) : '',
    l.expenseType,
    l.currency,
    source,
    ...r.values,
  ];
}

/**
 * Copy for Excel (Community has no clipboard module): the selected lines with a header
 * row, or else the focused cell's value. Text fields and editors copy as usual.
 */
export function useCopy(
  apiRef: RefObject<GridApi<BudgetRow> | null>,
  months: readonly MonthKey[],
  lookups: Lookups,
  basis: SummaryView,
) {
  return useCallback(
    (e: ClipboardEvent<HTMLDivElement>) => {
      const api = apiRef.current;
      if (!api || (e.target as HTMLElement).closest('input, textarea, select') || api.getEditingCells().length > 0)
        return;
      const selected = api.getSelectedNodes().filter((n) => n.data?.kind === 'line');
      let rows: string[][];
      if (selected.length > 0) {
        selected.sort((a, b) => (a.rowIndex ?? 0) - (b.rowIndex ?? 0));
        const header = ['Cost center', 'Description', 'Service', 'Account', 'Vendor', 'Type', 'Currency', 'Source'];
        rows = [
          [...header, ...months.map(monthLabel), 'Year total'],
          ...selected.map((n) => lineCells(n.data as LineRow, lookups, basis)),
        ];
      } else {
        const focused = api.getFocusedCell();
        const node = focused && !focused.rowPinned ? api.getDisplayedRowAtIndex(focused.rowIndex) : undefined;
        if (!focused || !node) return;
        rows = [[String(api.getCellValue({ rowNode: node, colKey: focused.column }) ?? '')]];
      }
      e.preventDefault();
      e.clipboardData.setData('text/plain', formatClipboardTable(rows));
    },
    [apiRef, months, lookups, basis],
  );
}
