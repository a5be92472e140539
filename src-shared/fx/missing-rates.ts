import type { FiscalPeriodSpan } from '../calendar/calendar-types';
import type { MonthKey } from '../calendar/fiscal';
import { addDays } from '../calendar/iso-date';
import type { FxRateRecord } from '../model/accounting';

/**
 * The month whose FX rate converts a fiscal period: the month holding its middle day, as
 * the accounting summary converts (a calendar month is its own month; a retail period
 * running 29 Mar – 2 May uses April).
 */
export function fxMonthOfPeriod(span: Pick<FiscalPeriodSpan, 'start' | 'days'>): MonthKey {
  return addDays(span.start, Math.floor(span.days / 2)).slice(0, 7);
}

/** A currency in use that lacks a budget rate into the base currency for some months. */
export interface MissingRates {
  currency: string;
  months: MonthKey[];
}

/**
 * For each currency other than the base, the months (in the order given) with no budget
 * rate to or from the base currency: without one, converting that month fails and so does
 * any summary that includes it. Currencies with every month covered are left out.
 */
export function missingBudgetRates(input: {
  currencies: Iterable<string>;
  baseCurrency: string;
  months: readonly MonthKey[];
  rates: readonly FxRateRecord[];
}): MissingRates[] {
  const base = input.baseCurrency;
  const have = new Set<string>();
  for (const r of input.rates) {
    if (r.to === base) have.add(`${r.from}@${r.period}`);
    if (r.from === base) have.add(`${r.to}@${r.period}`);
  }
  const codes = [...new Set(input.currencies)].filter((c) => c !== base).sort();
  return codes
    .map((currency) => ({ currency, months: input.months.filter((m) => !have.has(`${currency}@${m}`)) }))
    .filter((m) => m.months.length > 0);
}
