import {
  addDays,
  addMonthsToDate,
  lastDayOfMonth,
  parseIsoDate,
  type IsoDate,
} from '../../src-shared/calendar/iso-date';
import { parsePaymentTerms } from '../engine/accrual';
import { escalateContract, type BillingEvent } from '../engine/escalation';
import { minorToMoney } from './minor-units';
import type { Prng } from './prng';
import type { DemoContract, DemoCostItem } from './types';

export interface CostItemContext {
  rng: Prng;
  newId: () => string;
  base: string;
  asOf: IsoDate;
  /** First and last day (inclusive) covered by FX rates: the actuals history and the budget years. */
  window: { start: IsoDate; end: IsoDate };
}

/** Share of the contracts not picked for a reason that still get their invoices. */
const EXTRA_SHARE = 0.3;

/** Due date from invoice date and terms ("net 45", "EOM + 30"). Demo terms always parse. */
export function dueDate(invoiceDate: IsoDate, terms: string): IsoDate {
  const t = parsePaymentTerms(terms)!;
  if (t.kind === 'net') return addDays(invoiceDate, t.days);
  const { year, month } = parseIsoDate(invoiceDate);
  return addDays(lastDayOfMonth(year, month), t.days);
}

/**
 * Which contracts get invoices: every prepaid and foreign-currency contract, the first of
 * each billing pattern (annual / quarterly / monthly, in advance or in arrears) and the
 * first telecom contract that has run six months, and about 30 % of the rest.
 */
function pick(ctx: CostItemContext, contracts: readonly DemoContract[]): DemoContract[] {
  const patterns = new Set<string>();
  return contracts.filter((c) => {
    // A telecom contract running for a while counts as a pattern of its own: it takes the credit note.
    const running = c.kind === 'telecom' && c.start <= addMonthsToDate(ctx.asOf, -6);
    const pattern = running ? 'telecom' : `${c.billing}/${c.invoiceTiming}`;
    const first = !patterns.has(pattern);
    patterns.add(pattern);
    return c.prepaid || c.currency !== ctx.base || first || ctx.rng.chance(EXTRA_SHARE);
  });
}

/**
 * Invoices of some contracts, dated inside the window: a prepaid contract has one invoice
 * for its whole term on its start date; others one per billing period of their escalated
 * schedule, on the first day of service (in advance) or the day after it ends (in arrears).
 * Invoices due before asOf carry the day they were actually paid (a few days early or late);
 * later ones are paid on their terms. A foreign-currency invoice is kept only when its
 * service period and payment fall inside the window too, so it always has FX rates. One
 * telecom invoice gets an SLA credit note (a negative item).
 */
export function generateCostItems(ctx: CostItemContext, contracts: readonly DemoContract[]): DemoCostItem[] {
  const { rng, window } = ctx;
  const items: DemoCostItem[] = [];
  let credited = false;
  for (const c of pick(ctx, contracts)) {
    const opts = { minorUnits: c.minorUnits, horizon: window.end };
    const schedule = escalateContract(c, c.prepaid ? { minorUnits: c.minorUnits } : opts);
    const bills: Pick<BillingEvent, 'serviceStart' | 'serviceEnd' | 'amount'>[] = c.prepaid
      ? [{ serviceStart: c.start, serviceEnd: schedule.end, amount: schedule.total }]
      : schedule.events;
    let n = 0;
    for (const b of bills) {
      const invoiceDate = c.invoiceTiming === 'advance' || c.prepaid ? b.serviceStart : addDays(b.serviceEnd, 1);
      if (invoiceDate < window.start || invoiceDate > window.end || b.amount === '0') continue;
      const due = dueDate(invoiceDate, c.paymentTerms);
      let paid: IsoDate | undefined;
      if (due < ctx.asOf) {
        paid = addDays(due, rng.int(-3, 10));
        if (paid < invoiceDate) paid = invoiceDate;
        if (paid >= ctx.asOf) paid = addDays(ctx.asOf, -1);
      }
      const outside = b.serviceStart < window.start || b.serviceEnd > window.end || (paid ?? due) > window.end;
      if (c.currency !== ctx.base && outside) continue;
      n++;
      const item: DemoCostItem = {
        id: ctx.newId(),
        contractId: c.id,
        reference: `${c.code}-INV-${String(n).padStart(3, '0')}`,
        description: `${c.name}, ${b.serviceStart} to ${b.serviceEnd}`,
        amount: b.amount,
        currency: c.currency,
        minorUnits: c.minorUnits,
        invoiceDate,
        paymentTerms: c.paymentTerms,
        ...(paid ? { paymentDate: paid } : {}),
        servicePeriod: { start: b.serviceStart, end: b.serviceEnd },
        expenseType: c.expenseType,
      };
      items.push(item);
      if (!credited && c.kind === 'telecom' && paid && n >= 3) {
        credited = true;
        items.push(creditNote(ctx, item));
      }
    }
  }
  return items;
}

/** An SLA credit of 8 % of an invoice, issued a month later and deducted from the next payment. */
function creditNote(ctx: CostItemContext, of: DemoCostItem): DemoCostItem {
  const major = 10 ** of.minorUnits;
  const [whole = '0', frac = ''] = of.amount.split('.');
  const units = Number(whole) * major + Number(frac.padEnd(of.minorUnits, '0') || '0');
  const credit = Math.max(1, Math.round(units * 0.08));
  const issued = addDays(of.invoiceDate, 30);
  const { paymentDate: _paid, ...rest } = of;
  return {
    ...rest,
    id: ctx.newId(),
    reference: of.reference.replace('-INV-', '-CN-'),
    description: `SLA credit: ${of.description}`,
    amount: minorToMoney(-credit, of.minorUnits),
    invoiceDate: issued,
    ...(issued < ctx.asOf ? { paymentDate: issued } : {}),
  };
}
