import type { ForecastResult, SeriesInput } from '../types';
import { Z80, Z95 } from './quantiles';
import { checkSeries, withIntervals } from './validate';

/**
 * Naive (lag 1) and seasonal naive (lag m) forecasts with the intervals of R's forecast
 * package (`lagwalk`, behind `naive()`, `rwf()` and `snaive()`): the forecast repeats the
 * last `lag` values; with residuals e_t = y_t − y_{t−lag} and σ² = mean(e²), step h has
 * standard error σ·√k where k = ⌈h / lag⌉ is the number of seasons ahead; normal quantiles.
 */
function lagWalk(values: readonly number[], lag: number, horizon: number) {
  const n = values.length;
  const fitted = values.map((_, t) => (t >= lag ? values[t - lag]! : NaN));
  let sumSq = 0;
  for (let t = lag; t < n; t++) sumSq += (values[t]! - fitted[t]!) ** 2;
  const sigma = Math.sqrt(sumSq / (n - lag));
  const mean: number[] = [];
  const se: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    mean.push(values[n - lag + ((h - 1) % lag)]!);
    se.push(sigma * Math.sqrt(Math.ceil(h / lag)));
  }
  return { fitted, sigma, ...withIntervals(mean, se, Z80, Z95) };
}

/** Naive: every step repeats the last value (R: `naive(y, h)` = `rwf(y, h)`). Needs 2 values. */
export function naive(series: SeriesInput, horizon: number): ForecastResult {
  checkSeries(series, horizon, 'naive', 2);
  const { sigma, ...fc } = lagWalk(series.values, 1, horizon);
  return { method: 'naive', params: { sigma }, notes: [], ...fc };
}

/**
 * Seasonal naive: each step repeats the value one season earlier (R: `snaive(y, h)`).
 * A series with no seasonality (frequency 1) or not longer than one season falls back
 * to naive, saying so in the notes.
 */
export function seasonalNaive(series: SeriesInput, horizon: number): ForecastResult {
  checkSeries(series, horizon, 'seasonal-naive', 2);
  const m = series.frequency;
  if (m === 1 || series.values.length <= m) {
    const why =
      m === 1
        ? 'the series has no seasonal period (frequency 1)'
        : `seasonal naive needs more than one season (${m} values), got ${series.values.length}`;
    const fallback = naive(series, horizon);
    return { ...fallback, notes: [`${why}: used naive`] };
  }
  const { sigma, ...fc } = lagWalk(series.values, m, horizon);
  return { method: 'seasonal-naive', params: { sigma, period: m }, notes: [], ...fc };
}
