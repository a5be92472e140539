import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GetRowIdParams, GridApi, GridReadyEvent, IRowNode, RowClassParams } from 'ag-grid-community';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { grandRows, subtotalRows, type BudgetRow } from './budget-rows';
import { budgetColumns } from './budget-columns';
import type { BudgetData } from './useBudgetData';
import { useGroupTotals } from './useGroupTotals';
import { useCellEdits } from './useCellEdits';
import { usePaste } from './usePaste';
import { useCopy } from './useCopy';
import { lineSearchText } from './line-label';
import { GridMessageBar } from './GridMessageBar';

export interface BudgetGridProps {
  data: BudgetData;
  search: string;
  apiRef: RefObject<GridApi<BudgetRow> | null>;
  onSelectionChange: (lineIds: string[]) => void;
  onSpread: (lineId: string) => void;
  onFilterChange: (active: boolean) => void;
}

const defaultColDef: ColDef<BudgetRow> = {
  sortable: true,
  resizable: true,
  cellDataType: false,
  sortingOrder: ['asc', 'desc'],
  suppressHeaderMenuButton: false,
};

const localeText = {
  noRowsToShow: 'No budget lines in this scenario yet. Use “+ Add line” to start one.',
};

const getRowId = (p: GetRowIdParams<BudgetRow>) => p.data.id;
const getRowClass = (p: RowClassParams<BudgetRow>) =>
  p.data?.kind === 'subtotal' ? 'row-subtotal' : p.data?.kind === 'grand' ? 'row-grand' : undefined;

/**
 * The budget grid: one row per line, a subtotal row per cost center and the grand
 * total pinned at the bottom, all recomputed from the rows left after filtering.
 * Month cells edit and paste through commands; rows update in place (no reload).
 */
export function BudgetGrid({ data, search, apiRef, onSelectionChange, onSpread, onFilterChange }: BudgetGridProps) {
  const wb = useWorkbook();
  const { lookups, minorUnits, fiscalYear } = wb;
  const baseCurrency = wb.info.settings.baseCurrency;
  const totals = useGroupTotals(baseCurrency);
  const edits = useCellEdits(data, fiscalYear, lookups);
  const onPaste = usePaste(edits.apiRef, data, fiscalYear, lookups, edits.setMessage);
  const onCopy = useCopy(edits.apiRef, data.months, lookups);
  const searchRef = useRef(search);
  const spreadRef = useRef(onSpread);
  spreadRef.current = onSpread;

  const columnDefs = useMemo(
    () =>
      budgetColumns({
        months: data.months,
        lookups,
        baseCurrency,
        minorUnits,
        foreignLines: totals.foreignLines,
        totals: totals.totalsOf,
        invalidCell: edits.invalidCell,
        invalidMessage: edits.invalidMessage,
        onSpread: (id) => spreadRef.current(id),
      }),
    // The callbacks read refs, so the columns change only with months and labels.
    [data.months, lookups, minorUnits, baseCurrency],
  );

  const rowData = useMemo<BudgetRow[]>(() => [...data.rows, ...subtotalRows(data.rows)], [data.rows]);
  const currencies = [...new Set(data.rows.map((r) => r.line.currency))].sort().join(',');
  const pinnedBottom = useMemo(
    () => grandRows(data.rows, baseCurrency),
    // Only a change in the currencies present changes these rows.
    [currencies, baseCurrency],
  );

  useEffect(() => {
    searchRef.current = search.trim().toLowerCase();
    apiRef.current?.onFilterChanged();
  }, [search, apiRef]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<BudgetRow>) => {
      apiRef.current = e.api;
      edits.apiRef.current = e.api;
    },
    [apiRef, edits.apiRef],
  );

  const isExternalFilterPresent = useCallback(() => searchRef.current !== '', []);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<BudgetRow>) =>
      node.data?.kind !== 'line' || lineSearchText(node.data.line, lookups).includes(searchRef.current),
    [lookups],
  );

  return (
    <div className="budget-grid-wrap">
      <GridMessageBar message={edits.message} onDismiss={() => edits.setMessage(null)} />
      <div className="grid-host" data-testid="budget-grid" onPaste={(e) => void onPaste(e)} onCopy={onCopy}>
        <AgGridReact<BudgetRow>
          theme={gridTheme}
          rowData={rowData}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={getRowId}
          getRowClass={getRowClass}
          pinnedBottomRowData={pinnedBottom}
          readOnlyEdit
          onCellEditRequest={(e) => void edits.onCellEditRequest(e)}
          stopEditingWhenCellsLoseFocus
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          postSortRows={totals.postSortRows}
          onModelUpdated={totals.onModelUpdated}
          isExternalFilterPresent={isExternalFilterPresent}
          doesExternalFilterPass={doesExternalFilterPass}
          onFilterChanged={(e) => onFilterChange(e.api.isAnyFilterPresent())}
          rowSelection={{
            mode: 'multiRow',
            checkboxes: true,
            headerCheckbox: true,
            enableClickSelection: false,
            isRowSelectable: (n) => n.data?.kind === 'line',
            hideDisabledCheckboxes: true,
          }}
          selectionColumnDef={{ pinned: 'left', width: 36 }}
          onSelectionChanged={(e) => onSelectionChange(e.api.getSelectedRows().map((r) => r.id))}
          onGridReady={onGridReady}
          tooltipShowDelay={150}
          animateRows={false}
          localeText={localeText}
          suppressColumnVirtualisation={false}
          loading={data.loading && data.rows.length === 0}
        />
      </div>
    </div>
  );
}
