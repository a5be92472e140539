import type { MonthKey } from '../calendar/fiscal';
import type { Money } from '../money/money';
import type { Id } from './entities';

/**
 * Forecasts of a workbook's monthly spend from its actuals (issue 4): the history in the
 * base currency, the forecast with 80 % and 95 % prediction intervals, the method and its
 * backtest accuracy. Amounts are Money strings in the base currency rounded to its minor
 * units; accuracy measures and parameters are plain numbers (statistics, not amounts).
 */

/** The fitted models, as the engine names them. */
export const FORECAST_MODEL_IDS = [
  'naive',
  'seasonal-naive',
  'moving-average',
  'linear-trend',
  'ses',
  'holt',
  'holt-damped',
  'holt-winters-additive',
  'holt-winters-multiplicative',
] as const;
export type ForecastModelId = (typeof FORECAST_MODEL_IDS)[number];

/**
 * What a forecast may be asked to use: `auto` (the model with the best backtest MASE),
 * `ets` (exponential smoothing chosen by AICc) or one model.
 */
export const FORECAST_METHOD_CHOICES = ['auto', 'ets', ...FORECAST_MODEL_IDS] as const;
export type ForecastMethodChoice = (typeof FORECAST_METHOD_CHOICES)[number];

/** What a history is the spend of: one budget line's dimensions, one dimension member, or everything. */
export type ForecastScopeKind = 'line' | 'cost-center' | 'service' | 'tower' | 'account' | 'total';
export type ForecastScenarioBy = Exclude<ForecastScopeKind, 'total'>;

/** A budget line (optionally checked against its scenario), one dimension member, or everything. */
export type ForecastScope =
  { kind: 'total' } | { kind: 'line'; id: Id; scenarioId?: Id } | { kind: Exclude<ForecastScenarioBy, 'line'>; id: Id };

/** A point of the history flagged as an outlier before fitting. */
export interface ForecastAnomaly {
  /** Position in `history.months`. */
  index: number;
  month: MonthKey;
  /** Money, base currency: what was posted. */
  value: Money;
  /** Money, base currency: what the robust fit expected, used instead when accepted. */
  suggested: Money;
  /** Signed distance from the pattern in robust standard deviations. */
  score: number;
  /** In words: "3.8 MADs above the seasonal pattern". */
  reason: string;
  /** Whether the caller accepted the replacement (`clean.accept`). */
  accepted: boolean;
}

/** One method's rolling-origin backtest over the last 12 months of history. */
export interface ForecastAccuracy {
  method: ForecastMethodChoice;
  /** Mean absolute scaled error; null when it could not be computed (no scale, or the method failed). */
  mase: number | null;
  /** Symmetric MAPE in percent; null when the method failed. */
  smape: number | null;
  /** Forecast origins evaluated. */
  origins: number;
  /** Why the method could not be evaluated. */
  error?: string;
  /** The method the forecast used (the requested one, or for `auto` the best). */
  chosen: boolean;
}

/** A forecast, aligned with `months`; every amount a Money string in base currency. */
export interface ForecastValues {
  months: MonthKey[];
  mean: Money[];
  lo80: Money[];
  hi80: Money[];
  lo95: Money[];
  hi95: Money[];
}

/** Monthly actuals of one scope in the base currency. */
export interface ForecastHistory {
  months: MonthKey[];
  /** Money per month as fitted: the actuals with accepted anomalies replaced. */
  values: Money[];
  /** Money per month as posted (converted), before any cleaning. */
  actuals: Money[];
  anomalies: ForecastAnomaly[];
}

/** The result of `forecast/series`. */
export interface SeriesForecast {
  scope: ForecastScope & { label: string };
  baseCurrency: string;
  history: ForecastHistory;
  /** Null when there is nothing to forecast from (fewer than 2 months of actuals); see notes. */
  forecast: ForecastValues | null;
  requested: ForecastMethodChoice;
  /** The model that produced the forecast (after any fallback); null without a forecast. */
  method: ForecastModelId | null;
  /** The model's fitted parameters by name (alpha, beta, gamma, phi, window, sigma…). */
  params: Record<string, number>;
  accuracy: ForecastAccuracy[];
  /** Fallbacks and caveats in words. */
  notes: string[];
  /** Money, the average of the 12 months ending at each month; null for the first 11. */
  rolling12: (Money | null)[];
  /** Growth over the same month a year before, in percent with 2 decimals; null without a base. */
  yoy: (string | null)[];
}

/** Forecast total of one fiscal year (partial where the horizon starts or ends inside it). */
export interface ForecastYearTotal {
  fiscalYear: number;
  /** Months of the horizon in this fiscal year. */
  months: number;
  /** Money, base currency: the exact sum of the rounded monthly means. */
  total: Money;
}

/** One row of `forecast/scenario`: a budget line or a group of them. */
export interface ScenarioForecastRow {
  /** The budget line or dimension member's id. */
  key: Id;
  /** "CC-100 · SVC-HOST · 6100 · DELL" for a line, the code and name for a group. */
  label: string;
  /** A budget line's description ('' for groups). */
  description: string;
  /** Months of history used (0: none, no forecast). */
  historyMonths: number;
  method: ForecastModelId | null;
  /** "alpha 0.312, beta 0.0104" */
  params: string;
  mase: number | null;
  smape: number | null;
  /** Outliers flagged in the history (left in: the scenario forecast does not clean). */
  anomalies: number;
  years: ForecastYearTotal[];
  /** Money per forecast month; empty without a forecast. */
  mean: Money[];
  notes: string[];
}

/** The result of `forecast/scenario`. */
export interface ScenarioForecast {
  scenarioId: Id;
  scenarioName: string;
  by: ForecastScenarioBy;
  baseCurrency: string;
  requested: ForecastMethodChoice;
  /** The last month with actuals in the workbook (null: none); the forecast starts the month after. */
  lastActualMonth: MonthKey | null;
  months: MonthKey[];
  rows: ScenarioForecastRow[];
}
