import { addMonths, type MonthKey } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import {
  FORECAST_MODEL_IDS,
  type ForecastAccuracy,
  type ForecastAnomaly,
  type ForecastHistoryMark,
  type ForecastInputs,
  type ForecastMethodChoice,
  type ForecastModelId,
  type ForecastValues,
} from '../../src-shared/model';
import type { Money } from '../../src-shared/money';
import { EngineInputError } from '../engine/errors';
import { adjustHistory, applyForecastInputs } from '../engine/forecast/adjust-history';
import { detectAnomalies } from '../engine/forecast/anomalies';
import { backtestMethods, pickBest, type BacktestScore } from '../engine/forecast/backtest';
import { forecastSeries } from '../engine/forecast/methods';
import type { ForecastMethodId, ForecastResult, Forecaster } from '../engine/forecast/types';
import { moneyOf } from './forecast-stats';

// The shared model's list of models must stay the engine's: this fails to compile the
// day one side gains a model the other lacks.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const SAME_MODELS: Same<ForecastModelId, Exclude<ForecastMethodId, 'auto'>> = true;
void SAME_MODELS;

/** Monthly data: a season is a year. */
export const FREQUENCY = 12;
/** Rolling-origin backtest over the last 12 months, each origin forecasting up to a year ahead. */
const HOLDOUT = 12;
const MAX_BACKTEST_STEPS = 12;
/** The shortest history a backtest fit starts from (the ETS models need 3 points). */
const MIN_TRAIN = 3;

export interface RunRequest {
  months: readonly MonthKey[];
  /** Money per month, base currency, as posted. */
  values: readonly Money[];
  horizon: number;
  method: ForecastMethodChoice;
  /** Indices of flagged points to replace by their suggested values for this run only. */
  accept?: readonly number[];
  /** The scope's stored inputs (their method is not read here: `method` is the one to use). */
  inputs: ForecastInputs;
  minorUnits: number;
  /** `all`: backtest every model (and the requested one); `requested`: only what the forecast uses. */
  backtest: 'all' | 'requested';
}

export interface RunResult {
  /** Money per month as fitted (cleanings, one-offs and level shifts applied). */
  values: Money[];
  anomalies: ForecastAnomaly[];
  marks: ForecastHistoryMark[];
  /** The effective forecast: future level shifts added, overrides in place of the mean. */
  forecast: ForecastValues | null;
  /** The mean before overrides, per forecast month. */
  computed: Money[];
  overridden: boolean[];
  method: ForecastModelId | null;
  params: Record<string, number>;
  accuracy: ForecastAccuracy[];
  notes: string[];
}

/** The engine's forecaster behind a choice: `ets` is the engine's AICc selection. */
const forecasterOf =
  (choice: Exclude<ForecastMethodChoice, 'auto'>): Forecaster =>
  (series, horizon) =>
    forecastSeries(series, horizon, choice === 'ets' ? 'auto' : choice);

const finite = (r: ForecastResult) =>
  [r.mean, r.lo80, r.hi80, r.lo95, r.hi95].every((a) => a.every((x) => Number.isFinite(x)));

/** A score as the contract shows it: 4 decimals, null where there is none. */
const stat = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null);

/**
 * Flag outliers on the history as posted, apply the scope's stored inputs (accepted
 * cleanings and those accepted by the call, one-offs, baseline start, level shifts: see
 * adjustHistory), backtest, pick and run a method on the adjusted months from the
 * baseline on, round its forecast to Money and apply future level shifts and overrides.
 * Bad input falls back where it sensibly can, with a note:
 * a method that cannot use the history gives way to the naive forecast; `auto` with
 * nothing backtestable uses naive. Fewer than 2 months give no forecast (a note says
 * why). Accepting an index that is not flagged is a 'validation' error.
 */
