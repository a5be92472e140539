import { useState } from 'react';
import { FORECAST_METHOD_CHOICES, type ForecastMethodChoice } from '../../../src-shared/model/forecast';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { Select } from '../../components/Field';
import { useWorkbook } from '../../state/WorkbookContext';
import '../../styles/forecast.css';
import { ForecastDetail } from './ForecastDetail';
import { ForecastList } from './ForecastList';
import { HORIZONS, METHOD_LABELS } from './forecast-labels';
import type { ListBy } from './forecast-state';

const STALE = touches(TABLES.actuals, TABLES.budget, TABLES.dimensions, TABLES.settings, TABLES.forecastInputs);
/** The toolbar's default: every scope forecast with the method stored for it. */
const STORED = 'stored';

/** How many members a grouping has, for the loading message. */
function memberCount(wb: ReturnType<typeof useWorkbook>, by: ListBy): number {
  const d = wb.dimensions;
  return { 'cost-center': d.costCenters, service: d.services, tower: d.towers, account: d.accounts }[by].length;
}

/**
 * Forecasts from actuals: the scenario's cost centers (or services, towers, accounts)
 * with method, accuracy and totals per fiscal year, and for the selected one its history,
 * forecast with intervals, backtest and outliers. What the user decides for a scope
 * (method, cleanings, one-offs, baseline, level shifts, overrides) is stored and used
 * by every forecast of it; the toolbar's method, unless "as stored", overrides the stored
 * methods for viewing only.
 */
export default function ForecastScreen() {
  const wb = useWorkbook();
  const { scenarioId, minorUnits } = wb;
  const [by, setBy] = useState<ListBy>('cost-center');
  const [method, setMethod] = useState<ForecastMethodChoice | typeof STORED>(STORED);
  const asked = method === STORED ? {} : { method };
  const [horizon, setHorizon] = useState<number>(12);
  const [selected, setSelected] = useState<string | null>(null);
  const scope = { kind: by, id: selected ?? '' };

  const list = useQuery('forecast/scenario', { scenarioId, horizon, by, ...asked }, { staleOn: STALE });
  const series = useQuery(
    'forecast/series',
    { scope, horizon, ...asked },
    { staleOn: STALE, enabled: selected !== null },
  );
  const listLoading =
    list.loading &&
    (!list.data || list.data.by !== by || list.data.requested !== method || list.data.months.length !== horizon);

  const pickBy = (b: ListBy) => {
    setBy(b);
    setSelected(null);
  };
  const pick = (key: string) => {
    if (key !== selected) setSelected(key);
  };
  const shown = selected !== null && series.data && series.data.scope.kind === by ? series.data : null;
  const error = list.error ?? (selected !== null ? series.error : null);

  return (
    <div className="forecast-screen" data-testid="forecast-screen">
      {error && (
        <div className="banner banner-error" role="alert" data-testid="forecast-error">
          {error}
        </div>
      )}
      <div className="toolbar forecast-toolbar">
        <h2>Forecast</h2>
        <span className="muted">Base currency {wb.info.settings.baseCurrency}</span>
        <div className="toolbar-spacer" />
        <label>
          Method{' '}
          <Select
            ariaLabel="Forecast method"
            testId="forecast-method"
            value={method}
            options={[
              { value: STORED, label: 'As stored per scope' },
              ...FORECAST_METHOD_CHOICES.map((m) => ({ value: m, label: METHOD_LABELS[m] })),
            ]}
            onChange={(v) => setMethod(FORECAST_METHOD_CHOICES.find((m) => m === v) ?? STORED)}
          />
        </label>
        <label>
          Horizon{' '}
          <Select
            ariaLabel="Forecast horizon"
            testId="forecast-horizon"
            value={String(horizon)}
            options={HORIZONS.map((h) => ({ value: String(h), label: `${h} months` }))}
            onChange={(v) => setHorizon(Number(v))}
          />
        </label>
      </div>
      <div className="forecast-body">
        <ForecastList
          by={by}
          onBy={pickBy}
          data={list.data}
          loading={listLoading}
          expected={memberCount(wb, by)}
          minorUnits={minorUnits}
          selectedKey={selected}
          onSelect={pick}
        />
        {shown ? (
          <ForecastDetail
            s={shown}
            scope={scope}
            loading={series.loading}
            minorUnits={minorUnits}
            viewMethod={method === STORED ? null : method}
          />
        ) : (
          <div className="panel forecast-detail-empty muted" data-testid="forecast-detail-empty">
            {selected !== null && series.loading ? 'Forecasting…' : 'Select a row to see its history and forecast.'}
          </div>
        )}
      </div>
    </div>
  );
}
