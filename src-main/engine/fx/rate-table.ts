import { D, isPlainDecimal, type Dec } from '../../../src-shared/money';
import { EngineInputError } from '../errors';
import type { FxCurrency, FxRate, RateKind } from './fx-types';

const CODE = /^[A-Z]{3}$/;
const PERIOD = /^(FY\d{4}-P\d{2}|\d{4}-(0[1-9]|1[0-2]))$/;

/** A missing rate: names the currency pair, the rate (budgetRate/actualRate) and the period. */
export class MissingFxRateError extends EngineInputError {
  constructor(
    from: string,
    to: string,
    readonly period: string,
    readonly kind: RateKind,
  ) {
    super(`No ${kind} FX rate for ${from}/${to} in period ${period}`, `${from}/${to}`, `${kind}Rate`);
    this.name = 'MissingFxRateError';
  }
}

/** Validated rates of one workbook, indexed for lookup, with its currencies and base currency. */
export interface FxRateTable {
  readonly baseCurrency: string;
  /** Minor units of a currency; throws EngineInputError for a currency the table does not know. */
  minorUnits(currency: string): number;
  /**
   * Units of `to` per unit of `from` in `period` at the budget or actual rate: 1 for the
   * same currency, else the direct row, else the inverse of the reverse row, else a cross
   * through the base currency (each leg direct or inverse). Full precision, never rounded.
   * Throws MissingFxRateError (an EngineInputError) when no route exists.
   */
  rate(from: string, to: string, period: string, kind: RateKind): Dec;
}

function positiveRate(value: string, item: string, field: string): Dec {
  if (typeof value !== 'string' || !isPlainDecimal(value.trim()) || new D(value.trim()).lte(0)) {
    throw new EngineInputError(`${item} ${field} "${value}" is not a positive decimal rate`, item, field);
  }
  return new D(value.trim());
}

/**
 * Build a rate table. Throws EngineInputError naming the row for: an unknown or malformed
 * currency code, a row converting a currency to itself, a period that is neither "YYYY-MM"
 * nor "FY2027-P01", a rate that is not a positive decimal, or the same pair and period twice.
 */
export function createRateTable(input: {
  baseCurrency: string;
  currencies: readonly FxCurrency[];
  rates: readonly FxRate[];
}): FxRateTable {
  const units = new Map<string, number>();
  for (const c of input.currencies) {
    if (!CODE.test(c.code)) throw new EngineInputError(`Currency code "${c.code}" is not ISO 4217`, c.code, 'code');
    if (!Number.isInteger(c.minorUnits) || c.minorUnits < 0 || c.minorUnits > 8) {
      throw new EngineInputError(`Currency ${c.code} has invalid minor units ${c.minorUnits}`, c.code, 'minorUnits');
    }
    units.set(c.code, c.minorUnits);
  }
  const known = (code: string, item: string, field: string) => {
    if (!units.has(code)) throw new EngineInputError(`Unknown currency "${code}" in ${item}`, item, field);
  };
  known(input.baseCurrency, 'the workbook', 'baseCurrency');

  const rows = new Map<string, { budget: Dec; actual: Dec | undefined }>();
  for (const r of input.rates) {
    const item = `${r.from}/${r.to} ${r.period}`;
    known(r.from, item, 'from');
    known(r.to, item, 'to');
    if (r.from === r.to) throw new EngineInputError(`Rate ${item} converts a currency to itself`, item, 'to');
    if (!PERIOD.test(r.period)) {
      throw new EngineInputError(`Rate ${item} period "${r.period}" is not YYYY-MM or FY2027-P01`, item, 'period');
    }
    const key = `${r.from}/${r.to}@${r.period}`;
    if (rows.has(key)) throw new EngineInputError(`Rate ${item} appears twice`, item, 'period');
    rows.set(key, {
      budget: positiveRate(r.budgetRate, item, 'budgetRate'),
      actual: r.actualRate === undefined ? undefined : positiveRate(r.actualRate, item, 'actualRate'),
    });
  }

  const one = new D(1);
  const leg = (from: string, to: string, period: string, kind: RateKind): Dec | undefined => {
    if (from === to) return one;
    const direct = rows.get(`${from}/${to}@${period}`)?.[kind];
    if (direct) return direct;
    const reverse = rows.get(`${to}/${from}@${period}`)?.[kind];
    return reverse ? one.div(reverse) : undefined;
  };
  const base = input.baseCurrency;
  const minorUnits = (currency: string): number => {
    const u = units.get(currency);
    if (u === undefined) throw new EngineInputError(`Unknown currency "${currency}"`, currency, 'currency');
    return u;
  };

  return {
    baseCurrency: base,
    minorUnits,
    rate(from, to, period, kind) {
      minorUnits(from);
      minorUnits(to);
      const direct = leg(from, to, period, kind);
      if (direct) return direct;
      const toBase = leg(from, base, period, kind);
      const fromBase = leg(base, to, period, kind);
      if (toBase && fromBase) return toBase.times(fromBase);
      throw new MissingFxRateError(from, to, period, kind);
    },
  };
}
