import { useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GridApi, IRowNode } from 'ag-grid-community';
import type { ContractListItem } from '../../../src-shared/model';
import { TABLES, touches } from '../../api/stale';
import { useCommand } from '../../api/useCommand';
import { notify } from '../../api/notifications';
import { useQuery } from '../../api/useQuery';
import { ConfirmDialog } from '../../components/Dialog';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { contractColumns } from './contract-columns';
import { contractDraft, newContractDraft, type ContractDraft } from './contract-draft';
import { ContractDetail } from './ContractDetail';
import { ContractDialog } from './ContractDialog';
import { localToday } from './today';

/** Contracts grid with notice filter and counts, the selected contract's schedule below. */
export function ContractsTab() {
  const wb = useWorkbook();
  const list = useQuery('contracts/list', {}, { staleOn: touches(TABLES.contracts) });
  const rows = list.data;
  const apiRef = useRef<GridApi<ContractListItem> | null>(null);
  const [quick, setQuick] = useState('');
  const [dueSoonOnly, setDueSoonOnly] = useState(false);
  const [shown, setShown] = useState<number | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<ContractDraft | null>(null);
  const [confirm, setConfirm] = useState(false);
  const del = useCommand();

  const columnDefs = useMemo(() => contractColumns(wb.lookups), [wb.lookups]);
  const selected = rows?.find((c) => c.id === selectedId) ?? null;
  const counts = useMemo(() => {
    const by = { 'due-soon': 0, passed: 0 };
    for (const c of rows ?? []) if (c.notice && c.notice.status !== 'open') by[c.notice.status]++;
    return by;
  }, [rows]);

  // The filter flag is read by the grid's callbacks, which it does not re-create.
  const dueSoonRef = useRef(dueSoonOnly);
  dueSoonRef.current = dueSoonOnly;
  const toggleDueSoon = () => {
    dueSoonRef.current = !dueSoonOnly;
    setDueSoonOnly(!dueSoonOnly);
    apiRef.current?.onFilterChanged();
  };

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
    } else api?.deselectAll();
  };
  const remove = async () => {
    setConfirm(false);
    if (!selected) return;
    const done = await del.run('contracts/delete', { id: selected.id });
    if (done) notify('info', `Contract ${selected.code} deleted. Undo brings it back.`);
  };

  return (
    <div className="contracts-tab">
      <div className="toolbar toolbar-compact">
        <input
          type="search"
          className="search"
          placeholder="Filter contracts…"
          aria-label="Filter contracts"
          data-testid="contracts-filter"
          value={quick}
          onChange={(e) => setQuick(e.target.value)}
        />
        <button
          type="button"
          className={dueSoonOnly ? 'active' : ''}
          aria-pressed={dueSoonOnly}
          data-testid="contracts-due-soon"
          onClick={toggleDueSoon}
        >
          Notice due soon ({counts['due-soon']})
        </button>
        <span className="muted" data-testid="contracts-count">
          {rows ? `${shown ?? rows.length} of ${rows.length} contracts` : 'Loading…'}
          {rows && counts.passed > 0 && ` · ${counts.passed} notice deadlines passed`}
        </span>
        <div className="toolbar-spacer" />
        <button
          type="button"
          data-testid="contract-add"
          onClick={() => setDialog(newContractDraft(wb.info.settings.baseCurrency, localToday()))}
        >
          Add contract
        </button>
        <button
          type="button"
          data-testid="contract-edit"
          disabled={!selected}
          onClick={() =>
            selected && setDialog(contractDraft(selected, wb.lookups.minorUnits.get(selected.currency) ?? 2))
          }
        >
          Edit
        </button>
        <button type="button" data-testid="contract-delete" disabled={!selected} onClick={() => setConfirm(true)}>
          Delete
        </button>
      </div>
      {list.error && (
        <div className="banner banner-error" role="alert">
          {list.error}
        </div>
      )}
      <div className="grid-host contracts-grid" data-testid="contracts-grid">
        <AgGridReact<ContractListItem>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.id}
          quickFilterText={quick}
          suppressColumnVirtualisation
          isExternalFilterPresent={() => dueSoonRef.current}
          doesExternalFilterPass={(n: IRowNode<ContractListItem>) => n.data?.notice?.status === 'due-soon'}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          onSelectionChanged={(e) => {
            const id = e.api.getSelectedRows()[0]?.id;
            if (id) setSelectedId(id);
          }}
          onRowDoubleClicked={(e) =>
            e.data && setDialog(contractDraft(e.data, wb.lookups.minorUnits.get(e.data.currency) ?? 2))
          }
          onModelUpdated={(e) => setShown(e.api.getDisplayedRowCount())}
          onGridReady={(e) => (apiRef.current = e.api)}
          onRowDataUpdated={() => selectedRef.current && select(selectedRef.current)}
          tooltipShowDelay={250}
        />
      </div>
      {selected ? (
        <ContractDetail key={selected.id} contract={selected} />
      ) : (
        <p className="muted contracts-hint">Select a contract to see its prices, billing and accrual vs cash.</p>
      )}
      {dialog && (
        <ContractDialog
          initial={dialog}
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setDialog(null);
            select(id);
          }}
        />
      )}
      {confirm && selected && (
        <ConfirmDialog
          title="Delete contract"
          danger
          confirmLabel="Delete"
          message={`Delete contract ${selected.code} — ${selected.name}? Contracts with recorded invoices are refused; Undo brings it back.`}
          onCancel={() => setConfirm(false)}
          onConfirm={() => void remove()}
        />
      )}
    </div>
  );
}
