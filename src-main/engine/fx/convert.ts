import { D, roundMoney, type Money, type RoundingMode } from '../../../src-shared/money';
import { requireMoney } from '../errors';
import type { CurrencyAmount, RateKind } from './fx-types';
import type { FxRateTable } from './rate-table';

export interface ConvertOptions {
  /** Rounding of the converted amount to the target's minor units (default HALF_UP). */
  rounding?: RoundingMode;
  /** Names the amount in error messages, e.g. "contract C-104" (default "EUR amount"). */
  item?: string;
}

/**
 * Convert `source.amount` (Money string in `source.currency`) into `to` at the budget or
 * actual rate of `period`, rounded once to `to`'s minor units. Returns a Money string in
 * `to`. Throws EngineInputError for an unknown currency or a malformed amount, and
 * MissingFxRateError when the table has no route for the pair in that period.
 *
 * Round trip: converting A→B→A with the same row loses at most half a minor unit of B
 * (worth 1/rate of A) plus half a minor unit of A, so the result is within one minor unit
 * of A whenever a minor unit of B is worth less than two of A (USD↔EUR, EUR→JPY at 160…).
 */
export function convertAmount(
  table: FxRateTable,
  source: CurrencyAmount,
  to: string,
  period: string,
  kind: RateKind,
  opts: ConvertOptions = {},
): Money {
  const amount = requireMoney(source.amount, opts.item ?? `${source.currency} amount`, 'amount');
  const rate = table.rate(source.currency, to, period, kind);
  return roundMoney(new D(amount).times(rate), table.minorUnits(to), opts.rounding ?? 'HALF_UP');
}

/** `convertAmount` into the table's base currency. Same units and errors. */
export function convertToBase(
  table: FxRateTable,
  source: CurrencyAmount,
  period: string,
  kind: RateKind,
  opts: ConvertOptions = {},
): Money {
  return convertAmount(table, source, table.baseCurrency, period, kind, opts);
}
