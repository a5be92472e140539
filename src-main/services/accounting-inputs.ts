import { addMonthsToDate, addDays, toEpochDay } from '../../src-shared/calendar/iso-date';
import type { Asset, AssetEventRecord, Contract, CostItemRecord } from '../../src-shared/model';
import { sumMoney, type Money } from '../../src-shared/money';
import { dueDay, parsePaymentTerms, type CostItem, type PreparedItem } from '../engine/accrual';
import { EngineInputError } from '../engine/errors';
import type { AssetEvent, DepreciableAsset } from '../engine/depreciation';
import type { Billing, BillingEvent, ContractTerms } from '../engine/escalation';

/**
 * Model → engine inputs. Engine messages name the item by its `id`, so assets and
 * contracts go in under their code ("asset SRV-001: salvage … is above the cost …").
 */

export function engineEvent(
  e: Pick<AssetEventRecord, 'kind' | 'date' | 'amount' | 'usefulLifeMonths' | 'remainingLifeMonths' | 'salvage'>,
): AssetEvent {
  switch (e.kind) {
    case 'disposal':
      return { kind: 'disposal', date: e.date };
    case 'impairment':
      return { kind: 'impairment', date: e.date, amount: e.amount ?? '0' };
    case 'life-change':
      return {
        kind: 'life-change',
        date: e.date,
        ...(e.usefulLifeMonths !== null ? { usefulLifeMonths: e.usefulLifeMonths } : {}),
        ...(e.remainingLifeMonths !== null ? { remainingLifeMonths: e.remainingLifeMonths } : {}),
        ...(e.salvage !== null ? { salvage: e.salvage } : {}),
      };
  }
}

/** An asset as the depreciation engine takes it (amounts in its own currency). */
export function depreciableAsset(
  a: Omit<Asset, 'id' | 'events'> & { events: readonly Parameters<typeof engineEvent>[0][] },
  minorUnits: number,
): DepreciableAsset {
  return {
    id: a.code,
    name: a.name,
    cost: a.cost,
    salvage: a.salvage,
    currency: a.currency,
    minorUnits,
    inServiceDate: a.inServiceDate,
    usefulLifeMonths: a.usefulLifeMonths,
    method: a.method,
    convention: a.convention,
    ...(a.decliningBalancePercent !== null ? { decliningBalancePercent: a.decliningBalancePercent } : {}),
    ...(a.totalUnits !== null ? { totalUnits: a.totalUnits } : {}),
    unitsByPeriod: a.unitsByPeriod,
    events: a.events.map(engineEvent),
  };
}

/** A contract's terms for the escalation engine. */
export function contractTerms(c: Contract): ContractTerms {
  return {
    id: c.code,
    baseAmount: c.baseAmount,
    billing: c.billing,
    start: c.start,
    end: c.end,
    escalation: c.escalation,
    ...(c.renewal ? { renewal: c.renewal } : {}),
  };
}

/** A stored cost item for the accrual engine. */
export function costItemOf(
  r: CostItemRecord,
  minorUnits: number,
  label = r.reference || r.description || r.id,
): CostItem {
  return {
    id: label,
    description: r.description,
    amount: r.amount,
    currency: r.currency,
    minorUnits,
    invoiceDate: r.invoiceDate,
    ...(r.paymentDate !== null ? { paymentDate: r.paymentDate } : {}),
    ...(r.paymentTerms !== null ? { paymentTerms: r.paymentTerms } : {}),
    servicePeriod: { start: r.serviceStart, end: r.serviceEnd },
    expenseType: r.expenseType,
  };
}

/**
 * First days of a contract's terms: its start, then (when it ran on by auto-renewal up to
 * `through`) the renewal date and every renewalTermMonths after it.
 */
function termStarts(c: Contract, through: string): string[] {
  const starts = [c.start];
  const r = c.renewal;
  if (!r?.autoRenew || !r.renewalTermMonths || through <= c.end) return starts;
  const first = r.renewalDate ?? addDays(c.end, 1);
  for (let k = 0; ; k++) {
    const s = addMonthsToDate(first, r.renewalTermMonths * k);
    if (s > through) break;
    starts.push(s);
  }
  return starts;
}

/**
 * The cost items a contract's billing events make: one per invoice (invoiced on the first
 * day of the service it pays for, or the day after it in arrears; paid by the contract's
 * payment terms), or, for a prepaid
 * contract, one per term holding all of that term's invoices, paid on its first day.
 * Each item's service period is what it pays for, so the accrual view spreads it there.
 */
