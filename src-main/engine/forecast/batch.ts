/**
 * Forecasting many series at once: the pure, single-threaded unit of work. The worker pool
 * (src-main/forecast-workers) splits a batch into chunks and runs this function on each
 * chunk in worker threads; results are the same whichever thread computes them.
 */
import { EngineInputError } from '../errors';
import type { BacktestScore } from './backtest';
import { scoreWithBacktest, type EvaluateOptions } from './evaluate';
import { forecastSeries } from './methods';
import type { ForecastMethodId, ForecastResult, SeriesInput } from './types';

/** What to compute for every series of a batch. */
export interface BatchSpec {
  horizon: number;
  method: ForecastMethodId;
  /** Also backtest the candidate methods (only with method 'auto'; see scoreWithBacktest). */
  backtest?: EvaluateOptions;
}

/** One series' outcome: its forecast (and backtest), or why the method could not use it. */
export type BatchItem =
  | { ok: true; forecast: ForecastResult; scores?: BacktestScore[]; best?: string }
  | { ok: false; error: string; field: string };

/**
 * Forecast every series with `spec`. Input errors (EngineInputError) are returned per series
 * so that a caller can name the series; anything else is a bug and propagates.
 * @throws EngineInputError when a backtest is asked for with a method other than 'auto'
 */
export function forecastBatch(series: readonly SeriesInput[], spec: BatchSpec): BatchItem[] {
  if (spec.backtest && spec.method !== 'auto') {
    throw new EngineInputError(`backtesting a batch needs method "auto", got "${spec.method}"`, 'batch', 'method');
  }
  return series.map((s) => forecastOneItem(s, spec));
}

function forecastOneItem(s: SeriesInput, spec: BatchSpec): BatchItem {
  try {
    if (spec.backtest) {
      const ev = scoreWithBacktest(s, spec.horizon, spec.backtest);
      return { ok: true, forecast: ev.auto, scores: ev.scores, best: ev.best };
    }
    return { ok: true, forecast: forecastSeries(s, spec.horizon, spec.method) };
  } catch (e) {
    if (!(e instanceof EngineInputError)) throw e;
    return { ok: false, error: e.message, field: e.field };
  }
}
