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
  /** Whether the replacement is used: a stored accepted cleaning, or `clean.accept` of the call. */
  accepted: boolean;
  /** The stored decision on this month's flag (undecided: none stored). */
  decision: ForecastCleaningDecision;
}

/** What the user decided about a flagged outlier. */
export const FORECAST_CLEANING_DECISIONS = ['accepted', 'rejected', 'undecided'] as const;
export type ForecastCleaningDecision = (typeof FORECAST_CLEANING_DECISIONS)[number];

/** A stored cleaning decision of one history month. */
export interface ForecastCleaning {
  month: MonthKey;
  decision: Exclude<ForecastCleaningDecision, 'undecided'>;
  /** Money, base currency: the cleaned value the detector suggested when the decision was taken. */
  value: Money;
  /** Why the detector flagged the month. */
  reason: string;
}

/** A month tagged as a one-off event, left out of the baseline. */
export interface ForecastOneOff {
  month: MonthKey;
  /** The event, in the user's words ("licence true-up"). */
  reason: string;
}

/** A change of level from `month` on. */
export interface ForecastLevelShift {
  month: MonthKey;
  /** Money, base currency, signed: added to history before `month` (or to forecast months from it). */
  amount: Money;
}

/** A forecast month the user typed over. */
export interface ForecastOverride {
  month: MonthKey;
  /** Money, base currency. */
  amount: Money;
}

/**
 * Everything stored about one scope's forecast: the method the user chose ('auto' when
 * none), a new baseline start, cleaning decisions, one-offs, level shifts and overridden
 * forecast months, each list in month order.
 */
export interface ForecastInputs {
  method: ForecastMethodChoice;
  baselineStart: MonthKey | null;
  cleanings: ForecastCleaning[];
  oneOffs: ForecastOneOff[];
  levelShifts: ForecastLevelShift[];
  overrides: ForecastOverride[];
}

/** How one history month was changed before fitting. */
export interface ForecastHistoryMark {
  /** Before the baseline start: left out of the fit. */
  beforeBaseline: boolean;
  /** Replaced by its cleaned value (stored accepted, or accepted by the call). */
  cleaned: boolean;
  /** Tagged as a one-off: the event's reason (replaced by the expected value); null otherwise. */
  oneOff: string | null;
  /** Money: the level shifts added to this month; null when none. */
  shift: Money | null;
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
  /**
   * Money per month as fitted: the actuals with accepted cleanings and one-offs replaced
   * and level shifts added (months before the baseline start are shown but not fitted).
   */
  values: Money[];
  /** Money per month as posted (converted), before any cleaning. */
  actuals: Money[];
  anomalies: ForecastAnomaly[];
  /** Per month, what was changed before fitting. */
  marks: ForecastHistoryMark[];
}

/** The result of `forecast/series`. */
export interface SeriesForecast {
  scope: ForecastScope & { label: string };
  baseCurrency: string;
  history: ForecastHistory;
  /**
   * Null when there is nothing to forecast from (fewer than 2 months of actuals); see
   * notes. `mean` is the effective forecast: overridden months hold the typed amount
   * (their intervals stay as computed).
   */
  forecast: ForecastValues | null;
  /** Per forecast month: whether `forecast.mean` holds an override. */
  overridden: boolean[];
  /** Money per forecast month: the computed mean before overrides (equal to `mean` where not overridden). */
  computed: Money[];
  /** The method the forecast was asked for: the call's, or else the stored one. */
  requested: ForecastMethodChoice;
  /** What is stored for this scope. */
  inputs: ForecastInputs;
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
  /** Rolling 12-month average per forecast month, over the posted actuals then the effective forecast. */
  forecastRolling12: (Money | null)[];
  /** Year-over-year growth per forecast month, over the posted actuals then the effective forecast. */
  forecastYoy: (string | null)[];
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
  /** Outliers flagged in the history (only those with a stored accepted cleaning are replaced). */
  anomalies: number;
  /** Totals of the effective `mean` per fiscal year. */
  years: ForecastYearTotal[];
  /** Money per forecast month, the EFFECTIVE forecast (overrides applied); empty without a forecast. */
  mean: Money[];
  /** Indices into `mean` (and the result's `months`) holding an override. */
  overridden: number[];
  /** The method this row was asked for: the call's, or else the row's stored one. */
  requested: ForecastMethodChoice;
  /** Whether the row's scope has stored inputs besides its method (cleanings, one-offs, baseline, shifts, overrides). */
  adjusted: boolean;
  notes: string[];
}

/** The result of `forecast/scenario`. */
export interface ScenarioForecast {
  scenarioId: Id;
  scenarioName: string;
  by: ForecastScenarioBy;
  baseCurrency: string;
  /** The call's method; 'stored' when it named none and each row used its stored method. */
  requested: ForecastMethodChoice | 'stored';
  /** The last month with actuals in the workbook (null: none); the forecast starts the month after. */
  lastActualMonth: MonthKey | null;
  months: MonthKey[];
  rows: ScenarioForecastRow[];
}
