import { EngineInputError } from '../errors';
import { maseScale, scaled, smapeTerm } from './accuracy';
import type { SeriesInput } from './types';

/** What a backtest needs of a method: point forecasts from a history (every Forecaster is one). */
export type PointForecaster = (series: SeriesInput, horizon: number) => { readonly mean: readonly number[] };

export interface BacktestOptions {
  /** Steps ahead forecast from each origin (cut where the history ends). */
  horizon: number;
  /** How many of the last points are forecast origins (default 12: a year of months). */
  holdout?: number;
  /** The shortest history a fit may start from (default 2); fewer origins if needed. */
  minTrain?: number;
}

export interface BacktestScore {
  /** The method's name, as passed in. */
  method: string;
  /** Mean absolute scaled error over every (origin, step); each origin scales by its own history. */
  mase: number;
  /** Mean sMAPE (M4) over every (origin, step), in percent. */
  smape: number;
  mae: number;
  rmse: number;
  /** Forecast origins evaluated. */
  origins: number;
  /** (origin, step) pairs compared with actuals. */
  points: number;
  /** Why the method could not be evaluated (it then has NaN scores and is never picked). */
  error?: string;
}

/**
 * Rolling-origin evaluation of one forecaster. For each of the last `holdout` points t
 * (fewer when the history is short), the method is refit on the values before t and its
 * forecasts of t, t+1, … up to `horizon` steps (not past the end) are compared with what
 * happened. Deterministic: same series, same scores.
 * @throws EngineInputError from the forecaster, or when there is nothing to evaluate
 */
export function backtest(
  series: SeriesInput,
  forecaster: PointForecaster,
  options: BacktestOptions,
): Omit<BacktestScore, 'method'> {
  const { values, frequency } = series;
  const n = values.length;
  const { horizon } = options;
  const minTrain = options.minTrain ?? 2;
  const holdout = Math.min(options.holdout ?? 12, n - minTrain);
  if (!Number.isInteger(horizon) || horizon < 1) {
    throw new EngineInputError(`backtest: horizon must be a whole number of at least 1`, 'backtest', 'horizon');
  }
  if (holdout < 1) {
    throw new EngineInputError(`backtest needs more than ${minTrain} values, got ${n}`, 'backtest', 'values');
  }
  let abs = 0;
  let sq = 0;
  let scaledAbs = 0;
  let sm = 0;
  let points = 0;
  for (let origin = n - holdout; origin < n; origin++) {
    const train = values.slice(0, origin);
    const steps = Math.min(horizon, n - origin);
    const fc = forecaster({ values: train, frequency }, steps);
    const scale = maseScale(train, frequency);
    for (let i = 0; i < steps; i++) {
      const e = Math.abs(values[origin + i]! - fc.mean[i]!);
      abs += e;
      sq += e * e;
      scaledAbs += scaled(e, scale);
      sm += smapeTerm(values[origin + i]!, fc.mean[i]!);
      points++;
    }
  }
  return {
    mase: scaledAbs / points,
    smape: sm / points,
    mae: abs / points,
    rmse: Math.sqrt(sq / points),
    origins: holdout,
    points,
  };
}

/**
 * Backtest several methods on the same origins. A method that cannot fit some origin's
 * history (EngineInputError) is reported with `error` and NaN scores.
 */
export function backtestMethods(
  series: SeriesInput,
  methods: Readonly<Record<string, PointForecaster>>,
  options: BacktestOptions,
): BacktestScore[] {
  return Object.entries(methods).map(([method, forecaster]) => {
    try {
      return { method, ...backtest(series, forecaster, options) };
    } catch (e) {
      if (!(e instanceof EngineInputError)) throw e;
      return { method, mase: NaN, smape: NaN, mae: NaN, rmse: NaN, origins: 0, points: 0, error: e.message };
    }
  });
}

/** Equal up to rounding noise (both infinite counts as equal). */
function same(a: number, b: number): boolean {
  if (a === b) return true;
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

const rank = (x: number) => (Number.isNaN(x) ? Infinity : x);

/**
 * The best of backtested methods: least MASE, ties broken by sMAPE, then by list order.
 * Methods that failed are never picked; a MASE of NaN (constant history, no scale) ranks
 * after any finite one, so such series are decided by sMAPE. Undefined when none succeeded.
 */
export function pickBest(scores: readonly BacktestScore[]): BacktestScore | undefined {
  let best: BacktestScore | undefined;
  for (const s of scores) {
    if (s.error !== undefined) continue;
    if (best === undefined) {
      best = s;
      continue;
    }
    const [a, b] = [rank(s.mase), rank(best.mase)];
    if (same(a, b) ? rank(s.smape) < rank(best.smape) && !same(rank(s.smape), rank(best.smape)) : a < b) best = s;
  }
  return best;
}
