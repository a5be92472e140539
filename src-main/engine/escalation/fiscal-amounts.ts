import type { FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import { toEpochDay } from '../../../src-shared/calendar/iso-date';
import { parseMinorBig } from '../../../src-shared/money/minor-units';
import { EngineInputError } from '../errors';
import type { BillingEvent } from './escalation-types';
import { PeriodAccumulator, type FiscalAmounts, type FiscalBasis } from './period-accumulator';

/**
 * Amounts of billing events per fiscal period, so they flow into budget and forecast months
 * (basis: see FiscalBasis). `spans` must be in date order without overlaps (e.g.
 * FiscalCalendar.periods of a few years); `minorUnits` is the contract currency's, and every
 * event amount must already be rounded to it. Sums are exact. Throws EngineInputError for
 * spans that overlap or run backwards, or an amount with more decimals than `minorUnits`.
 */
export function amountsByFiscalPeriod(
  events: readonly BillingEvent[],
  spans: readonly FiscalPeriodSpan[],
  basis: FiscalBasis,
  minorUnits: number,
): FiscalAmounts {
  const acc = new PeriodAccumulator(spans);
  for (const e of events) {
    const units = parseMinorBig(e.amount, minorUnits);
    if (units === null) {
      const msg = `Billing event ${e.date} amount "${e.amount}" is not rounded to ${minorUnits} decimals`;
      throw new EngineInputError(msg, e.date, 'amount');
    }
    if (basis === 'billing-date') acc.addOnDay(toEpochDay(e.date), units);
    else acc.addOverDays(toEpochDay(e.serviceStart), toEpochDay(e.serviceEnd), units);
  }
  return acc.result(minorUnits);
}
