import { useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { BillingImportRecord } from '../../../src-shared/ipc/billing-import-types';
import { formatMoney } from '../../../src-shared/money/format';
import { notify } from '../../api/notifications';
import { TABLES, touches } from '../../api/stale';
import { useClient } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../api/client';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import '../../styles/billing-imports.css';
import { BillingImportDialog } from './BillingImportDialog';

type Units = ReadonlyMap<string, number> | undefined;

const totalsText = (r: BillingImportRecord | undefined, key: 'billedCost' | 'effectiveCost', units: Units) =>
  r?.totals.map((t) => `${t.currency} ${formatMoney(t[key], units?.get(t.currency) ?? 2)}`).join(' · ') ?? '';

function DeleteButton(p: ICellRendererParams<BillingImportRecord> & { onDelete: (r: BillingImportRecord) => void }) {
  const r = p.data;
  if (!r) return null;
  return (
    <button
      type="button"
      className="link-button"
      aria-label={`Delete import ${r.fileName}`}
      data-testid={`billing-import-delete-${r.id}`}
      onClick={() => p.onDelete(r)}
    >
      Delete
    </button>
  );
}

/**
 * Cloud bill imports: every imported file (newest first; replaced ones marked) with its rows,
 * periods and exact totals, "Import cloud bill…" and Delete (both undoable with Undo).
 */
export function BillingImportsPanel() {
  const wb = useWorkbook();
  const client = useClient();
  const [open, setOpen] = useState(false);
  const imports = useQuery('billing/list-imports', {}, { staleOn: touches(TABLES.cloud) });
  const units = wb?.lookups.minorUnits;
  const cols = useMemo<ColDef<BillingImportRecord>[]>(() => {
    const remove = (r: BillingImportRecord) => {
      client
        .call('billing/delete-import', { id: r.id })
        .then(() => notify('info', `Deleted the import of ${r.fileName}. Undo takes it back.`))
        .catch((e: unknown) => notify('error', errorMessage(e)));
    };
    return [
      { headerName: 'When', valueGetter: (p) => p.data?.importedAt.slice(0, 16).replace('T', ' '), width: 135 },
      { headerName: 'File', field: 'fileName', flex: 1, minWidth: 180 },
      { headerName: 'Format', field: 'format', width: 110 },
      {
        headerName: 'Rows',
        field: 'rowCount',
        width: 100,
        type: 'rightAligned',
        valueFormatter: (p) => (p.value as number | undefined)?.toLocaleString('en-US') ?? '',
      },
      { headerName: 'Periods', valueGetter: (p) => p.data?.periods.join(', '), width: 150 },
      {
        headerName: 'BilledCost',
        valueGetter: (p) => totalsText(p.data, 'billedCost', units),
        width: 170,
        type: 'rightAligned',
      },
      {
        headerName: 'EffectiveCost',
        valueGetter: (p) => totalsText(p.data, 'effectiveCost', units),
        width: 170,
        type: 'rightAligned',
      },
      {
        headerName: 'Status',
        valueGetter: (p) => (p.data?.replacedBy ? 'Replaced' : 'Live'),
        width: 95,
      },
      { headerName: 'By', field: 'importedBy', width: 110 },
      { headerName: 'SHA-256', valueGetter: (p) => p.data?.sha256.slice(0, 12), width: 120 },
      { headerName: '', cellRenderer: DeleteButton, cellRendererParams: { onDelete: remove }, width: 90 },
    ];
  }, [units, client]);

  return (
    <section className="billing-imports" data-testid="billing-imports-panel" aria-label="Cloud bill imports">
      <div className="billing-imports-bar">
        <button type="button" className="primary" data-testid="billing-import-open" onClick={() => setOpen(true)}>
          Import cloud bill…
        </button>
        <span className="muted">
          A later bill for the same billing period, provider and account replaces the earlier one.
        </span>
      </div>
      <div className="billing-imports-grid" data-testid="billing-imports-grid">
        <AgGridReact<BillingImportRecord>
          theme={gridTheme}
          rowData={imports.data ?? []}
          columnDefs={cols}
          getRowId={(p) => p.data.id}
          overlayNoRowsTemplate="No cloud bills imported yet."
        />
      </div>
      {open && <BillingImportDialog onClose={() => setOpen(false)} />}
    </section>
  );
}
