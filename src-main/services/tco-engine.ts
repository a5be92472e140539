import { AppError } from '../../src-shared/ipc/errors';
import type { TcoAssetBook, TcoModel, TcoResult, TornadoMetric, TornadoResult } from '../../src-shared/model';
import { EngineInputError } from '../engine/errors';
import { MissingFxRateError } from '../engine/fx';
import { computeTco, tornado, type RateLookup } from '../engine/tco';
import { loadAccountingEnv, type AccountingEnv } from './accounting-env';
import type { WorkbookContext } from './context';
import { asValidationError } from './engine-input';
import { assetBooksOf } from './tco-assets';

/** A rate the engine asked for and the workbook does not have. */
interface MissingRate {
  pair: string;
  month: string;
  unknownCurrency: boolean;
}

/**
 * The engine's rate lookup over the workbook's FX table at the budget rate of each month:
 * model-currency units per unit of `currency`, exact (direct, inverse or crossed through
 * the base currency). A month without a route answers null, so the engine refuses the
 * input naming the alternative and field; the pair and month are kept in `missing`.
 */
function rateLookup(env: AccountingEnv, modelCurrency: string): { rates: RateLookup; missing: MissingRate[] } {
  const missing: MissingRate[] = [];
  const rates: RateLookup = (currency, month) => {
    try {
      return env.rates.rate(currency, modelCurrency, month, 'budget').toFixed();
    } catch (e) {
      if (!(e instanceof EngineInputError)) throw e;
      missing.push({
        pair: `${currency}/${modelCurrency}`,
        month,
        unknownCurrency: !(e instanceof MissingFxRateError),
      });
      return null;
    }
  };
  return { rates, missing };
}

/**
 * What the engine leaves to its callers: the model's currency must be one of the
 * workbook's, with its minor units, and every alternative needs a name to be listed by.
 */
function checkOutline(env: AccountingEnv, model: TcoModel): void {
  const mu = env.currencies.get(model.currency);
  if (mu === undefined) {
    throw new AppError('validation', `model: currency "${model.currency}" is not a currency of this workbook.`, {
      item: 'model',
      field: 'currency',
    });
  }
  if (model.minorUnits !== mu) {
    throw new AppError(
      'validation',
      `model: minorUnits ${String(model.minorUnits)} differs from ${model.currency}'s ${mu} in this workbook.`,
      { item: 'model', field: 'minorUnits' },
    );
  }
  if (!Array.isArray(model.alternatives)) return;
  model.alternatives.forEach((a, i) => {
    const name: unknown = a?.name;
    if (typeof name !== 'string' || name.trim() === '') {
      const item = typeof a?.id === 'string' && a.id !== '' ? a.id : `alternatives[${i}]`;
      throw new AppError('validation', `${item}: name is empty; every alternative needs one.`, { item, field: 'name' });
    }
  });
}

/**
 * Run an engine call on a model with the workbook's rates and the register assets it retires. An input error becomes a
 * 'validation' AppError naming the alternative and field (plus the pair and month of a
 * missing rate); a model whose shape the engine cannot even read is refused the same way.
 */
function withRates<T>(
  ctx: WorkbookContext,
  model: TcoModel,
  fn: (rates: RateLookup, assets: ReadonlyMap<string, TcoAssetBook>) => T,
): T {
  const env = loadAccountingEnv(ctx);
  checkOutline(env, model);
  const assets = assetBooksOf(ctx, env, model);
  const { rates, missing } = rateLookup(env, model.currency);
  try {
    return fn(rates, assets);
  } catch (e) {
    if (e instanceof EngineInputError && missing.length > 0) {
      const m = missing[missing.length - 1]!;
      const why = m.unknownCurrency
        ? ` (${m.pair.split('/')[0]} is not a currency of this workbook)`
        : ` (add a budget rate for ${m.pair} in ${m.month})`;
      throw new AppError('validation', `${e.message}${why}`, {
        item: e.item,
        field: e.field,
        pair: m.pair,
        month: m.month,
      });
    }
    // Fields of the wrong type where the engine expects an object or a list.
    if (e instanceof TypeError) {
      throw new AppError('validation', `model: is not a complete TCO model (${e.message})`, {
        item: 'model',
        field: '',
      });
    }
    throw asValidationError(e);
  }
}

/**
 * The engine's result for a model, in its currency, with other currencies converted at
 * the workbook's budget rates and retired register assets resolved from the register. Throws a 'validation' AppError for input the engine refuses.
 */
export function computeModel(ctx: WorkbookContext, model: TcoModel): TcoResult {
  return withRates(ctx, model, (rates, assets) => computeTco(model, { rates, assets }));
}

/** Tornado-chart data for a model (see the engine's `tornado`); errors as computeModel. */
export function tornadoOfModel(
  ctx: WorkbookContext,
  model: TcoModel,
  options: { metric: TornadoMetric; variationPercent?: string | undefined; top?: number | undefined },
): TornadoResult {
  return withRates(ctx, model, (rates, assets) =>
    tornado(model, {
      metric: options.metric,
      rates,
      assets,
      ...(options.variationPercent !== undefined ? { variationPercent: options.variationPercent } : {}),
      ...(options.top !== undefined ? { top: options.top } : {}),
    }),
  );
}
