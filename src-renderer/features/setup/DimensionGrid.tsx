import { useCallback, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, ColDef, GridApi } from 'ag-grid-community';
import { useClient } from '../../api/ApiProvider';
import { errorField, errorMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { ConfirmDialog } from '../../components/Dialog';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { AddDimensionForm } from './AddDimensionForm';
import { toSaveRow, type KindSpec } from './dimension-specs';

type Row = { id: string; code: string; name: string; [k: string]: unknown };
interface RowError {
  rowId: string;
  field: string | null;
  message: string;
}

/** One kind of reference data as an editable grid; every edit is a dimensions/save command. */
export function DimensionGrid({ spec }: { spec: KindSpec }) {
  const wb = useWorkbook();
  const client = useClient();
  const apiRef = useRef<GridApi<Row> | null>(null);
  const [error, setErrorState] = useState<RowError | null>(null);
  const errorRef = useRef<RowError | null>(null);
  const [selected, setSelected] = useState<Row[]>([]);
  const [confirm, setConfirm] = useState(false);
  const rows = spec.rows(wb.dimensions) as Row[];

  const setError = useCallback((e: RowError | null) => {
    const before = errorRef.current;
    errorRef.current = e;
    setErrorState(e);
    const api = apiRef.current;
    const ids = [before?.rowId, e?.rowId].filter((x): x is string => Boolean(x));
    const nodes = ids.map((id) => api?.getRowNode(id)).filter((n) => n !== undefined);
    if (api && nodes.length) api.refreshCells({ rowNodes: nodes, force: true });
  }, []);

  const columnDefs = useMemo<ColDef<Row>[]>(
    () =>
      spec.fields.map((f) => {
        const opts = f.options?.(wb.dimensions) ?? [];
        const labels = new Map(opts.map((o) => [o.value, o.label]));
        const invalid = (p: { data?: Row }) => {
          const e = errorRef.current;
          return !!e && e.rowId === p.data?.id && (e.field === f.key || (e.field === null && f.key === 'code'));
        };
        const col: ColDef<Row> = {
          field: f.key,
          headerName: f.label,
          width: f.width ?? 160,
          editable: true,
          filter: 'agTextColumnFilter',
          floatingFilter: true,
          cellClassRules: { 'cell-invalid': invalid },
          tooltipValueGetter: (p) => (invalid(p) ? errorRef.current?.message : undefined),
        };
        if (f.type !== 'text') {
          col.valueFormatter = (p) => (p.value ? (labels.get(String(p.value)) ?? String(p.value)) : '—');
          col.filterValueGetter = (p) => labels.get(String(p.data?.[f.key] ?? '')) ?? '';
          col.cellEditor = 'agSelectCellEditor';
          col.cellEditorParams = { values: [...(f.nullable ? [''] : []), ...opts.map((o) => o.value)] };
        }
        if (f.key === 'code') col.pinned = 'left';
        if (f.key === 'name') {
          col.flex = 1;
          col.minWidth = 200;
        }
        return col;
      }),
    [spec, wb.dimensions],
  );

  const onCellEditRequest = async (e: CellEditRequestEvent<Row>) => {
    const row = e.data;
    const key = e.colDef.field as string;
    if (e.newValue === e.oldValue) return;
    try {
      await client.call('dimensions/save', {
        kind: spec.kind,
        row: toSaveRow(spec, { ...row, [key]: e.newValue ?? '' }, row.id),
      } as never);
      if (errorRef.current?.rowId === row.id) setError(null);
    } catch (err) {
      const field = errorField(err) ?? key;
      setError({ rowId: row.id, field, message: `${row.code}: ${errorMessage(err)}` });
    }
  };

  const remove = async () => {
    setConfirm(false);
    for (const r of selected) {
      try {
        await client.call('dimensions/delete', { kind: spec.kind, id: r.id });
      } catch (err) {
        notify('error', `${r.code} was not deleted: ${errorMessage(err)}`);
      }
    }
  };

  return (
    <div className="dimension-screen">
      <AddDimensionForm spec={spec} />
      <div className="toolbar toolbar-compact">
        <span className="muted">
          {rows.length} {spec.plural.toLowerCase()} · double-click a cell to edit
        </span>
        <div className="toolbar-spacer" />
        <button
          type="button"
          data-testid="delete-dimensions"
          disabled={selected.length === 0}
          onClick={() => setConfirm(true)}
        >
          Delete selected
        </button>
      </div>
      {error && (
        <div className="grid-message grid-message-error" role="alert" data-testid="dimension-error">
          <span>{error.message}</span>
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
      <div className="grid-host" data-testid={`setup-grid-${spec.kind}`}>
        <AgGridReact<Row>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.id}
          readOnlyEdit
          onCellEditRequest={(e) => void onCellEditRequest(e)}
          stopEditingWhenCellsLoseFocus
          rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }}
          selectionColumnDef={{ pinned: 'left', width: 36 }}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows())}
          onGridReady={(e) => (apiRef.current = e.api)}
          tooltipShowDelay={150}
        />
      </div>
      {confirm && (
        <ConfirmDialog
          title={`Delete ${spec.plural.toLowerCase()}`}
          danger
          confirmLabel="Delete"
          message={`Delete ${selected.map((r) => r.code).join(', ')}? Rows still used by budget lines are refused.`}
          onCancel={() => setConfirm(false)}
          onConfirm={() => void remove()}
        />
      )}
    </div>
  );
}
