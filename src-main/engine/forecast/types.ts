/**
 * Statistical forecasting of monthly cost series (the engine's glass box): every method
 * takes a history and a horizon and returns point forecasts with 80 % and 95 % prediction
 * intervals, its fitted parameters and in-sample fit, so the screen can show what it did.
 * Values are plain numbers (statistics, not postings): amounts are rounded to money only
 * where a forecast is posted into budget lines.
 */

/** Method identifiers, as the CLI and the contract name them. */
export const FORECAST_METHOD_IDS = [
  'naive',
  'seasonal-naive',
  'moving-average',
  'linear-trend',
  'ses',
  'holt',
  'holt-damped',
  'holt-winters-additive',
  'holt-winters-multiplicative',
  'auto',
] as const;
export type ForecastMethodId = (typeof FORECAST_METHOD_IDS)[number];

export interface SeriesInput {
  /** Observations in time order (one per period); no gaps. */
  values: readonly number[];
  /** Periods per season: 12 for monthly data, 1 for none. */
  frequency: number;
}

export interface ForecastResult {
  /** The method that produced the forecast (for 'auto', the one it chose). */
  method: Exclude<ForecastMethodId, 'auto'>;
  /** Fitted parameters by name (alpha, beta, gamma, phi, window, slope…). */
  params: Record<string, number>;
  /** One-step-ahead in-sample fitted values, aligned with the history (NaN where none). */
  fitted: number[];
  /** Point forecasts, one per horizon step. */
  mean: number[];
  lo80: number[];
  hi80: number[];
  lo95: number[];
  hi95: number[];
  /** Information criteria where the method has a likelihood. */
  aicc?: number;
  /** Fallbacks and caveats in words ("seasonal methods need 2 full seasons: used Holt"). */
  notes: string[];
}

/** A forecasting method: history in, forecast out. Throws EngineInputError for unusable input. */
export type Forecaster = (series: SeriesInput, horizon: number) => ForecastResult;