export function runForecast(req: RunRequest): RunResult {
  const { months, minorUnits } = req;
  const raw = req.values.map(Number);
  const notes: string[] = [];
  const report = detectAnomalies({ values: raw, frequency: FREQUENCY });
  notes.push(...report.notes.map((n) => `outlier check: ${n}`));
  const accepted = new Set(req.accept ?? []);
  for (const index of accepted) {
    if (!report.anomalies.some((a) => a.index === index)) {
      throw new AppError(
        'validation',
        `clean.accept: point ${index}${months[index] ? ` (${months[index]})` : ''} is not a flagged outlier`,
        { field: 'clean.accept', index },
      );
    }
  }
  const decided = new Map(req.inputs.cleanings.map((c) => [c.month, c]));
  const anomalies: ForecastAnomaly[] = report.anomalies.map((a) => {
    const month = months[a.index]!;
    const decision = decided.get(month)?.decision ?? 'undecided';
    return {
      index: a.index,
      month,
      value: req.values[a.index]!,
      suggested: moneyOf(a.suggested, minorUnits),
      score: Math.round(a.score * 100) / 100,
      reason: a.reason,
      accepted: decision === 'accepted' || accepted.has(a.index),
      decision,
    };
  });
  // A stored acceptance keeps its stored value even when the detector no longer flags the month.
  const flaggedMonths = new Set(anomalies.map((a) => a.month));
  for (const c of req.inputs.cleanings) {
    if (c.decision === 'accepted' && !flaggedMonths.has(c.month) && months.includes(c.month)) {
      notes.push(`${c.month}: cleaned as accepted, although the outlier check no longer flags it`);
    }
  }
  const cleanings = [
    ...req.inputs.cleanings.filter((c) => c.decision === 'accepted'),
    ...anomalies
      .filter((a) => accepted.has(a.index) && a.decision !== 'accepted')
      .map((a) => ({
        month: a.month,
        value: a.suggested,
      })),
  ];
  const adjusted = adjustHistory({
    months,
    values: req.values,
    frequency: FREQUENCY,
    minorUnits,
    inputs: { ...req.inputs, cleanings },
  });
  notes.push(...adjusted.notes);
  const values = adjusted.values;
  const fitted = values.slice(adjusted.start);
  const base = { values, anomalies, marks: adjusted.marks, params: {}, accuracy: [], computed: [], overridden: [] };
  if (fitted.length < 2) {
    notes.push(`a forecast needs at least 2 months of actuals, the history has ${fitted.length}`);
    return { ...base, forecast: null, method: null, notes };
  }
  const series = { values: fitted.map(Number), frequency: FREQUENCY };
  if (series.values.every((v) => v === 0)) notes.push('every month of the history is 0: the forecast is 0');

  // `auto` must compare every model; an explicit choice compares them only when asked to.
  const candidates: Exclude<ForecastMethodChoice, 'auto'>[] =
    req.backtest === 'all' || req.method === 'auto' ? [...FORECAST_MODEL_IDS] : [];
  if (req.method !== 'auto' && !candidates.includes(req.method)) candidates.push(req.method);
  const scores = backtestMethods(series, Object.fromEntries(candidates.map((c) => [c, forecasterOf(c)])), {
    horizon: Math.min(req.horizon, MAX_BACKTEST_STEPS),
    holdout: HOLDOUT,
    minTrain: MIN_TRAIN,
  });
  let chosen: Exclude<ForecastMethodChoice, 'auto'>;
  if (req.method === 'auto') {
    const best = pickBest(scores);
    chosen = candidates.find((c) => c === best?.method) ?? 'naive';
    notes.push(
      best
        ? `chose ${chosen}: lowest backtest MASE over the last ${best.origins} months`
        : `no method could be backtested on ${fitted.length} months: used naive`,
    );
  } else chosen = req.method;

  const result = fit(series, req.horizon, chosen, notes);
  const fmonths = Array.from({ length: req.horizon }, (_, h) => addMonths(months[months.length - 1]!, h + 1));
  const round = (a: number[]) => a.map((x) => moneyOf(x, minorUnits));
  const effective = applyForecastInputs(
    {
      months: fmonths,
      mean: round(result.mean),
      lo80: round(result.lo80),
      hi80: round(result.hi80),
      lo95: round(result.lo95),
      hi95: round(result.hi95),
    },
    adjusted.futureShifts,
    req.inputs.overrides,
  );
  return {
    ...base,
    forecast: effective.forecast,
    computed: effective.computed,
    overridden: effective.overridden,
    method: result.method,
    params: result.params,
    accuracy: scores.map((s: BacktestScore) => ({
      method: candidates.find((c) => c === s.method) ?? chosen,
      mase: stat(s.mase),
      smape: stat(s.smape),
      origins: s.origins,
      ...(s.error !== undefined ? { error: s.error } : {}),
      chosen: s.method === chosen,
    })),
    notes: [...notes, ...result.notes],
  };
}

/** Run the chosen method; one that refuses the history (or gives no finite forecast) gives way to naive. */
function fit(
  series: { values: number[]; frequency: number },
  horizon: number,
  chosen: Exclude<ForecastMethodChoice, 'auto'>,
  notes: string[],
): ForecastResult {
  try {
    const r = forecasterOf(chosen)(series, horizon);
    if (finite(r)) return r;
    notes.push(`${chosen} gave no finite forecast for this history: used naive`);
  } catch (e) {
    if (!(e instanceof EngineInputError)) throw e;
    notes.push(`${e.message}: used naive`);
  }
  return forecastSeries(series, horizon, 'naive');
}
