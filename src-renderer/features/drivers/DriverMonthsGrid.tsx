import { useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, ColDef, GridApi } from 'ag-grid-community';
import { monthLabel } from '../../../src-shared/calendar/fiscal';
import { parseDriverPaste, type DriverPastePreview } from '../../../src-shared/drivers/driver-paste';
import type { DriverSeriesPoint, DriverSeriesView } from '../../../src-shared/model/drivers';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { gridTheme } from '../../grids/theme';
import { DriverPasteDialog } from './DriverPasteDialog';

const SOURCE_LABEL: Record<DriverSeriesPoint['source'], string> = {
  actual: 'Actual',
  plan: 'Plan',
  forecast: 'Forecast',
  none: '—',
};

const qty = { type: 'rightAligned', width: 120, cellClass: 'money' } satisfies Partial<ColDef<DriverSeriesPoint>>;

/**
 * One driver's months for the selected scenario: actual (history), plan (editable where
 * there is no actual), the statistical forecast, and the value the lines use (grown by the
 * scenario's assumptions). A column pasted from Excel fills plan values from the focused
 * month on (actuals when pasted into the actual column) after a preview that names any
 * cell it cannot read.
 */
export function DriverMonthsGrid({ series }: { series: DriverSeriesView }) {
  const apiRef = useRef<GridApi<DriverSeriesPoint> | null>(null);
  const cmd = useCommand();
  const driverId = series.driver.id;
  const [pasting, setPasting] = useState<{ kind: 'actual' | 'plan'; preview: DriverPastePreview } | null>(null);
  const actualMonths = useMemo(
    () => new Set(series.points.filter((p) => p.actual !== null).map((p) => p.month)),
    [series],
  );

  const columnDefs = useMemo<ColDef<DriverSeriesPoint>[]>(
    () => [
      { field: 'month', headerName: 'Month', width: 110, valueFormatter: (p) => monthLabel(p.value as string) },
      { field: 'actual', headerName: 'Actual', ...qty, editable: true },
      {
        field: 'plan',
        headerName: 'Plan',
        ...qty,
        editable: (p) => p.data?.actual === null,
        cellClass: (p) => (p.data?.actual === null ? 'money editable-cell' : 'money'),
      },
      { field: 'forecast', headerName: 'Forecast', ...qty },
      { field: 'value', headerName: 'Used (grown)', ...qty, cellClass: 'money driver-used' },
      {
        field: 'source',
        headerName: 'Source',
        width: 100,
        valueFormatter: (p) => SOURCE_LABEL[p.value as DriverSeriesPoint['source']],
      },
    ],
    [],
  );

  const send = async (kind: 'actual' | 'plan', values: { month: string; value: string | null }[]) => {
    if (values.length === 0) return;
    const done = await cmd.run('drivers/set-values', { driverId, kind, values });
    if (done && values.length > 1) notify('info', `Set ${done.changed} ${kind} value(s) of ${series.driver.code}.`);
  };

  const onEdit = (e: CellEditRequestEvent<DriverSeriesPoint>) => {
    const kind = e.colDef.field === 'actual' ? 'actual' : 'plan';
    const raw = e.newValue == null ? '' : String(e.newValue);
    if (raw.trim() === '') return void send(kind, [{ month: e.data.month, value: null }]);
    const p = parseDriverPaste(raw, e.data.month);
    if (p.problems[0])
      return notify('error', `${series.driver.code} ${e.data.month}: "${raw}" is ${p.problems[0].why}.`);
    void send(kind, [{ month: e.data.month, value: p.values[0]!.value }]);
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    const target = e.target as HTMLElement;
    if (!api || target.closest('input, textarea, select') || api.getEditingCells().length > 0) return;
    const focused = api.getFocusedCell();
    const row = focused ? api.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
    if (!focused || !row) return;
    e.preventDefault();
    const kind = focused.column.getColId() === 'actual' ? 'actual' : 'plan';
    setPasting({ kind, preview: parseDriverPaste(e.clipboardData.getData('text/plain'), row.month) });
  };

  return (
    <>
      <div className="grid-host drivers-months" data-testid="driver-months-grid" onPaste={onPaste}>
        <AgGridReact<DriverSeriesPoint>
          theme={gridTheme}
          rowData={series.points}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: false, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.month}
          readOnlyEdit
          onCellEditRequest={onEdit}
          onGridReady={(e) => (apiRef.current = e.api)}
        />
      </div>
      {pasting && (
        <DriverPasteDialog
          driverCode={series.driver.code}
          kind={pasting.kind}
          preview={pasting.preview}
          hasActual={(m) => actualMonths.has(m)}
          onClose={() => setPasting(null)}
          onApply={() => {
            setPasting(null);
            void send(pasting.kind, pasting.preview.values);
          }}
        />
      )}
    </>
  );
}