export function contractCostItems(
  c: Contract,
  events: readonly BillingEvent[],
  scheduleEnd: string,
  minorUnits: number,
): CostItem[] {
  const base = { currency: c.currency, minorUnits, paymentTerms: c.paymentTerms, expenseType: c.expenseType };
  if (!c.prepaid) {
    return events.map((e) => ({
      ...base,
      id: `${c.code} ${e.date}`,
      amount: e.amount,
      invoiceDate: c.invoiceTiming === 'arrears' ? addDays(e.serviceEnd, 1) : e.date,
      servicePeriod: { start: e.serviceStart, end: e.serviceEnd },
    }));
  }
  const starts = termStarts(c, scheduleEnd);
  const terms: { start: string; end: string; amounts: Money[] }[] = starts.map((s, i) => ({
    start: s,
    end: i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : scheduleEnd,
    amounts: [],
  }));
  for (const e of events) {
    let t = terms.length - 1;
    while (t > 0 && terms[t]!.start > e.date) t--;
    terms[t]!.amounts.push(e.amount);
  }
  return terms
    .filter((t) => t.amounts.length > 0)
    .map((t) => ({
      ...base,
      id: `${c.code} term ${t.start}`,
      amount: sumMoney(t.amounts),
      invoiceDate: t.start,
      servicePeriod: { start: t.start, end: t.end },
    }));
}

/**
 * The item that stands for a contract in accrual views (its currency, minor units and
 * expense type), shared by all the invoices {@link contractPreparedItems} makes for it.
 */
export function contractOwnerItem(c: Contract, minorUnits: number, scheduleEnd: string): CostItem {
  return {
    id: c.code,
    amount: '0',
    currency: c.currency,
    minorUnits,
    invoiceDate: c.start,
    servicePeriod: { start: c.start, end: scheduleEnd },
    expenseType: c.expenseType,
  };
}

/**
 * The same invoices as {@link contractCostItems}, straight in engine units from the
 * contract's billings (see contractBillings), for views over many contracts: no Money
 * strings or dates are written and parsed back. Every item shares `owner`, which stands
 * for the contract in the views (currency, minor units, expense type, grouping).
 * @throws EngineInputError naming the contract for unknown payment terms or an amount
 *   too large for exact integer arithmetic
 */
export function contractPreparedItems(
  c: Contract,
  bills: readonly Billing[],
  scheduleEnd: string,
  owner: CostItem,
): PreparedItem[] {
  const terms = parsePaymentTerms(c.paymentTerms);
  if (!terms) {
    throw new EngineInputError(
      `Contract ${c.code}, paymentTerms: ${JSON.stringify(c.paymentTerms)} is not a known form ("due on receipt", "net 30", "end of month + 30", "net 30 EOM")`,
      c.code,
      'paymentTerms',
    );
  }
  const units = (u: bigint) => {
    const n = Number(u);
    if (!Number.isSafeInteger(n)) {
      throw new EngineInputError(
        `Contract ${c.code}, baseAmount: amounts are too large to add exactly`,
        c.code,
        'baseAmount',
      );
    }
    return n;
  };
  const item = (amount: number, invoiceDay: number, start: number, end: number): PreparedItem => ({
    item: owner,
    amount,
    serviceStart: start,
    serviceEnd: end,
    payDays: [dueDay(invoiceDay, terms)],
    payAmounts: [amount],
  });
  if (!c.prepaid) {
    const arrears = c.invoiceTiming === 'arrears';
    return bills.map((b) => item(units(b.units), arrears ? b.to + 1 : b.from, b.from, b.to));
  }
  const starts = termStarts(c, scheduleEnd).map(toEpochDay);
  const last = toEpochDay(scheduleEnd);
  const sums = starts.map(() => 0n);
  const used = starts.map(() => false);
  for (const b of bills) {
    let t = starts.length - 1;
    while (t > 0 && starts[t]! > b.from) t--;
    sums[t]! += b.units;
    used[t] = true;
  }
  const out: PreparedItem[] = [];
  starts.forEach((s, t) => {
    if (used[t]) out.push(item(units(sums[t]!), s, s, t + 1 < starts.length ? starts[t + 1]! - 1 : last));
  });
  return out;
}
