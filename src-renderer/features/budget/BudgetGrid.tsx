import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellDoubleClickedEvent,
  CellEditRequestEvent,
  CellKeyDownEvent,
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
import type { Money } from '../../../src-shared/money';
import type { SummaryView } from '../../../src-shared/model';
import { grandRows, type BudgetRow, type LineRow } from './budget-rows';
import { doubleCounts } from './committed-rows';
import { FxMissingBar } from './FxMissingBar';
import { useBaseTotals } from './useBaseTotals';
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
  /** Read-only committed rows shown with the lines (empty when hidden). */
  committed: LineRow[];
  basis: SummaryView;
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
const getRowClass = (p: RowClassParams<BudgetRow>) => {
  const d = p.data;
  if (d?.kind === 'line') return d.committed ? 'row-committed' : undefined;
  return d?.kind === 'subtotal'
    ? 'row-subtotal'
    : d?.kind === 'grand'
      ? 'row-grand'
      : d
        ? 'row-grand row-base'
        : undefined;
};

/**
 * The budget grid: one row per line (manual lines and read-only committed rows), a
 * subtotal row per cost center and the grand totals per currency pinned at the bottom,
 * with their sum in the base currency at budget rates, all recomputed from the rows
 * left after filtering.
 * Month cells edit and paste through commands; rows update in place (no reload).
 * Every prop given to ag-grid is stable, so a re-render of the screen costs the grid
 * nothing; rows reach it through useGridRows, not through a new `rowData` array.
 */
export function BudgetGrid(props: BudgetGridProps) {
  const { data, committed, basis, search, apiRef, onSelectionChange, onSpread, onFilterChange } = props;
  const wb = useWorkbook();
  const { lookups, minorUnits, fiscalYear } = wb;
  const baseCurrency = wb.info.settings.baseCurrency;
  // The conversion reads the grand totals, which report each change back to it.
  const grandRef = useRef<() => ReadonlyMap<string, readonly Money[]>>(() => new Map());
  const base = useBaseTotals(
    fiscalYear,
    useCallback(() => grandRef.current(), []),
  );
  const totals = useGroupTotals(baseCurrency, base.schedule);
  grandRef.current = totals.grand;
  const edits = useCellEdits(data, fiscalYear, lookups);
  const onPaste = usePaste(edits.apiRef, data, fiscalYear, lookups, edits.setMessage);
  const onCopy = useCopy(edits.apiRef, data.months, lookups, basis);
  const rows = useGridRows(totals.applyAmountEdits);
  const allRows = useMemo(() => (committed.length ? [...data.rows, ...committed] : data.rows), [data.rows, committed]);
  const warnings = useMemo(() => doubleCounts(data.rows, committed, data.months), [data.rows, committed, data.months]);
  const warningsRef = useRef(warnings);
  warningsRef.current = warnings;
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
        baseTotals: base.valuesOf,
        doubleCount: (id) => warningsRef.current.get(id) ?? null,
      }),
    // The callbacks read refs, so the columns change only with months and labels.
    [data.months, lookups, minorUnits, baseCurrency],
  );

  // Before paint, so an edited cell never shows a frame of its old value.
  useLayoutEffect(() => rows.sync(allRows, data.months), [rows, allRows, data.months]);
  // A new set of warnings repaints the descriptions that gain or lose the marker.
  useEffect(() => {
    apiRef.current?.refreshCells({ columns: ['description'], force: true });
  }, [warnings, apiRef]);
  const currencies = useMemo(() => [...new Set(allRows.map((r) => r.line.currency))].sort().join(','), [allRows]);
  const pinnedBottom = useMemo(
    () => grandRows(allRows, baseCurrency),
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
  // Committed rows can be selected (to copy them) but not duplicated, deleted or spread.
  const onSelectionChanged = useCallback(
    (e: SelectionChangedEvent<BudgetRow>) =>
      callbacks.current.onSelectionChange(
        e.api
          .getSelectedRows()
          .filter((r) => r.kind === 'line' && !r.committed)
          .map((r) => r.id),
      ),
    [],
  );
  const refuse = edits.refuseCommitted;
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<BudgetRow>) => {
      const ev = e.event;
      if (ev instanceof KeyboardEvent && !ev.ctrlKey && !ev.metaKey && !ev.altKey)
        refuse(e.data, ev.key, e.column.getColId());
    },
    [refuse],
  );
  const onCellDoubleClicked = useCallback(
    (e: CellDoubleClickedEvent<BudgetRow>) => refuse(e.data, undefined, e.column.getColId()),
    [refuse],
  );

  const isExternalFilterPresent = useCallback(() => searchRef.current !== '', []);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<BudgetRow>) =>
      node.data?.kind !== 'line' || lineSearchText(node.data.line, lookups).includes(searchRef.current),
    [lookups],
  );

  return (
    <div className="budget-grid-wrap">
      <FxMissingBar missing={base.missing} error={base.error} baseCurrency={baseCurrency} />
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
          onCellKeyDown={onCellKeyDown}
          onCellDoubleClicked={onCellDoubleClicked}
          onGridReady={onGridReady}
          tooltipShowDelay={150}
          animateRows={false}
          localeText={localeText}
          suppressColumnVirtualisation={false}
          loading={data.loading && allRows.length === 0}
        />
      </div>
    </div>
  );
}
