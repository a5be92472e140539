import { useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, ColDef, GridApi } from 'ag-grid-community';
import { fiscalYearMonths, monthLabel } from '../../../src-shared/calendar/fiscal';
import { UNIT_LABELS, type ChargebackService } from '../../../src-shared/model/rates';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { RATES_STALE } from './rates-stale';
import { normalizeQuantity, pastedCells } from './volume-paste';

/** A business unit's row: quantities by service id. */
type UsageRow = { departmentId: string; code: string; name: string; q: Record<string, string> };
type CapacityRow = { serviceId: string; code: string; unit: string; capacity: string };
const qty = { type: 'rightAligned', width: 170, editable: true, cellClass: 'money editable-cell' } as const;

/**
 * Volumes of one month: usage per business unit × service (edit a cell or paste a block
 * from Excel) and the planned capacity per service. Each edit or paste is one command; a
 * bad cell is refused by name and nothing is written.
 */
export function VolumesTab() {
  const wb = useWorkbook();
  const months = useMemo(
    () => fiscalYearMonths(wb.fiscalYear, wb.info.settings.fyStartMonth),
    [wb.fiscalYear, wb.info.settings.fyStartMonth],
  );
  const [month, setMonth] = useState(months[0]!);
  const current = months.includes(month) ? month : months[0]!;
  const view = useQuery('rates/get-volumes', { month: current }, { staleOn: RATES_STALE });
  const cmd = useCommand();
  const usageApi = useRef<GridApi<UsageRow> | null>(null);
  const services = useMemo<ChargebackService[]>(() => (view.data?.services ?? []).filter((s) => s.active), [view.data]);

  const usageRows = useMemo<UsageRow[]>(() => {
    const data = view.data;
    if (!data) return [];
    return data.departments.map((d) => {
      const q: Record<string, string> = {};
      for (const u of data.usage) if (u.departmentId === d.id) q[u.serviceId] = u.quantity;
      return { departmentId: d.id, code: d.code, name: d.name, q };
    });
  }, [view.data]);
  const usageCols = useMemo<ColDef<UsageRow>[]>(
    () => [
      { field: 'code', headerName: 'Business unit', width: 130, pinned: 'left' },
      { field: 'name', headerName: 'Name', width: 180 },
      ...services.map((s) => ({
        colId: s.id,
        valueGetter: (p: { data: UsageRow | undefined }) => p.data?.q[s.id] ?? '',
        headerName: `${s.code} (${UNIT_LABELS[s.unit]})`,
        ...qty,
      })),
    ],
    [services],
  );
  const capacityRows = useMemo<CapacityRow[]>(
    () =>
      services.map((s) => ({
        serviceId: s.id,
        code: s.code,
        unit: UNIT_LABELS[s.unit],
        capacity: view.data?.capacity.find((c) => c.serviceId === s.id)?.capacity ?? '',
      })),
    [services, view.data],
  );
  const capacityCols = useMemo<ColDef<CapacityRow>[]>(
    () => [
      { field: 'code', headerName: 'Service', width: 130 },
      { field: 'unit', headerName: 'Unit', width: 140 },
      { field: 'capacity', headerName: 'Planned capacity', ...qty, width: 160 },
    ],
    [],
  );

  const sendUsage = async (cells: { departmentId: string; serviceId: string; quantity: string }[]) => {
    if (cells.length === 0) return;
    const done = await cmd.run('rates/set-usage', { cells: cells.map((c) => ({ ...c, month: current })) });
    if (done && cells.length > 1) notify('info', `Set ${done.changed} usage cell(s) of ${monthLabel(current)}.`);
  };
  const onUsageEdit = (e: CellEditRequestEvent<UsageRow>) => {
    const raw = e.newValue == null ? '' : String(e.newValue);
    void sendUsage([
      { departmentId: e.data.departmentId, serviceId: e.column.getColId(), quantity: normalizeQuantity(raw) },
    ]);
  };
  const onUsagePaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const api = usageApi.current;
    if (!api || (e.target as HTMLElement).closest('input, textarea') || api.getEditingCells().length > 0) return;
    const focused = api.getFocusedCell();
    const colIds = services.map((s) => s.id);
    const startCol = focused ? colIds.indexOf(focused.column.getColId()) : -1;
    if (!focused || startCol < 0) return;
    e.preventDefault();
    const cells = pastedCells(
      e.clipboardData.getData('text/plain'),
      usageRows.map((r) => r.departmentId),
      colIds,
      focused.rowIndex,
      startCol,
    );
    void sendUsage(cells.map((c) => ({ departmentId: c.rowId, serviceId: c.colId, quantity: c.value })));
  };
  const onCapacityEdit = (e: CellEditRequestEvent<CapacityRow>) => {
    const raw = e.newValue == null ? '' : String(e.newValue);
    void cmd.run('rates/set-capacity', {
      cells: [{ serviceId: e.data.serviceId, month: current, capacity: normalizeQuantity(raw) }],
    });
  };

  return (
    <section className="panel" aria-label="Volumes">
      <div className="toolbar">
        <h3>Volumes</h3>
        <label>
          Month{' '}
          <select value={current} onChange={(e) => setMonth(e.target.value)} data-testid="rates-volumes-month">
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">Paste a block copied from Excel into the usage grid from the focused cell.</span>
      </div>
      {view.error && (
        <div className="banner banner-error" role="alert">
          {view.error}
        </div>
      )}
      <h4>Usage by business unit</h4>
      <div className="grid-host rates-grid" data-testid="rates-usage-grid" onPaste={onUsagePaste}>
        <AgGridReact<UsageRow>
          theme={gridTheme}
          rowData={usageRows}
          columnDefs={usageCols}
          defaultColDef={{ sortable: false, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.departmentId}
          readOnlyEdit
          onCellEditRequest={onUsageEdit}
          onGridReady={(e) => (usageApi.current = e.api)}
        />
      </div>
      <h4>Planned capacity</h4>
      <div className="grid-host rates-grid-small" data-testid="rates-capacity-grid">
        <AgGridReact<CapacityRow>
          theme={gridTheme}
          rowData={capacityRows}
          columnDefs={capacityCols}
          defaultColDef={{ sortable: false, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.serviceId}
          readOnlyEdit
          onCellEditRequest={onCapacityEdit}
        />
      </div>
    </section>
  );
}
