import type { ForecastMethodId, Forecaster } from '../types';

/** The exponential smoothing family and automatic selection (filled in by the ETS work). */
export const ETS_METHODS: Partial<Record<ForecastMethodId, Forecaster>> = {};
