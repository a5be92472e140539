import type { ForecastMethodChoice, ForecastScenarioBy } from '../../../src-shared/model/forecast';

/** Human names of the forecasting methods. */
export const METHOD_LABELS: Record<ForecastMethodChoice, string> = {
  auto: 'Auto (best backtest)',
  ets: 'ETS (by AICc)',
  naive: 'Naive',
  'seasonal-naive': 'Seasonal naive',
  'moving-average': 'Moving average',
  'linear-trend': 'Linear trend',
  ses: 'Simple exponential smoothing',
  holt: 'Holt',
  'holt-damped': 'Holt damped',
  'holt-winters-additive': 'Holt-Winters additive',
  'holt-winters-multiplicative': 'Holt-Winters multiplicative',
};

/** The groupings the list offers (per line is too slow with auto on a full workbook). */
export const LIST_BY: readonly { value: Exclude<ForecastScenarioBy, 'line'>; label: string; plural: string }[] = [
  { value: 'cost-center', label: 'Cost center', plural: 'cost centers' },
  { value: 'service', label: 'Service', plural: 'services' },
  { value: 'tower', label: 'Tower', plural: 'towers' },
  { value: 'account', label: 'Account', plural: 'accounts' },
];

export const HORIZONS = [12, 24, 36] as const;

/** "0.812", or an em dash where the measure could not be computed. */
export function formatMeasure(v: number | null, digits = 3): string {
  return v === null ? '—' : v.toFixed(digits);
}

/** A parameter to 3 significant digits; large ones (levels, variances) as whole numbers. */
function formatParam(v: number): string {
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  return String(Number(v.toPrecision(3)));
}

/** "alpha 0.312, beta 0.0104, l0 220,412" from a model's parameters. */
export function formatParams(params: Record<string, number>): string {
  return Object.entries(params)
    .map(([k, v]) => `${k} ${formatParam(v)}`)
    .join(', ');
}
