import { useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GridApi, RowSelectionOptions } from 'ag-grid-community';
import type { ScenarioForecast, ScenarioForecastRow } from '../../../src-shared/model/forecast';
import { gridTheme } from '../../grids/theme';
import { forecastListColumns } from './forecast-list-columns';
import { LIST_BY } from './forecast-labels';
import type { ListBy } from './forecast-state';

const rowSelection: RowSelectionOptions<ScenarioForecastRow> = {
  mode: 'singleRow',
  checkboxes: false,
  enableClickSelection: true,
};

/**
 * The forecast of every cost center (or service, tower, account) of the scenario: its
 * method, backtest accuracy and forecast per fiscal year. Selecting a row opens its series.
 */
export function ForecastList(props: {
  by: ListBy;
  onBy: (by: ListBy) => void;
  data: ScenarioForecast | undefined;
  loading: boolean;
  /** How many members are being forecast, for the loading message. */
  expected: number;
  minorUnits: number;
  selectedKey: string | null;
  onSelect: (key: string) => void;
}) {
  const { by, data, minorUnits, selectedKey } = props;
  const apiRef = useRef<GridApi<ScenarioForecastRow> | null>(null);
  // Rows of another grouping are stale while the new list loads.
  const rows = useMemo(() => (data && data.by === by ? data.rows : []), [data, by]);
  const columnDefs = useMemo(() => forecastListColumns(rows, minorUnits), [rows, minorUnits]);
  const plural = LIST_BY.find((b) => b.value === by)?.plural ?? by;

  useEffect(() => {
    const api = apiRef.current;
    if (!api) return;
    const node = selectedKey ? api.getRowNode(selectedKey) : undefined;
    if (node && !node.isSelected()) node.setSelected(true);
  }, [selectedKey, rows]);

  return (
    <section className="panel forecast-list" aria-label="Forecast list">
      <div className="toolbar">
        <div className="segmented" role="group" aria-label="Forecast by">
          {LIST_BY.map((b) => (
            <button
              key={b.value}
              type="button"
              className={b.value === by ? 'active' : undefined}
              aria-pressed={b.value === by}
              data-testid={`forecast-by-${b.value}`}
              onClick={() => props.onBy(b.value)}
            >
              {b.label}
            </button>
          ))}
        </div>
        <span className="muted" data-testid="forecast-list-status">
          {props.loading
            ? `Forecasting ${props.expected} ${plural}…`
            : data
              ? `${rows.length} ${plural} · actuals to ${data.lastActualMonth ?? 'none'}`
              : ''}
        </span>
      </div>
      <div className="grid-host" data-testid="forecast-grid">
        <AgGridReact<ScenarioForecastRow>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.key}
          rowSelection={rowSelection}
          onSelectionChanged={(e) => {
            const picked = e.api.getSelectedRows()[0];
            if (picked) props.onSelect(picked.key);
          }}
          onGridReady={(e) => (apiRef.current = e.api)}
          loading={props.loading}
          tooltipShowDelay={200}
          localeText={{ noRowsToShow: 'Nothing to forecast.' }}
        />
      </div>
    </section>
  );
}
