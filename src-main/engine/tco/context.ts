import { D, isPlainDecimal, type Dec } from '../../../src-shared/money';
import { decimalInput, growthFactor, inputError, intInput, percentInput } from './inputs';
import {
  DEMAND_KEYS,
  type DemandKey,
  type MoneyInput,
  type RateLookup,
  type TcoAssetBook,
  type TcoModel,
} from './types';

/** What every alternative's calculation shares: the time line, demand, prices in model currency. */
export interface TcoContext {
  readonly model: TcoModel;
  /** Model months, years × 12. */
  readonly months: number;
  /** "YYYY-MM" per model month (index 0 = month 1). */
  readonly labels: readonly string[];
  /** Exact demand level per model year (index 0 = year 1). */
  readonly demand: Partial<Record<DemandKey, readonly Dec[]>>;
  readonly discountRate: Dec;
  /** Register assets by id, as the caller resolved them (see TcoAssetBook). */
  readonly assets: ReadonlyMap<string, TcoAssetBook>;
  /** Demand level of `key` in model month `m` (1-based). Throws when the model has no such driver. */
  level(key: DemandKey, m: number, item: string, field: string): Dec;
  /** An amount converted to model currency at month `m`'s rate, exact. */
  money(input: MoneyInput, m: number, item: string, field: string): Dec;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Model year (1-based) of model month `m` (1-based). */
export function yearOfMonth(m: number): number {
  return Math.ceil(m / 12);
}

function monthLabels(startMonth: string, count: number): string[] {
  const match = MONTH.exec(startMonth);
  if (!match) throw inputError('model', 'startMonth', `${JSON.stringify(startMonth)} is not a month ("YYYY-MM")`);
  const y0 = Number(match[1]);
  const m0 = Number(match[2]) - 1;
  return Array.from({ length: count }, (_, i) => {
    const t = m0 + i;
    return `${y0 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
  });
}

function demandLevels(model: TcoModel): Partial<Record<DemandKey, Dec[]>> {
  const out: Partial<Record<DemandKey, Dec[]>> = {};
  const given = model.demand ?? {};
  for (const key of Object.keys(given)) {
    if (!DEMAND_KEYS.includes(key as DemandKey)) {
      throw inputError('demand', key, `is not a demand driver (expected ${DEMAND_KEYS.join(', ')})`);
    }
  }
  for (const key of DEMAND_KEYS) {
    const d = given[key];
    if (!d) continue;
    const start = decimalInput(d.start, 'demand', `${key}.start`, { min: 0 });
    const growth = percentInput(d.growthPercent, 'demand', `${key}.growthPercent`);
    const overrides = d.overrides ?? {};
    for (const y of Object.keys(overrides)) {
      const n = Number(y);
      if (!Number.isInteger(n) || n < 1 || n > model.years) {
        throw inputError('demand', `${key}.overrides`, `has year ${y}; the model runs years 1…${model.years}`);
      }
    }
    const levels: Dec[] = [];
    for (let y = 1; y <= model.years; y++) {
      const o = overrides[y];
      if (o !== undefined) levels.push(decimalInput(o, 'demand', `${key}.overrides[${y}]`, { min: 0 }));
      else levels.push(y === 1 ? start : levels[y - 2]!.times(growthFactor(growth, 1)));
    }
    out[key] = levels;
  }
  return out;
}

/**
 * The shared context of a model: checks the model-level inputs (years 3…10, start month,
 * discount rate above −100 %, demand ≥ 0 with growth above −100 %) and prepares demand and
 * currency conversion.
 *
 * @throws EngineInputError naming the field ("model: years 12 is outside 3…10")
 */
export function createContext(
  model: TcoModel,
  rates?: RateLookup,
  assets: ReadonlyMap<string, TcoAssetBook> = new Map(),
): TcoContext {
  const years = intInput(model.years, 'model', 'years', 3, 10);
  intInput(model.minorUnits, 'model', 'minorUnits', 0, 6);
  if (typeof model.currency !== 'string' || !/^[A-Z]{3}$/.test(model.currency)) {
    throw inputError('model', 'currency', `${JSON.stringify(model.currency)} is not an ISO 4217 code`);
  }
  const months = years * 12;
  const labels = monthLabels(model.startMonth, months);
  const discountRate = decimalInput(model.discountRatePercent, 'model', 'discountRatePercent', {
    above: -100,
    unit: ' %',
  });
  const demand = demandLevels(model);
  const rateCache = new Map<string, Dec>();
  const parsed = new Map<string, Dec>();

  const rate = (currency: string, m: number, item: string, field: string): Dec => {
    const label = labels[m - 1]!;
    const key = `${currency} ${label}`;
    let r = rateCache.get(key);
    if (!r) {
      const found = rates?.(currency, label);
      if (found === null || found === undefined) {
        throw inputError(
          item,
          field,
          `is in ${currency}, and there is no ${currency}→${model.currency} rate for ${label}`,
        );
      }
      if (!isPlainDecimal(found) || !new D(found).isPositive()) {
        throw inputError(item, field, `needs a ${currency}→${model.currency} rate for ${label}; got "${found}"`);
      }
      r = new D(found);
      rateCache.set(key, r);
    }
    return r;
  };

  return {
    model,
    months,
    labels,
    demand,
    discountRate,
    assets,
    level(key, m, item, field) {
      const levels = demand[key];
      if (!levels) throw inputError(item, field, `needs demand.${key}, which the model does not have`);
      return levels[yearOfMonth(m) - 1]!;
    },
    money(input, m, item, field) {
      if (typeof input === 'string') {
        // Amounts repeat month after month: parse and check each distinct string once.
        let d = parsed.get(input);
        if (!d) {
          d = decimalInput(input, item, field, { min: 0 });
          parsed.set(input, d);
        }
        return d;
      }
      if (typeof input !== 'object' || input === null) {
        throw inputError(item, field, `${JSON.stringify(input)} is not an amount`);
      }
      const amount = decimalInput(input.amount, item, `${field}.amount`, { min: 0 });
      if (input.currency === model.currency) return amount;
      if (typeof input.currency !== 'string' || !/^[A-Z]{3}$/.test(input.currency)) {
        throw inputError(item, `${field}.currency`, `${JSON.stringify(input.currency)} is not an ISO 4217 code`);
      }
      return amount.times(rate(input.currency, m, item, field));
    },
  };
}
