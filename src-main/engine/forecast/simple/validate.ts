import { EngineInputError } from '../../errors';
import type { SeriesInput } from '../types';

/**
 * Check a history and horizon before a method runs: finite values, at least `minLength`
 * of them, a whole-number frequency and horizon of at least 1.
 * @throws EngineInputError naming the method and the field at fault
 */
export function checkSeries(series: SeriesInput, horizon: number, method: string, minLength: number): void {
  if (!Number.isInteger(horizon) || horizon < 1) {
    throw new EngineInputError(
      `${method}: horizon must be a whole number of at least 1, got ${horizon}`,
      method,
      'horizon',
    );
  }
  if (!Number.isInteger(series.frequency) || series.frequency < 1) {
    throw new EngineInputError(
      `${method}: frequency must be a whole number of at least 1, got ${series.frequency}`,
      method,
      'frequency',
    );
  }
  const bad = series.values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    throw new EngineInputError(`${method}: value ${bad + 1} is not a finite number`, method, 'values');
  }
  if (series.values.length < minLength) {
    throw new EngineInputError(
      `${method} needs at least ${minLength} observations, got ${series.values.length}`,
      method,
      'values',
    );
  }
}

/** Point forecasts plus symmetric intervals from a standard error per step and two quantiles. */
export function withIntervals(mean: number[], se: number[], q80: number, q95: number) {
  return {
    mean,
    lo80: mean.map((m, i) => m - q80 * se[i]!),
    hi80: mean.map((m, i) => m + q80 * se[i]!),
    lo95: mean.map((m, i) => m - q95 * se[i]!),
    hi95: mean.map((m, i) => m + q95 * se[i]!),
  };
}
