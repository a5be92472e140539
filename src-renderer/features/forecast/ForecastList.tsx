import { useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GridApi, RowSelectionOptions } from 'ag-grid-community';
import type { ScenarioForecast, ScenarioForecastRow } from '../../../src-shared/model/forecast';
import { useLongCall } from '../../api/useLongCall';
import { ProgressBar } from '../../components/ProgressBar';
import { gridTheme } from '../../grids/theme';
import '../../styles/forecast-posting.css';
import { forecastListColumns } from './forecast-list-columns';
import { LIST_BY } from './forecast-labels';
import type { ListBy } from './forecast-state';
import { PostForecastDialog } from './PostForecastDialog';

const rowSelection: RowSelectionOptions<ScenarioForecastRow> = {
  mode: 'singleRow',
  checkboxes: false,
  enableClickSelection: true,
};

/**
 * The forecast of every cost center (or service, tower, account) of the scenario: its
 * method, backtest accuracy and forecast per fiscal year. Selecting a row opens its series.
 * Recompute runs the list's forecast again in the main process with progress and Cancel;
 * "Post to budget…" posts the scenario's line forecasts into budget lines.
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
  const { by, minorUnits, selectedKey } = props;
  const apiRef = useRef<GridApi<ScenarioForecastRow> | null>(null);
  const recompute = useLongCall('forecast/scenario');
  // A recomputed list stands until the screen's own list changes (new choices, workbook edits).
  const [fresh, setFresh] = useState<{ of: ScenarioForecast | undefined; data: ScenarioForecast } | null>(null);
  const [posting, setPosting] = useState(false);
  const data = fresh && fresh.of === props.data ? fresh.data : props.data;
  // Rows of another grouping are stale while the new list loads.
  const rows = useMemo(() => (data && data.by === by ? data.rows : []), [data, by]);
  const columnDefs = useMemo(() => forecastListColumns(rows, minorUnits), [rows, minorUnits]);
  const plural = LIST_BY.find((b) => b.value === by)?.plural ?? by;

  // A recompute of another grouping has nothing left to show.
  const { reset } = recompute;
  useEffect(() => reset(), [by, reset]);

  useEffect(() => {
    const api = apiRef.current;
    if (!api) return;
    const node = selectedKey ? api.getRowNode(selectedKey) : undefined;
    if (node && !node.isSelected()) node.setSelected(true);
  }, [selectedKey, rows]);

  // What the list shows was asked with these choices; the horizon is its number of months.
  const asked = data && data.by === by && data.months.length > 0 ? data : null;
  const runRecompute = async () => {
    if (!asked) return;
    const of = props.data;
    const method = asked.requested === 'stored' ? {} : { method: asked.requested };
    const args = { scenarioId: asked.scenarioId, horizon: asked.months.length, by, ...method };
    const again = await recompute.start(args);
    if (again) setFresh({ of, data: again });
  };

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
        <div className="toolbar-spacer" />
        <button
          type="button"
          data-testid="forecast-recompute"
          disabled={!asked || recompute.running || props.loading}
          onClick={() => void runRecompute()}
        >
          Recompute
        </button>
        <button
          type="button"
          data-testid="forecast-post-open"
          disabled={!asked}
          title="Replace budget amounts with each line's forecast"
          onClick={() => setPosting(true)}
        >
          Post to budget…
        </button>
      </div>
      <div className="toolbar forecast-list-status">
        {recompute.running ? (
          <ProgressBar
            title={`Recomputing ${plural}`}
            progress={recompute.progress}
            onCancel={recompute.cancel}
            testId="forecast-recompute-progress"
          />
        ) : recompute.cancelled ? (
          <span className="muted" data-testid="forecast-recompute-cancelled">
            Recompute cancelled; the list shows the previous forecast.
          </span>
        ) : recompute.error ? (
          <span className="form-error" role="alert" data-testid="forecast-recompute-error">
            {recompute.error.message}
          </span>
        ) : null}
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
      {posting && asked && (
        <PostForecastDialog
          scenarioId={asked.scenarioId}
          horizon={asked.months.length}
          method={asked.requested}
          onClose={() => setPosting(false)}
        />
      )}
    </section>
  );
}
