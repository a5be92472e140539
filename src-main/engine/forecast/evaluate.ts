/**
 * Automatic forecasting with a rolling-origin backtest of the candidate methods, for one
 * series: the unit of work of a batch (see batch.ts).
 */
import { backtestMethods, pickBest, type BacktestScore, type PointForecaster } from './backtest';
import { autoEtsWithCandidates, ETS_METHODS } from './ets';
import type { EtsFit } from './ets/fit';
import { fixedParameterForecaster } from './ets/fixed-params';
import { fitResult } from './ets/result';
import { SPECS, type EtsMethodId } from './ets/select';
import { SIMPLE_METHODS } from './simple-methods';
import type { ForecastMethodId, ForecastResult, Forecaster, SeriesInput } from './types';

/** The methods backtested against each other, simplest first (pickBest breaks ties by this order). */
export const BACKTEST_CANDIDATES = [
  'naive',
  'seasonal-naive',
  'moving-average',
  'linear-trend',
  'ses',
  'holt',
  'holt-damped',
  'holt-winters-additive',
  'holt-winters-multiplicative',
] as const satisfies readonly ForecastMethodId[];

export interface EvaluateOptions {
  /** Steps ahead scored from each origin (default: the forecast horizon). */
  backtestHorizon?: number;
  /** Forecast origins: the last `holdout` points (default 12). */
  holdout?: number;
  /**
   * How ETS candidates are evaluated: 'fixed' (default) reuses the full-history fit's
   * parameters at every origin; 'refit' re-estimates each model at each origin (honest
   * out-of-sample scores, about 10–60 times the cost of `auto`).
   */
  ets?: 'fixed' | 'refit';
}

/** Outcome of {@link forecastWithBacktest}. */
export interface EvaluatedForecast {
  /** The forecast of `auto` (ETS selected by AICc). */
  auto: ForecastResult;
  /** Backtest scores of every candidate that applies to the series, in candidate order. */
  scores: BacktestScore[];
  /** The candidate with the least backtest MASE (see pickBest); undefined when none could be scored. */
  best?: string;
  /** The best candidate's forecast over the horizon (auto's when there is no best). */
  forecast: ForecastResult;
}

/**
 * Forecast a series with `auto` and rank the candidate methods by a rolling-origin backtest.
 *
 * Choice of evaluation: the simple methods (closed-form, a few microseconds each) are refit
 * at every origin. The ETS models are evaluated with FIXED parameters: the parameters and
 * initial state `auto` estimated on the full history are run over each origin's history and
 * forecast from there (R's `tsCV` with `model = fit`), instead of re-estimating by
 * maximum likelihood at each origin as M-competition practice does. Re-estimating costs a
 * Nelder–Mead search of up to 2,000 likelihood evaluations per model and origin — 12 origins
 * × 5 models would multiply the cost of `auto` by about 60 — and a warm start from the
 * full-history optimum barely helps, because `ets`'s simplex starts at 10 % of the largest
 * coordinate (the level) and first wanders far from it. Fixed parameters make the backtest
 * almost free (one pass over the history per origin). The price is that the ETS scores use
 * parameters that saw the holdout, so they are somewhat optimistic next to the refit simple
 * methods (on the six R reference series it picks another winner than full refits on three, each
 * time an ETS model over a simpler method, see the tests); the forecast of `auto` itself is unaffected. `options.ets = 'refit'` gives the
 * honest, expensive variant. Only the models `auto` fitted are backtested (e.g. no
 * ETS(M,A,M) for series with non-positive values).
 * @throws EngineInputError for an unusable history or horizon (as `auto`)
 */
export function forecastWithBacktest(
  series: SeriesInput,
  horizon: number,
  options: EvaluateOptions = {},
): EvaluatedForecast {
  const { auto, scores, best, fitted } = scoreWithBacktest(series, horizon, options);
  return { auto, scores, best, forecast: best ? bestForecast(series, horizon, best, fitted, auto) : auto };
}

/** What {@link scoreWithBacktest} found, with the fits the best forecast can be built from. */
export interface BacktestScoring extends Omit<EvaluatedForecast, 'forecast'> {
  fitted: ReadonlyMap<EtsMethodId, EtsFit>;
}

/**
 * {@link forecastWithBacktest} without building the best candidate's forecast: for callers
 * that only need the scores and `auto` (a batch), which saves computing a second set of
 * prediction intervals per series.
 * @throws EngineInputError for an unusable history or horizon (as `auto`)
 */
export function scoreWithBacktest(
  series: SeriesInput,
  horizon: number,
  options: EvaluateOptions = {},
): BacktestScoring {
  const { result: auto, candidates } = autoEtsWithCandidates(series, horizon);
  const fitted = new Map(candidates.map((c) => [c.id, c.fit]));
  const methods: Record<string, PointForecaster> = {};
  for (const id of BACKTEST_CANDIDATES) {
    const simple = SIMPLE_METHODS[id];
    const fit = isEtsId(id) ? fitted.get(id) : undefined;
    if (simple) methods[id] = simple;
    else if (fit) methods[id] = options.ets === 'refit' ? ETS_METHODS[id]! : fixedParameterForecaster(fit);
  }
  const backtestOptions = { horizon: options.backtestHorizon ?? horizon, holdout: options.holdout ?? 12 };
  const scores = series.values.length > 2 ? backtestMethods(series, methods, backtestOptions) : [];
  return { auto, scores, best: pickBest(scores)?.method, fitted };
}

const isEtsId = (id: string): id is EtsMethodId => id in SPECS;

function bestForecast(
  series: SeriesInput,
  horizon: number,
  best: string,
  fitted: ReadonlyMap<EtsMethodId, EtsFit>,
  auto: ForecastResult,
): ForecastResult {
  const simple = (SIMPLE_METHODS as Readonly<Record<string, Forecaster | undefined>>)[best];
  if (simple) return simple(series, horizon);
  const fit = isEtsId(best) ? fitted.get(best) : undefined;
  const res = fit && isEtsId(best) && fitResult(best, fit, horizon, ['chosen by the least backtest MASE']);
  return res || auto;
}
