import { useMemo, useState } from 'react';
import type { SeriesForecast } from '../../../src-shared/model/forecast';
import { Chart } from '../../charts/Chart';
import { forecastChartOption } from './forecast-chart-option';
import { ForecastAnomalies } from './ForecastAnomalies';
import { ForecastMethodPanel } from './ForecastMethodPanel';
import { ForecastMonths } from './ForecastMonths';

/** One scope's forecast: chart, method and backtest, outliers to clean, and every month. */
export function ForecastDetail(props: {
  s: SeriesForecast;
  loading: boolean;
  minorUnits: number;
  accepted: readonly number[];
  onToggle: (index: number, on: boolean) => void;
}) {
  const { s, minorUnits } = props;
  const [rolling, setRolling] = useState(false);
  const option = useMemo(() => forecastChartOption(s, minorUnits, { rolling12: rolling }), [s, minorUnits, rolling]);
  return (
    <section className="panel forecast-detail" aria-label="Forecast detail" data-testid="forecast-detail">
      <div className="toolbar">
        <h2 data-testid="forecast-scope-label">{s.scope.label}</h2>
        {props.loading && <span className="muted">Recomputing…</span>}
        <div className="toolbar-spacer" />
        <label>
          <input
            type="checkbox"
            data-testid="forecast-rolling12"
            checked={rolling}
            onChange={(e) => setRolling(e.target.checked)}
          />{' '}
          Rolling 12-month average
        </label>
      </div>
      <div className="forecast-detail-body">
        <Chart option={option} height={280} testId="forecast-chart" />
        <div className="forecast-detail-cols">
          <div className="forecast-detail-side">
            <ForecastMethodPanel s={s} />
            <ForecastAnomalies
              anomalies={s.history.anomalies}
              accepted={props.accepted}
              minorUnits={minorUnits}
              onToggle={props.onToggle}
            />
          </div>
          <ForecastMonths s={s} minorUnits={minorUnits} />
        </div>
      </div>
    </section>
  );
}
