import { useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GridApi, RowClassParams, RowSelectionOptions } from 'ag-grid-community';
import { ASSET_CLASS_IDS, type AssetClassId, type ExpenseType } from '../../../src-shared/model';
import { Select } from '../../components/Field';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { countByExpenseType, totalsByCurrency, type RegisterFilter } from './asset-register';
import { registerColumns, type AssetRow, type RegisterRow, type TotalRow } from './register-columns';

export interface AssetRegisterProps {
  /** All assets, with class label and status. */
  rows: AssetRow[];
  /** The rows left after the filter. */
  shown: AssetRow[];
  filter: RegisterFilter;
  onFilter: (f: RegisterFilter) => void;
  classLabel: (c: AssetClassId) => string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onAdd: () => void;
  loading: boolean;
}

const rowSelection: RowSelectionOptions<RegisterRow> = {
  mode: 'singleRow',
  checkboxes: false,
  enableClickSelection: true,
  isRowSelectable: (n) => n.data?.kind === 'asset',
};
const getRowClass = (p: RowClassParams<RegisterRow>) => (p.data?.kind === 'total' ? 'row-grand' : undefined);

/**
 * The asset register: filters, counts, one row per asset and pinned cost totals per
 * currency of the rows shown. Selecting a row opens its detail.
 */
export function AssetRegister(props: AssetRegisterProps) {
  const { rows, shown, filter, onFilter, classLabel, selectedId, onSelect } = props;
  const { lookups, fiscalYear } = useWorkbook();
  const apiRef = useRef<GridApi<RegisterRow> | null>(null);
  const columnDefs = useMemo(() => registerColumns((c) => lookups.minorUnits.get(c) ?? 2), [lookups]);
  const totals = useMemo<TotalRow[]>(
    () =>
      totalsByCurrency(shown).map((t) => ({
        kind: 'total',
        id: `total:${t.currency}`,
        code: 'Total',
        name: `${t.count} ${t.count === 1 ? 'asset' : 'assets'} in ${t.currency}`,
        currency: t.currency,
        cost: t.cost,
        salvage: t.salvage,
        nbv: t.nbv,
        expenseInYear: t.expenseInYear,
      })),
    [shown],
  );
  const counts = countByExpenseType(shown);

  // Keep the grid's selection on the selected asset (a new asset is selected after saving).
  useEffect(() => {
    const api = apiRef.current;
    if (!api) return;
    const node = selectedId ? api.getRowNode(selectedId) : undefined;
    if (node && !node.isSelected()) {
      node.setSelected(true);
      api.ensureNodeVisible(node);
    } else if (!node) api.deselectAll();
  }, [selectedId, shown]);

  const classOptions = ASSET_CLASS_IDS.map((c) => ({ value: c, label: classLabel(c) }));
  const filtered = filter.text !== '' || filter.assetClass !== '' || filter.expenseType !== '';

  return (
    <section className="panel assets-register" aria-label="Asset register">
      <div className="toolbar">
        <h2>Asset register</h2>
        <span className="muted" data-testid="assets-count">
          {filtered ? `${shown.length} of ${rows.length} assets` : `${rows.length} assets`} · {counts.CapEx} CapEx ·{' '}
          {counts.OpEx} OpEx · status at FY{fiscalYear} end
        </span>
        <div className="toolbar-spacer" />
        <input
          type="search"
          className="search"
          placeholder="Search assets…"
          aria-label="Search assets"
          data-testid="assets-search"
          value={filter.text}
          onChange={(e) => onFilter({ ...filter, text: e.target.value })}
        />
        <Select
          ariaLabel="Asset class"
          testId="assets-class-filter"
          value={filter.assetClass}
          none="All classes"
          options={classOptions}
          onChange={(v) => onFilter({ ...filter, assetClass: ASSET_CLASS_IDS.find((c) => c === v) ?? '' })}
        />
        <Select
          ariaLabel="CapEx or OpEx"
          testId="assets-expense-filter"
          value={filter.expenseType}
          none="CapEx and OpEx"
          options={[
            { value: 'CapEx', label: 'CapEx only' },
            { value: 'OpEx', label: 'OpEx only' },
          ]}
          onChange={(v) =>
            onFilter({
              ...filter,
              expenseType: (['CapEx', 'OpEx'] as const).find((t): t is ExpenseType => t === v) ?? '',
            })
          }
        />
        {filtered && (
          <button
            type="button"
            className="link"
            onClick={() => onFilter({ text: '', assetClass: '', expenseType: '' })}
          >
            Clear filters
          </button>
        )}
        <button type="button" className="primary" data-testid="asset-add" onClick={props.onAdd}>
          + Add asset
        </button>
      </div>
      <div className="grid-host" data-testid="assets-grid">
        <AgGridReact<RegisterRow>
          theme={gridTheme}
          rowData={shown}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.id}
          pinnedBottomRowData={totals}
          getRowClass={getRowClass}
          rowSelection={rowSelection}
          onSelectionChanged={(e) => {
            const picked = e.api.getSelectedRows()[0];
            if (picked?.kind === 'asset') onSelect(picked.id);
          }}
          onGridReady={(e) => (apiRef.current = e.api)}
          loading={props.loading}
          tooltipShowDelay={200}
          localeText={{ noRowsToShow: rows.length ? 'No asset matches the filters.' : 'No assets yet.' }}
        />
      </div>
    </section>
  );
}
