import { AppError } from '../../src-shared/ipc/errors';
import type { ForecastMethodChoice, ForecastScope, SeriesForecast } from '../../src-shared/model';
import { lastActualsMonth, listForecastActuals } from '../repo/forecast-repo';
import { loadAccountingEnv } from './accounting-env';
import type { WorkbookContext } from './context';
import { monthlyHistories } from './forecast-history';
import { runForecast } from './forecast-run';
import { resolveScope } from './forecast-scope';
import { rolling12, yearOverYear } from './forecast-stats';

export interface SeriesArgs {
  scope: ForecastScope;
  horizon: number;
  method: ForecastMethodChoice;
  clean?: { accept: number[] } | undefined;
}

/**
 * `forecast/series`: one scope's monthly actuals in the base currency (see
 * monthlyHistories), its outliers, every model backtested over the last 12 months, and
 * the forecast of the requested method (or, for `auto`, the best by MASE) `horizon`
 * months past the workbook's last actuals month. Rolling 12-month averages and
 * year-over-year growth are of the actuals as posted. A scope without actuals comes back
 * with an empty history, no forecast and a note. Throws 'not-found' for an unknown scope,
 * 'validation' for a missing FX rate or an accepted index that is not flagged.
 */
export function seriesForecast(ctx: WorkbookContext, args: SeriesArgs): SeriesForecast {
  const env = loadAccountingEnv(ctx);
  const minorUnits = env.currencies.get(env.baseCurrency) ?? 2;
  const resolved = resolveScope(ctx, args.scope);
  const last = lastActualsMonth(ctx.db);
  const history = last
    ? monthlyHistories(
        env,
        listForecastActuals(ctx.db, resolved.filter),
        () => ['scope'],
        last,
        `forecast of ${resolved.scope.label}`,
      ).get('scope')
    : undefined;
  const common = { scope: resolved.scope, baseCurrency: env.baseCurrency, requested: args.method };
  if (!history) {
    const index = args.clean?.accept[0];
    if (index !== undefined) {
      throw new AppError('validation', `clean.accept: point ${index} is not a flagged outlier`, {
        field: 'clean.accept',
        index,
      });
    }
    return {
      ...common,
      history: { months: [], values: [], actuals: [], anomalies: [] },
      forecast: null,
      method: null,
      params: {},
      accuracy: [],
      notes: [resolved.noHistory],
      rolling12: [],
      yoy: [],
    };
  }
  const run = runForecast({
    months: history.months,
    values: history.values,
    horizon: args.horizon,
    method: args.method,
    accept: args.clean?.accept ?? [],
    minorUnits,
    backtest: 'all',
  });
  return {
    ...common,
    history: { months: history.months, values: run.values, actuals: history.values, anomalies: run.anomalies },
    forecast: run.forecast,
    method: run.method,
    params: run.params,
    accuracy: run.accuracy,
    notes: [...history.notes, ...run.notes],
    rolling12: rolling12(history.values, minorUnits),
    yoy: yearOverYear(history.values),
  };
}
