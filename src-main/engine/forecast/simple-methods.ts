import type { ForecastMethodId, Forecaster } from './types';

/** Naive, seasonal naive, moving average and linear trend (filled in by the simple-methods work). */
export const SIMPLE_METHODS: Partial<Record<ForecastMethodId, Forecaster>> = {};
