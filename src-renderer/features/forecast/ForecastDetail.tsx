import { useMemo, useState } from 'react';
import { FORECAST_METHOD_CHOICES, type ForecastScope, type SeriesForecast } from '../../../src-shared/model/forecast';
import { Chart } from '../../charts/Chart';
import { Select } from '../../components/Field';
import '../../styles/forecast-inputs.css';
import { forecastChartOption } from './forecast-chart-option';
import { METHOD_LABELS } from './forecast-labels';
import { ForecastAnomalies } from './ForecastAnomalies';
import { ForecastGrid } from './ForecastGrid';
import { ForecastInputsPanel } from './ForecastInputsPanel';
import { ForecastMethodPanel } from './ForecastMethodPanel';
import { useForecastInputs } from './useForecastInputs';

/**
 * One scope's forecast: chart, month-by-month grid (forecast months editable as
 * overrides), the method stored for the scope, backtest, outliers to accept or reject,
 * and the re-baseline tools. Every choice is stored as an undoable command.
 */
export function ForecastDetail(props: {
  s: SeriesForecast;
  scope: ForecastScope;
  loading: boolean;
  minorUnits: number;
  /** The toolbar's method when it overrides the stored one for viewing; null when stored methods apply. */
  viewMethod: string | null;
}) {
  const { s, minorUnits } = props;
  const cmd = useForecastInputs(props.scope);
  const [rolling, setRolling] = useState(false);
  const [yoy, setYoy] = useState(false);
  const option = useMemo(
    () => forecastChartOption(s, minorUnits, { rolling12: rolling, yoy }),
    [s, minorUnits, rolling, yoy],
  );
  return (
    <section className="panel forecast-detail" aria-label="Forecast detail" data-testid="forecast-detail">
      <div className="toolbar">
        <h2 data-testid="forecast-scope-label">{s.scope.label}</h2>
        {props.loading && <span className="muted">Recomputing…</span>}
        <div className="toolbar-spacer" />
        <label title="Stored with the workbook; used whenever this scope is forecast">
          Method for this {s.scope.kind === 'total' ? 'workbook' : s.scope.kind.replace('-', ' ')}{' '}
          <Select
            ariaLabel="Stored method of this scope"
            testId="forecast-scope-method"
            value={s.inputs.method}
            options={FORECAST_METHOD_CHOICES.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
            onChange={(v) => {
              const m = FORECAST_METHOD_CHOICES.find((x) => x === v);
              if (m) void cmd.setMethod(m);
            }}
          />
        </label>
        {props.viewMethod !== null && (
          <span className="muted" data-testid="forecast-view-method-note">
            (viewing with the toolbar's method)
          </span>
        )}
        <label>
          <input
            type="checkbox"
            data-testid="forecast-rolling12"
            checked={rolling}
            onChange={(e) => setRolling(e.target.checked)}
          />{' '}
          Rolling 12-month average
        </label>
        <label>
          <input type="checkbox" data-testid="forecast-yoy" checked={yoy} onChange={(e) => setYoy(e.target.checked)} />{' '}
          YoY growth
        </label>
      </div>
      <div className="forecast-detail-body">
        <Chart option={option} height={280} testId="forecast-chart" />
        <ForecastGrid
          // A new scope opens its grid afresh, scrolled to where its forecast starts.
          key={JSON.stringify(props.scope)}
          s={s}
          minorUnits={minorUnits}
          onOverride={(cells) => void cmd.setOverrides(cells)}
        />
        <div className="forecast-detail-cols">
          <div className="forecast-detail-side">
            <ForecastMethodPanel s={s} />
            <ForecastAnomalies
              anomalies={s.history.anomalies}
              minorUnits={minorUnits}
              busy={cmd.busy}
              onDecide={(month, decision) => void cmd.decide(month, decision)}
            />
          </div>
          <ForecastInputsPanel s={s} minorUnits={minorUnits} cmd={cmd} />
        </div>
      </div>
    </section>
  );
}
