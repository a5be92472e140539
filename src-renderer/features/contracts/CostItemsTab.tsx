import { useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GridApi } from 'ag-grid-community';
import type { CostItemRecord } from '../../../src-shared/model';
import { notify } from '../../api/notifications';
import { TABLES, touches } from '../../api/stale';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { ConfirmDialog } from '../../components/Dialog';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { costItemColumns } from './cost-item-columns';
import { costItemDraft, newCostItemDraft, type CostItemDraft } from './cost-item-draft';
import { costItemEffect } from './cost-item-effect';
import { CostItemDialog } from './CostItemDialog';
import { localToday } from './today';

/** Single invoices and purchases: service period (accrual) and payment (cash) of each. */
export function CostItemsTab() {
  const wb = useWorkbook();
  const items = useQuery('cost-items/list', {}, { staleOn: touches(TABLES.contracts) });
  const contracts = useQuery('contracts/list', {}, { staleOn: touches(TABLES.contracts) });
  const settings = useQuery('accounting/get-settings', {}, { staleOn: touches(TABLES.accountingSettings) });
  const policy = settings.data?.accrualPolicy ?? 'by-days';
  const apiRef = useRef<GridApi<CostItemRecord> | null>(null);
  const [quick, setQuick] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<CostItemDraft | null>(null);
  const [confirm, setConfirm] = useState(false);
  const del = useCommand();

  const codes = useMemo(() => new Map((contracts.data ?? []).map((c) => [c.id, c.code])), [contracts.data]);
  const columnDefs = useMemo(
    () => costItemColumns(wb.lookups, (id) => codes.get(id) ?? '', policy),
    [wb.lookups, codes, policy],
  );
  const rows = items.data;
  const selected = rows?.find((r) => r.id === selectedId) ?? null;
  const mu = (c: CostItemRecord) => wb.lookups.minorUnits.get(c.currency) ?? 2;
  const nameOf = (c: CostItemRecord) => c.reference || c.description || 'the cost item';

  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const select = (id: string | null) => {
    selectedRef.current = id;
    setSelectedId(id);
    const api = apiRef.current;
    const node = id ? api?.getRowNode(id) : undefined;
    if (node) {
      node.setSelected(true, true);
      api?.ensureNodeVisible(node);
    }
  };
  const remove = async () => {
    setConfirm(false);
    if (!selected) return;
    const done = await del.run('cost-items/delete', { id: selected.id });
    if (done) notify('info', `${nameOf(selected)} deleted. Undo brings it back.`);
  };

  return (
    <div className="contracts-tab">
      <div className="toolbar toolbar-compact">
        <input
          type="search"
          className="search"
          placeholder="Filter invoices…"
          aria-label="Filter invoices and purchases"
          data-testid="cost-items-filter"
          value={quick}
          onChange={(e) => setQuick(e.target.value)}
        />
        <span className="muted" data-testid="cost-items-count">
          {rows ? `${shown ?? rows.length} of ${rows.length} invoices and purchases` : 'Loading…'}
        </span>
        <div className="toolbar-spacer" />
        <button
          type="button"
          data-testid="cost-item-add"
          onClick={() => setDialog(newCostItemDraft(wb.info.settings.baseCurrency, localToday()))}
        >
          Add invoice
        </button>
        <button
          type="button"
          data-testid="cost-item-edit"
          disabled={!selected}
          onClick={() => selected && setDialog(costItemDraft(selected, mu(selected)))}
        >
          Edit
        </button>
        <button type="button" data-testid="cost-item-delete" disabled={!selected} onClick={() => setConfirm(true)}>
          Delete
        </button>
      </div>
      {items.error && (
        <div className="banner banner-error" role="alert">
          {items.error}
        </div>
      )}
      {selected && (
        <p className="cost-item-effect" data-testid="cost-item-effect">
          <b>{nameOf(selected)}</b>: {costItemEffect(selected, policy)}
        </p>
      )}
      <div className="grid-host cost-items-grid" data-testid="cost-items-grid">
        <AgGridReact<CostItemRecord>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.id}
          quickFilterText={quick}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          onSelectionChanged={(e) => {
            const id = e.api.getSelectedRows()[0]?.id;
            if (id) setSelectedId(id);
          }}
          onRowDoubleClicked={(e) => e.data && setDialog(costItemDraft(e.data, mu(e.data)))}
          onModelUpdated={(e) => setShown(e.api.getDisplayedRowCount())}
          onGridReady={(e) => (apiRef.current = e.api)}
          onRowDataUpdated={() => selectedRef.current && select(selectedRef.current)}
          tooltipShowDelay={250}
        />
      </div>
      {dialog && (
        <CostItemDialog
          initial={dialog}
          contracts={contracts.data ?? []}
          policy={policy}
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setDialog(null);
            select(id);
          }}
        />
      )}
      {confirm && selected && (
        <ConfirmDialog
          title="Delete invoice"
          danger
          confirmLabel="Delete"
          message={`Delete ${nameOf(selected)}? Undo brings it back.`}
          onCancel={() => setConfirm(false)}
          onConfirm={() => void remove()}
        />
      )}
    </div>
  );
}
