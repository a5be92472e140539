import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { forecastSeries } from '../../../../src-main/engine/forecast/methods';
import { linearTrend, movingAverage, naive, seasonalNaive } from '../../../../src-main/engine/forecast/simple-methods';
import type { ForecastResult } from '../../../../src-main/engine/forecast/types';
import { expectClose, loadReference, SERIES } from './simple-reference';

function expectBand(
  r: ForecastResult,
  ref: { mean: number[]; lo80: number[]; hi80: number[]; lo95: number[]; hi95: number[] },
) {
  expectClose(r.mean, ref.mean);
  expectClose(r.lo80, ref.lo80);
  expectClose(r.hi80, ref.hi80);
  expectClose(r.lo95, ref.lo95);
  expectClose(r.hi95, ref.hi95);
}

describe.each(SERIES)('simple methods against R on %s', (name) => {
  const ref = loadReference(name);
  const series = { values: ref.values, frequency: ref.frequency };

  it('naive matches naive(y, h = 12): last value, σ√h intervals from mean squared residuals', () => {
    const r = naive(series, ref.horizon);
    expectBand(r, ref.naive);
    expectClose(r.fitted, ref.naive.fitted);
    expectClose([r.params.sigma!], [ref.naive.sigma]);
  });

  it('seasonal naive matches snaive(y, h = 12): last season repeated, intervals widen per season', () => {
    const r = seasonalNaive(series, ref.horizon);
    expect(r.method).toBe('seasonal-naive');
    expect(r.notes).toEqual([]);
    expectBand(r, ref.snaive);
    expectClose(r.fitted, ref.snaive.fitted);
  });

  it('linear trend matches forecast(tslm(y ~ trend), h = 12), Student-t intervals included', () => {
    const r = linearTrend(series, ref.horizon);
    expectBand(r, ref.tslm);
    expectClose(r.fitted, ref.tslm.fitted);
    expectClose([r.params.intercept!, r.params.slope!], [ref.tslm.intercept, ref.tslm.slope]);
  });

  it('moving average matches the same definition computed in R with stats::filter', () => {
    const r = movingAverage()(series, ref.horizon);
    expect(r.params.window).toBe(ref.movingAverage.window);
    expectBand(r, ref.movingAverage);
    expectClose(r.fitted, ref.movingAverage.fitted);
  });

  it('the registry dispatches each simple method by its id', () => {
    expectClose(forecastSeries(series, 12, 'naive').mean, ref.naive.mean);
    expectClose(forecastSeries(series, 12, 'seasonal-naive').mean, ref.snaive.mean);
    expectClose(forecastSeries(series, 12, 'linear-trend').mean, ref.tslm.mean);
    expectClose(forecastSeries(series, 12, 'moving-average').mean, ref.movingAverage.mean);
  });
});

describe('simple methods on small literal series', () => {
  it('seasonal naive on less than one season falls back to naive and says so', () => {
    const r = seasonalNaive({ values: [5, 7, 6, 9], frequency: 12 }, 3);
    expect(r.method).toBe('naive');
    expect(r.mean).toEqual([9, 9, 9]);
    expect(r.notes).toEqual(['seasonal naive needs more than one season (12 values), got 4: used naive']);
  });

  it('seasonal naive repeats the last season in order across a longer horizon', () => {
    const r = seasonalNaive({ values: [1, 2, 3, 4, 10, 20, 30, 40], frequency: 4 }, 6);
    expect(r.mean).toEqual([10, 20, 30, 40, 10, 20]);
    // Residuals are all 9, 18, 27, 36: σ² = mean of squares; steps 5-6 are two seasons ahead.
    const sigma = Math.sqrt((81 + 324 + 729 + 1296) / 4);
    expect(r.hi95[4]! - r.mean[4]!).toBeCloseTo(1.959963984540054 * sigma * Math.SQRT2, 9);
  });

  it('a moving average with a given window forecasts the mean of the last values, flat', () => {
    const r = movingAverage(2)({ values: [10, 20, 30, 40, 50], frequency: 1 }, 2);
    expect(r.mean).toEqual([45, 45]);
    // One-step errors 30 - 15, 40 - 25, 50 - 35 are all 15.
    expect(r.params.sigma).toBe(15);
    expect(r.fitted).toEqual([NaN, NaN, 15, 25, 35]);
  });

  it('the moving-average window is the one with the least one-step squared error, shorter on ties', () => {
    // A straight line: the shortest window lags least.
    const line = Array.from({ length: 30 }, (_, i) => 100 + 5 * i);
    expect(movingAverage()({ values: line, frequency: 12 }, 1).params.window).toBe(3);
    // Constant: every window is exact, the tie goes to 3.
    expect(movingAverage()({ values: new Array<number>(30).fill(7), frequency: 12 }, 1).params.window).toBe(3);
    // A period-6 pattern: a 6- or 12-value mean is exact, the shorter wins the tie.
    const wave = Array.from({ length: 30 }, (_, i) => [1, 5, 2, 8, 3, 9][i % 6]!);
    expect(movingAverage()({ values: wave, frequency: 12 }, 1).params.window).toBe(6);
  });

  it('a linear trend through an exact line forecasts the line with zero-width intervals', () => {
    const r = linearTrend({ values: [3, 5, 7, 9], frequency: 1 }, 2);
    expect(r.mean).toEqual([11, 13]);
    expect(r.lo95).toEqual([11, 13]);
    expect(r.params).toEqual({ intercept: 1, slope: 2, sigma: 0 });
  });

  it('refuses input it cannot use with an EngineInputError naming the field', () => {
    expect(() => naive({ values: [1], frequency: 1 }, 3)).toThrow('naive needs at least 2 observations, got 1');
    expect(() => naive({ values: [1, NaN, 3], frequency: 1 }, 3)).toThrow(EngineInputError);
    expect(() => linearTrend({ values: [1, 2, 3], frequency: 1 }, 0)).toThrow(/horizon/);
    expect(() => movingAverage()({ values: [1, 2, 3, 4, 5], frequency: 1 }, 1)).toThrow(/at least 6/);
  });
});
