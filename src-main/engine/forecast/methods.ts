import { EngineInputError } from '../errors';
import { ETS_METHODS } from './ets';
import { SIMPLE_METHODS } from './simple-methods';
import type { ForecastMethodId, ForecastResult, SeriesInput } from './types';

const METHODS = { ...SIMPLE_METHODS, ...ETS_METHODS };

/**
 * Forecast `horizon` steps of a series with one method.
 * @throws EngineInputError naming the method for one that is not available or input it cannot use
 */
export function forecastSeries(series: SeriesInput, horizon: number, method: ForecastMethodId): ForecastResult {
  const f = METHODS[method];
  if (!f) throw new EngineInputError(`Forecast method "${method}" is not available`, method, 'method');
  return f(series, horizon);
}
