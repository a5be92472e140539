import { useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import { UNIT_LABELS, type ChargebackService } from '../../../src-shared/model/rates';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { gridTheme } from '../../grids/theme';
import { RATES_STALE } from './rates-stale';
import { ServiceDialog } from './ServiceDialog';

/** The service catalogue: a grid of services, add / edit in a dialog, delete when no card prices it. */
export function CatalogueTab() {
  const list = useQuery('rates/list-services', {}, { staleOn: RATES_STALE });
  const [editing, setEditing] = useState<ChargebackService | 'new' | null>(null);
  const [selected, setSelected] = useState<ChargebackService | null>(null);
  const del = useCommand();
  const columnDefs = useMemo<ColDef<ChargebackService>[]>(
    () => [
      { field: 'code', headerName: 'Code', width: 120 },
      { field: 'name', headerName: 'Name', flex: 1, minWidth: 180 },
      {
        field: 'unit',
        headerName: 'Billable unit',
        width: 140,
        valueFormatter: (p) => UNIT_LABELS[p.value as ChargebackService['unit']],
      },
      { field: 'node', headerName: 'Recovers cost of', width: 180 },
      { field: 'active', headerName: 'Active', width: 90, valueFormatter: (p) => (p.value ? 'Yes' : 'No') },
    ],
    [],
  );
  const remove = async () => {
    if (!selected) return;
    if (await del.run('rates/delete-service', { id: selected.id })) {
      notify('info', `Service ${selected.code} deleted.`);
      setSelected(null);
    }
  };
  return (
    <section className="panel" aria-label="Service catalogue">
      <div className="toolbar">
        <h3>Service catalogue</h3>
        <div className="toolbar-spacer" />
        <button type="button" className="primary" onClick={() => setEditing('new')} data-testid="rates-service-add">
          Add service
        </button>
        <button
          type="button"
          disabled={!selected}
          onClick={() => selected && setEditing(selected)}
          data-testid="rates-service-edit"
        >
          Edit
        </button>
        <button
          type="button"
          disabled={!selected || del.busy}
          onClick={() => void remove()}
          data-testid="rates-service-delete"
        >
          Delete
        </button>
      </div>
      {list.error && (
        <div className="banner banner-error" role="alert">
          {list.error}
        </div>
      )}
      <div className="grid-host rates-grid" data-testid="rates-catalogue-grid">
        <AgGridReact<ChargebackService>
          theme={gridTheme}
          rowData={list.data ?? []}
          columnDefs={columnDefs}
          getRowId={(p) => p.data.id}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
          onRowDoubleClicked={(e) => e.data && setEditing(e.data)}
        />
      </div>
      {editing && <ServiceDialog service={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
