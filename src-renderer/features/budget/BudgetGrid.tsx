import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellEditRequestEvent,
  ColDef,
  FilterChangedEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IRowNode,
  RowClassParams,
  RowSelectionOptions,
  SelectionChangedEvent,
  SelectionColumnDef,
} from 'ag-grid-community';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { grandRows, type BudgetRow } from './budget-rows';
import { budgetColumns } from './budget-columns';
import type { BudgetData } from './useBudgetData';
import { useGroupTotals } from './useGroupTotals';
import { useGridRows } from './useGridRows';
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

const rowSelection: RowSelectionOptions<BudgetRow> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  enableClickSelection: false,
  isRowSelectable: (n) => n.data?.kind === 'line',
  hideDisabledCheckboxes: true,
};
const selectionColumnDef: SelectionColumnDef = { pinned: 'left', width: 36 };

const getRowId = (p: GetRowIdParams<BudgetRow>) => p.data.id;
const getRowClass = (p: RowClassParams<BudgetRow>) =>
  p.data?.kind === 'subtotal' ? 'row-subtotal' : p.data?.kind === 'grand' ? 'row-grand' : undefined;

/**
 * The budget grid: one row per line, a subtotal row per cost center and the grand
 * total pinned at the bottom, all recomputed from the rows left after filtering.
 * Month cells edit and paste through commands; rows update in place (no reload).
 * Every prop given to ag-grid is stable, so a re-render of the screen costs the grid
 * nothing; rows reach it through useGridRows, not through a new `rowData` array.
 */
export function BudgetGrid({ data, search, apiRef, onSelectionChange, onSpread, onFilterChange }: BudgetGridProps) {
  const wb = useWorkbook();
  const { lookups, minorUnits, fiscalYear } = wb;
  const baseCurrency = wb.info.settings.baseCurrency;
  const totals = useGroupTotals(baseCurrency);
  const edits = useCellEdits(data, fiscalYear, lookups);
  const onPaste = usePaste(edits.apiRef, data, fiscalYear, lookups, edits.setMessage);
  const onCopy = useCopy(edits.apiRef, data.months, lookups);
  const rows = useGridRows(totals.applyAmountEdits);
  const searchRef = useRef(search);
  const spreadRef = useRef(onSpread);
  spreadRef.current = onSpread;
  const callbacks = useRef({ onSelectionChange, onFilterChange });
  callbacks.current = { onSelectionChange, onFilterChange };

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

  // Before paint, so an edited cell never shows a frame of its old value.
  useLayoutEffect(() => rows.sync(data.rows, data.months), [rows, data.rows, data.months]);
  const currencies = useMemo(() => [...new Set(data.rows.map((r) => r.line.currency))].sort().join(','), [data.rows]);
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
      rows.attach(e.api);
    },
    [apiRef, edits.apiRef, rows],
  );
  const editRequest = edits.onCellEditRequest;
  const onCellEditRequest = useCallback((e: CellEditRequestEvent<BudgetRow>) => void editRequest(e), [editRequest]);
  const onFilterChanged = useCallback(
    (e: FilterChangedEvent<BudgetRow>) => callbacks.current.onFilterChange(e.api.isAnyFilterPresent()),
    [],
  );
  const onSelectionChanged = useCallback(
    (e: SelectionChangedEvent<BudgetRow>) =>
      callbacks.current.onSelectionChange(e.api.getSelectedRows().map((r) => r.id)),
    [],
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
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={getRowId}
          getRowClass={getRowClass}
          pinnedBottomRowData={pinnedBottom}
          readOnlyEdit
          onCellEditRequest={onCellEditRequest}
          stopEditingWhenCellsLoseFocus
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          postSortRows={totals.postSortRows}
          onModelUpdated={totals.onModelUpdated}
          isExternalFilterPresent={isExternalFilterPresent}
          doesExternalFilterPass={doesExternalFilterPass}
          onFilterChanged={onFilterChanged}
          rowSelection={rowSelection}
          selectionColumnDef={selectionColumnDef}
          onSelectionChanged={onSelectionChanged}
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
