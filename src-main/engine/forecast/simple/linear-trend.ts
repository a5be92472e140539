import type { ForecastResult, SeriesInput } from '../types';
import { tQuantile } from './quantiles';
import { checkSeries, withIntervals } from './validate';

/**
 * Linear trend: ordinary least squares of the values on time t = 1…n, extrapolated, as
 * R's `forecast(tslm(y ~ trend), h)`. Prediction intervals are those of a linear model,
 * ŷ ± t(n−2)·s·√(1 + 1/n + (t₀ − t̄)² / Σ(t − t̄)²). `fitted` holds the regression line
 * (the in-sample fit of a regression, not one-step forecasts). Needs 3 values.
 */
export function linearTrend(series: SeriesInput, horizon: number): ForecastResult {
  checkSeries(series, horizon, 'linear-trend', 3);
  const y = series.values;
  const n = y.length;
  const tBar = (n + 1) / 2;
  const yBar = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dt = i + 1 - tBar;
    sxx += dt * dt;
    sxy += dt * (y[i]! - yBar);
  }
  const slope = sxy / sxx;
  const intercept = yBar - slope * tBar;
  const fitted = y.map((_, i) => intercept + slope * (i + 1));
  const rss = y.reduce((a, v, i) => a + (v - fitted[i]!) ** 2, 0);
  const df = n - 2;
  const s = Math.sqrt(rss / df);
  const mean: number[] = [];
  const se: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    const t0 = n + h;
    mean.push(intercept + slope * t0);
    se.push(s * Math.sqrt(1 + 1 / n + (t0 - tBar) ** 2 / sxx));
  }
  return {
    method: 'linear-trend',
    params: { intercept, slope, sigma: s },
    fitted,
    notes: [],
    ...withIntervals(mean, se, tQuantile(0.9, df), tQuantile(0.975, df)),
  };
}
