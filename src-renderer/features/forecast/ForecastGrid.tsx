import { useMemo } from 'react';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import type { CellEditRequestEvent, ColDef } from 'ag-grid-community';
import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import type { SeriesForecast } from '../../../src-shared/model/forecast';
import { MoneyParseError, parseUserAmount } from '../../../src-shared/money';
import { notify } from '../../api/notifications';
import { formatMoneyCell } from '../../grids/money-columns';
import { gridTheme } from '../../grids/theme';
import { forecastGridRows, gridMonths, type ForecastGridRow } from './forecast-grid-model';

/** One month's cell: the formatted value, its state as a class and data attribute, the tooltip as a title. */
function MonthCell(p: CustomCellRendererProps<ForecastGridRow> & { month: MonthKey }) {
  const cell = p.data?.cells[p.month];
  if (!cell || cell.value === null) return null;
  return (
    <span className={`fc-cell fc-${cell.state}`} data-state={cell.state} title={cell.title || undefined}>
      {p.valueFormatted ?? cell.value}
    </span>
  );
}

/**
 * The selected scope month by month: one column per history month (values as fitted,
 * cleaned / one-off / before-baseline / shifted marked, the posted value on hover) and
 * per forecast month (typing an amount overrides it, clearing the cell restores the
 * computed value; intervals on hover), with rows for the values as posted, the rolling
 * 12-month average and the year-over-year growth.
 */
export function ForecastGrid(props: {
  s: SeriesForecast;
  minorUnits: number;
  onOverride: (cells: { month: MonthKey; amount: string | null }[]) => void;
}) {
  const { s, minorUnits, onOverride } = props;
  const rows = useMemo(() => forecastGridRows(s, minorUnits), [s, minorUnits]);
  const columnDefs = useMemo((): ColDef<ForecastGridRow>[] => {
    const months = gridMonths(s);
    return [
      { colId: 'label', headerName: '', field: 'label', pinned: 'left', width: 150 },
      ...months.map(({ month, phase }): ColDef<ForecastGridRow> => ({
        colId: month,
        headerName: phase === 'forecast' ? `${month} ▸` : month,
        headerClass: phase === 'forecast' ? 'fc-forecast-header' : undefined,
        width: 104,
        type: 'rightAligned',
        valueGetter: (p) => p.data?.cells[month]?.value ?? null,
        valueFormatter: (p) =>
          p.value == null ? '' : p.data?.kind === 'yoy' ? `${String(p.value)} %` : formatMoneyCell(p.value, minorUnits),
        cellRenderer: MonthCell,
        cellRendererParams: { month },
        editable: (p) => phase === 'forecast' && p.data?.kind === 'amount',
        cellClass: phase === 'forecast' ? 'fc-forecast-col' : undefined,
      })),
    ];
  }, [s, minorUnits]);

  const onEdit = (e: CellEditRequestEvent<ForecastGridRow>) => {
    const month = e.colDef.colId;
    if (!month) return;
    const typed = e.newValue == null ? '' : String(e.newValue);
    try {
      onOverride([{ month, amount: parseUserAmount(typed) }]);
    } catch (err) {
      if (!(err instanceof MoneyParseError)) throw err;
      notify('error', `Forecast ${month}: "${typed}" is not an amount (${err.message}).`);
    }
  };

  return (
    <div className="forecast-series-grid" data-testid="forecast-series-grid">
      <AgGridReact<ForecastGridRow>
        theme={gridTheme}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={{ sortable: false, resizable: true, cellDataType: false, suppressMovable: true }}
        getRowId={(p) => p.data.kind}
        readOnlyEdit
        onCellEditRequest={onEdit}
        suppressColumnVirtualisation
        domLayout="autoHeight"
        // Open on the months that matter most: the last actuals and the start of the forecast.
        onFirstDataRendered={(e) => {
          const first = s.forecast?.months[0] ?? s.history.months.at(-1);
          if (first) e.api.ensureColumnVisible(first, 'middle');
        }}
      />
    </div>
  );
}
