import type { Money } from '../../../src-shared/money';

/**
 * One row of an FX rate table: in `period`, 1 unit of `from` is worth `budgetRate` (and,
 * once known, `actualRate`) units of `to`. Rates are positive decimal strings ("1.0842").
 * `period` is a fiscal period key ("FY2027-P01") or a calendar month ("2026-07"); the table
 * matches it exactly, so budget and actuals must use the same kind of key.
 */
export interface FxRate {
  from: string;
  to: string;
  period: string;
  budgetRate: string;
  actualRate?: string;
}

/** Which rate of a row to convert at. */
export type RateKind = 'budget' | 'actual';

/** An amount held in its transaction currency. */
export interface CurrencyAmount {
  /** Money string in `currency`. */
  amount: Money;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
}

/** A currency the workbook knows, with its ISO 4217 minor units (JPY 0, USD 2, BHD 3). */
export interface FxCurrency {
  code: string;
  minorUnits: number;
}
