import { naive, seasonalNaive } from './simple/lag-walk';
import { linearTrend } from './simple/linear-trend';
import { movingAverage } from './simple/moving-average';
import type { ForecastMethodId, Forecaster } from './types';

export { naive, seasonalNaive } from './simple/lag-walk';
export { linearTrend } from './simple/linear-trend';
export { movingAverage, MA_WINDOWS } from './simple/moving-average';

/** Naive, seasonal naive, moving average (window chosen from 3, 6, 12) and linear trend. */
export const SIMPLE_METHODS: Partial<Record<ForecastMethodId, Forecaster>> = {
  naive,
  'seasonal-naive': seasonalNaive,
  'moving-average': movingAverage(),
  'linear-trend': linearTrend,
};
