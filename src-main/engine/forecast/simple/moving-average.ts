import { EngineInputError } from '../../errors';
import type { Forecaster, ForecastResult, SeriesInput } from '../types';
import { Z80, Z95 } from './quantiles';
import { checkSeries, withIntervals } from './validate';

/** Windows tried when none is given. */
export const MA_WINDOWS = [3, 6, 12] as const;
/** One-step errors a window needs before it can be compared or give an interval. */
const MIN_ERRORS = 3;

/** fitted[t] = mean of the `k` values before t (NaN for t < k): the one-step forecasts. */
function oneStep(y: readonly number[], k: number): number[] {
  const out: number[] = new Array<number>(y.length).fill(NaN);
  let sum = 0;
  for (let t = 0; t < y.length; t++) {
    if (t >= k) out[t] = sum / k;
    sum += y[t]!;
    if (t >= k) sum -= y[t - k]!;
  }
  return out;
}

function meanSquare(y: readonly number[], fitted: readonly number[], from: number): number {
  let s = 0;
  for (let t = from; t < y.length; t++) s += (y[t]! - fitted[t]!) ** 2;
  return s / (y.length - from);
}

/**
 * Moving average: the forecast for every step is the mean of the last `window` values.
 * Without a window, the one of 3, 6 and 12 with the least mean squared one-step error
 * wins, all compared over the same periods (those the longest candidate can forecast);
 * ties go to the shorter window.
 *
 * Intervals are meanf-style: flat, ŷ ± z·σ̂. Under meanf's model (independent values
 * around a level) the error of a k-value mean is σ²(1 + 1/k) at every step; σ̂ here is
 * the root mean square of the method's own in-sample one-step errors, an estimate of
 * exactly that which also absorbs the drift a moving average lags behind. Normal
 * quantiles, as for the naive methods.
 */
export function movingAverage(window?: number): Forecaster {
  return (series: SeriesInput, horizon: number): ForecastResult => {
    const y = series.values;
    if (window !== undefined) {
      if (!Number.isInteger(window) || window < 1) {
        throw new EngineInputError(
          `moving-average: window must be a whole number of at least 1`,
          'moving-average',
          'window',
        );
      }
      checkSeries(series, horizon, 'moving-average', window + MIN_ERRORS);
      return result(y, window, horizon, []);
    }
    checkSeries(series, horizon, 'moving-average', MA_WINDOWS[0] + MIN_ERRORS);
    const usable = MA_WINDOWS.filter((k) => y.length >= k + MIN_ERRORS);
    const from = usable[usable.length - 1]!;
    let best: number = usable[0]!;
    let bestMse = Infinity;
    for (const k of usable) {
      const mse = meanSquare(y, oneStep(y, k), from);
      if (mse < bestMse) [best, bestMse] = [k, mse];
    }
    const notes =
      usable.length < MA_WINDOWS.length ? [`only ${y.length} values: windows longer than ${from} were not tried`] : [];
    return result(y, best, horizon, notes);
  };
}

function result(y: readonly number[], k: number, horizon: number, notes: string[]): ForecastResult {
  const fitted = oneStep(y, k);
  const sigma = Math.sqrt(meanSquare(y, fitted, k));
  const level = y.slice(-k).reduce((a, b) => a + b, 0) / k;
  const mean = new Array<number>(horizon).fill(level);
  const se = new Array<number>(horizon).fill(sigma);
  return {
    method: 'moving-average',
    params: { window: k, sigma },
    fitted,
    notes,
    ...withIntervals(mean, se, Z80, Z95),
  };
}
