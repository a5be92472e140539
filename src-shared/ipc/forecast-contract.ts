import { z } from 'zod';
import { FORECAST_METHOD_CHOICES, type ScenarioForecast, type SeriesForecast } from '../model/forecast';
import { zId } from './schemas';

/** Longest forecast horizon, in months. */
export const MAX_FORECAST_HORIZON = 36;

const zHorizon = z.number().int().min(1).max(MAX_FORECAST_HORIZON);
/** Omitted: each scope's stored method (set with forecast/set-method; 'auto' when none). */
const zMethod = z.enum(FORECAST_METHOD_CHOICES).optional();

/** A line or a dimension member needs its id; the total has none. */
export const zForecastScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('total') }),
  z.object({ kind: z.literal('line'), id: zId, scenarioId: zId.optional() }),
  z.object({ kind: z.enum(['cost-center', 'service', 'tower', 'account']), id: zId }),
]);

/**
 * The forecasting channels, spread into the one request map in contract.ts. Read-only:
 * nothing is written. Each scope's stored inputs (forecast-inputs-contract.ts: cleanings,
 * one-offs, baseline start, level shifts, overrides) always apply; its stored method
 * applies unless the call names a method, which then wins for that call only. History is the monthly actuals in the base currency at each
 * month's actual FX rate (the budget rate where a month has none, noted); a month
 * with neither rate is a 'validation' error naming the pair and month.
 */
export const forecastContract = {
  /**
   * One scope's history, outliers, backtest of every method over the last 12 months and
   * forecast `horizon` months past the workbook's last actuals month. `clean.accept`
   * lists indices of flagged points to replace by their suggested value before fitting
   * (an index that is not flagged is a 'validation' error). Unknown ids are 'not-found'.
   */
  'forecast/series': {
    input: z.object({
      scope: zForecastScope,
      horizon: zHorizon,
      method: zMethod,
      clean: z.object({ accept: z.array(z.number().int().min(0)).max(1000) }).optional(),
    }),
    output: null as unknown as SeriesForecast,
  },
  /**
   * A forecast per budget line of a scenario (or per cost center, service, tower or
   * account of its lines), with method, accuracy and totals per fiscal year; lines
   * without actuals are kept with a note. Reports progress (distinct forecasts done) and
   * can be cancelled ('cancelled'); the forecasts run on worker threads.
   */
  'forecast/scenario': {
    input: z.object({
      scenarioId: zId,
      horizon: zHorizon,
      method: zMethod,
      by: z.enum(['line', 'cost-center', 'service', 'tower', 'account']).default('line'),
    }),
    output: null as unknown as ScenarioForecast,
  },
} as const;
