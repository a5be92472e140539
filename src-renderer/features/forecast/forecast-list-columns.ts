import type { ColDef } from 'ag-grid-community';
import type { ScenarioForecastRow } from '../../../src-shared/model/forecast';
import { moneyColDef } from '../../grids/money-columns';
import { formatMeasure, METHOD_LABELS } from './forecast-labels';

/** The fiscal years any row has a forecast total for, in order. */
export function forecastYears(rows: readonly ScenarioForecastRow[]): number[] {
  return [...new Set(rows.flatMap((r) => r.years.map((y) => y.fiscalYear)))].sort((a, b) => a - b);
}

/**
 * Columns of the forecast list: the member, its method, backtest accuracy and the
 * forecast total of each fiscal year the horizon reaches (partial years say so).
 */
export function forecastListColumns(
  rows: readonly ScenarioForecastRow[],
  minorUnits: number,
): ColDef<ScenarioForecastRow>[] {
  const measure = (get: (r: ScenarioForecastRow) => number | null): Partial<ColDef<ScenarioForecastRow>> => ({
    type: 'rightAligned',
    width: 70,
    valueGetter: (p) => (p.data ? get(p.data) : null),
    valueFormatter: (p) => formatMeasure(typeof p.value === 'number' ? p.value : null),
  });
  const partial = new Map<number, number>();
  for (const r of rows)
    for (const y of r.years) partial.set(y.fiscalYear, Math.max(partial.get(y.fiscalYear) ?? 0, y.months));
  return [
    {
      colId: 'label',
      headerName: 'Name',
      field: 'label',
      flex: 1,
      minWidth: 140,
      tooltipValueGetter: (p) => p.data?.notes.join(' ') || p.data?.label,
    },
    {
      colId: 'method',
      headerName: 'Method',
      width: 130,
      valueGetter: (p) => (p.data?.method ? METHOD_LABELS[p.data.method] : 'No forecast'),
      tooltipValueGetter: (p) => p.data?.params,
    },
    { colId: 'mase', headerName: 'MASE', ...measure((r) => r.mase) },
    {
      colId: 'smape',
      headerName: 'sMAPE %',
      ...measure((r) => r.smape),
      valueFormatter: (p) => formatMeasure(typeof p.value === 'number' ? p.value : null, 1),
    },
    ...forecastYears(rows).map((fy): ColDef<ScenarioForecastRow> => ({
      ...moneyColDef<ScenarioForecastRow>(minorUnits),
      colId: `fy${fy}`,
      headerName: (partial.get(fy) ?? 12) < 12 ? `FY${fy} (${partial.get(fy)} mo)` : `FY${fy}`,
      valueGetter: (p) => p.data?.years.find((y) => y.fiscalYear === fy)?.total ?? null,
      width: 120,
    })),
  ];
}
