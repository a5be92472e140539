import { AppError } from '../../src-shared/ipc/errors';
import type { ForecastMethodChoice, ForecastScope, SeriesForecast } from '../../src-shared/model';
import { scopeInputs } from '../repo/forecast-inputs-repo';
import { lastActualsMonth, listForecastActuals } from '../repo/forecast-repo';
import { loadAccountingEnv } from './accounting-env';
import type { WorkbookContext } from './context';
import { monthlyHistories, type MonthlyHistory } from './forecast-history';
import { runForecast } from './forecast-run';
import { inputsKeyOf, resolveScope, type ResolvedScope } from './forecast-scope';
import { rolling12, yearOverYear } from './forecast-stats';

export interface SeriesArgs {
  scope: ForecastScope;
  horizon: number;
  /** Omitted: the scope's stored method. */
  method?: ForecastMethodChoice | undefined;
  clean?: { accept: number[] } | undefined;
}

/** One scope found in the workbook with its monthly history (none without actuals). */
export interface ScopeHistory {
  resolved: ResolvedScope;
  history: MonthlyHistory | undefined;
  baseCurrency: string;
  minorUnits: number;
}

/**
 * A scope's monthly actuals in the base currency (see monthlyHistories), as posted.
 * Throws 'not-found' for an unknown scope, 'validation' for a missing FX rate.
 */
export function scopeHistory(ctx: WorkbookContext, scope: ForecastScope): ScopeHistory {
  const env = loadAccountingEnv(ctx);
  const minorUnits = env.currencies.get(env.baseCurrency) ?? 2;
  const resolved = resolveScope(ctx, scope);
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
  return { resolved, history, baseCurrency: env.baseCurrency, minorUnits };
}

/**
 * `forecast/series`: one scope's monthly actuals in the base currency, its outliers,
 * every model backtested over the last 12 months, and the forecast of the method asked
 * for (else the scope's stored one; for `auto` the best by MASE) `horizon` months past
 * the workbook's last actuals month. The scope's stored inputs apply (see runForecast):
 * the history comes back as fitted with each month's marks, the forecast as effective
 * (overrides in place, flagged in `overridden`). Rolling 12-month averages and
 * year-over-year growth are of the actuals as posted, continued over the effective
 * forecast. A scope without actuals comes back with an empty history, no forecast and a
 * note. Throws 'not-found' for an unknown scope, 'validation' for a missing FX rate or an
 * accepted index that is not flagged.
 */
export function seriesForecast(ctx: WorkbookContext, args: SeriesArgs): SeriesForecast {
  const { resolved, history, baseCurrency, minorUnits } = scopeHistory(ctx, args.scope);
  const inputs = scopeInputs(ctx.db, inputsKeyOf(args.scope));
  const requested = args.method ?? inputs.method;
  const common = { scope: resolved.scope, baseCurrency, requested, inputs };
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
      history: { months: [], values: [], actuals: [], anomalies: [], marks: [] },
      forecast: null,
      overridden: [],
      computed: [],
      method: null,
      params: {},
      accuracy: [],
      notes: [resolved.noHistory],
      rolling12: [],
      yoy: [],
      forecastRolling12: [],
      forecastYoy: [],
    };
  }
  const run = runForecast({
    months: history.months,
    values: history.values,
    horizon: args.horizon,
    method: requested,
    accept: args.clean?.accept ?? [],
    inputs,
    minorUnits,
    backtest: 'all',
  });
  const n = history.values.length;
  const whole = [...history.values, ...(run.forecast?.mean ?? [])];
  return {
    ...common,
    history: {
      months: history.months,
      values: run.values,
      actuals: history.values,
      anomalies: run.anomalies,
      marks: run.marks,
    },
    forecast: run.forecast,
    overridden: run.overridden,
    computed: run.computed,
    method: run.method,
    params: run.params,
    accuracy: run.accuracy,
    notes: [...history.notes, ...run.notes],
    rolling12: rolling12(history.values, minorUnits),
    yoy: yearOverYear(history.values),
    forecastRolling12: rolling12(whole, minorUnits).slice(n),
    forecastYoy: yearOverYear(whole).slice(n),
  };
}
