import type { FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import { fromEpochDay } from '../../../src-shared/calendar/iso-date';
import { formatMinorBig, roundRatioBig } from '../../../src-shared/money/minor-units';
import { billingSpans } from './billing-periods';
import { checkContract, serviceEnd, type CheckedContract } from './contract-input';
import type { BillingEvent, ContractTerms, EscalationOptions, EscalationSchedule } from './escalation-types';
import { fmtAmount } from './explain';
import { PeriodAccumulator, type FiscalAmounts, type FiscalBasis } from './period-accumulator';
import { describePrice } from './price-formula';
import { pricePath, type PriceStep } from './price-path';

interface Billed {
  from: number;
  to: number;
  fullDays: number;
  units: bigint;
  /** Index of the price step in force. */
  step: number;
}

/** The priced billing periods of a checked contract (shared by both entry points below). */
function billed(
  contract: ContractTerms,
  opts: EscalationOptions,
): { c: CheckedContract; end: string; steps: PriceStep[]; bills: Billed[] } {
  const c = checkContract(contract, opts);
  const rounding = opts.rounding ?? 'HALF_UP';
  const end = serviceEnd(contract, c.end, opts.horizon);
  const steps = pricePath(c, end, rounding);
  let next = 1;
  const bills = billingSpans(c.start, end, c.months).map((p): Billed => {
    // Periods come in date order, so the price in force only ever moves forward.
    while (next < steps.length && steps[next]!.effectiveDay <= p.from) next++;
    const price = steps[next - 1]!.units;
    const days = p.to - p.from + 1;
    const units = days === p.fullDays ? price : roundRatioBig(price, BigInt(days), BigInt(p.fullDays), rounding);
    return { from: p.from, to: p.to, fullDays: p.fullDays, units, step: next - 1 };
  });
  return { c, end, steps, bills };
}

/**
 * The billing events of a contract with its escalation applied, each with the rule that
 * produced its amount: "2028-07: 10,920.00 = 10,400.00 × (1 + 5% capped from CPI 6.1%)".
 *
 * - One event per billing period (monthly, quarterly or annual, counted from `start`), billed
 *   on the first day of service, at the price in force on that day: a price change takes
 *   effect from the first billing period starting on or after its date.
 * - A last period cut short by `end` is billed pro rata by days (price × days ÷ full-period
 *   days), rounded once to the currency's minor units.
 * - Prices are rounded to minor units at each change (see pricePath), with `opts.rounding`
 *   (default HALF_UP).
 * - An auto-renewing contract with `opts.horizon` continues through renewal terms until
 *   one covers the horizon, its escalation carrying on.
 *
 * Amounts are Money strings in the contract currency. Throws EngineInputError naming the
 * contract id and field for invalid input (see checkContract), or a missing index value.
 */
export function escalateContract(contract: ContractTerms, opts: EscalationOptions): EscalationSchedule {
  const { c, end, steps, bills } = billed(contract, opts);
  const prices = steps.map((s) => describePrice(s, c.minorUnits));
  let total = 0n;
  const events = bills.map((b, i): BillingEvent => {
    const change = prices[b.step]!;
    const start = fromEpochDay(b.from);
    const days = b.to - b.from + 1;
    const amount = days === b.fullDays ? change.price : formatMinorBig(b.units, c.minorUnits);
    total += b.units;
    const since = i > 0 && bills[i - 1]!.step === b.step && b.step > 0 ? ` (in force since ${change.effective})` : '';
    const formula =
      days === b.fullDays
        ? `${change.formula}${since}`
        : `${fmtAmount(amount, c.minorUnits)} = ${fmtAmount(change.price, c.minorUnits)} × ${days}/${b.fullDays} days; ${change.formula}`;
    return {
      date: start,
      serviceStart: start,
      serviceEnd: fromEpochDay(b.to),
      amount,
      price: change.price,
      serviceDays: days,
      fullPeriodDays: b.fullDays,
      explanation: `${start.slice(0, 7)}: ${formula}`,
    };
  });
  return { contractId: c.id, end, prices, events, total: formatMinorBig(total, c.minorUnits) };
}

/** One priced billing period in engine units (see {@link contractBillings}). */
export interface Billing {
  /** First and last day of service, epoch days, inclusive. */
  from: number;
  to: number;
  /** Amount in minor units of the contract currency (prorated when cut short). */
  units: bigint;
}

/**
 * The billing periods of a contract with its escalation applied, in engine units: the
 * same amounts and days as {@link escalateContract}'s events, without their Money strings
 * and explanations — for views over thousands of contracts. Also returns the last day of
 * service (after auto-renewals up to the horizon) and the contract's minor units.
 * Throws as escalateContract.
 */
export function contractBillings(
  contract: ContractTerms,
  opts: EscalationOptions,
): { end: string; minorUnits: number; bills: Billing[] } {
  const { c, end, bills } = billed(contract, opts);
  return { end, minorUnits: c.minorUnits, bills };
}

/**
 * A contract's escalated amounts per fiscal period, straight from its terms: the same
 * figures as `amountsByFiscalPeriod(escalateContract(contract, opts).events, …)`, without
 * building events or explanations — for summaries over thousands of contracts. Money
 * strings, contract currency. Throws as escalateContract and amountsByFiscalPeriod.
 */
export function contractAmountsByFiscalPeriod(
  contract: ContractTerms,
  spans: readonly FiscalPeriodSpan[],
  basis: FiscalBasis,
  opts: EscalationOptions,
): FiscalAmounts {
  const { c, bills } = billed(contract, opts);
  const acc = new PeriodAccumulator(spans);
  for (const b of bills) {
    if (basis === 'billing-date') acc.addOnDay(b.from, b.units);
    else acc.addOverDays(b.from, b.to, b.units);
  }
  return acc.result(c.minorUnits);
}
