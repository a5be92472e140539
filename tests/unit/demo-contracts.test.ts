import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { addDays, addMonthsToDate, createFiscalCalendar, periodsBetween } from '../../src-shared/calendar';
import { D, sumMoney } from '../../src-shared/money';
import { escalateContract, noticeStatus } from '../../src-main/engine/escalation';
import { parsePaymentTerms, scheduleItem } from '../../src-main/engine/accrual';
import type { DemoContract } from '../../src-main/demo/types';

const ASOF = '2026-03-15';
const demo = generateDemo({ seed: 33, asOf: ASOF, lines: 200 });
const contracts = demo.contracts!;
const items = demo.costItems!;
/** The second budget year (FY2027 with a January start) ends here. */
const HORIZON = '2027-12-31';
const escalate = (c: DemoContract) =>
  escalateContract({ ...c, id: c.code }, { minorUnits: c.minorUnits, horizon: HORIZON });

describe('demo contracts', () => {
  it('are the same for the same seed and number about 60, each with a unique code', () => {
    expect(JSON.stringify(generateDemo({ seed: 33, asOf: ASOF, lines: 200 }).contracts)).toBe(
      JSON.stringify(contracts),
    );
    expect(contracts).toHaveLength(60);
    expect(new Set(contracts.map((c) => c.code)).size).toBe(60);
    expect(generateDemo({ seed: 33, asOf: ASOF, lines: 10, contracts: 4 }).contracts).toHaveLength(4);
  });

  it('leave no manual budget line on the cost center, service and vendor of a contract, so nothing is counted twice', () => {
    const big = generateDemo({ seed: 33, asOf: ASOF, lines: 3000 });
    const keyOf = (r: { costCenterId: string | null; serviceId: string | null; vendorId: string | null }) =>
      `${r.costCenterId}|${r.serviceId}|${r.vendorId}`;
    const contracted = new Set(big.contracts!.map(keyOf));
    const lines = big.budgetLines.filter((l) => l.vendorId !== null);
    expect(lines.length).toBeGreaterThan(500);
    expect(lines.filter((l) => contracted.has(keyOf(l))).map((l) => l.description)).toEqual([]);
    // Vendors that sell under contract still get lines for other services, e.g. Microsoft training.
    const vendorsWithContracts = new Set(big.contracts!.map((c) => c.vendorId));
    expect(lines.some((l) => vendorsWithContracts.has(l.vendorId))).toBe(true);
  });

  it('link to existing cost centers, services, OpEx accounts and vendors', () => {
    const cc = new Set(demo.costCenters.map((c) => c.id));
    const svc = new Set(demo.services.map((s) => s.id));
    const acc = new Map(demo.accounts.map((a) => [a.id, a]));
    const ven = new Set(demo.vendors.map((v) => v.id));
    for (const c of contracts) {
      expect(cc.has(c.costCenterId) && svc.has(c.serviceId) && ven.has(c.vendorId!)).toBe(true);
      expect(acc.get(c.accountId)?.expenseType).toBe('OpEx');
      expect(c.expenseType).toBe('OpEx');
      expect(parsePaymentTerms(c.paymentTerms), c.paymentTerms).not.toBeNull();
    }
    expect(new Set(contracts.map((c) => c.paymentTerms))).toEqual(new Set(['net 30', 'net 45', 'net 60', 'EOM + 30']));
  });

  it('are mostly multi-year and escalate without error, every kind of escalation in use and a CPI cap that binds', () => {
    const multiYear = contracts.filter((c) => c.end >= addDays(addMonthsToDate(c.start, 24), -1));
    expect(multiYear.length / contracts.length).toBeGreaterThan(0.6);
    let capped = 0;
    for (const c of contracts) {
      const s = escalate(c);
      expect(s.total).toBe(sumMoney(s.events.map((e) => e.amount)));
      if (s.prices.some((p) => p.formula.includes('capped from'))) capped++;
    }
    expect(capped).toBeGreaterThanOrEqual(1);
    expect(new Set(contracts.map((c) => c.escalation.kind))).toEqual(
      new Set(['none', 'annual-percent', 'steps', 'index']),
    );
  });

  it('link CPI escalations to a shared price index with assumed future values', () => {
    const linked = contracts.filter((c) => c.escalation.kind === 'index');
    expect(linked.length).toBeGreaterThan(0);
    for (const { escalation: e } of linked) {
      if (e.kind !== 'index') continue;
      const index = demo.priceIndexes!.find((p) => p.name === e.indexName)!;
      expect(e.values).toBe(index.values);
      expect(index.values[String(Number(HORIZON.slice(0, 4)) + 5)]).toBeDefined();
      expect(D(e.floorPercent!).lte(e.capPercent!)).toBe(true);
    }
  });

  it('include notice deadlines within 90 days of asOf', () => {
    const soon = contracts.map((c) => noticeStatus({ ...c, id: c.code }, ASOF, 90)).filter((n) => n?.flagged);
    expect(soon.length).toBeGreaterThanOrEqual(3);
    for (const n of soon) expect(n!.daysLeft > 0 && n!.daysLeft <= 90).toBe(true);
  });

  it('bill some in EUR, GBP and INR when the base is USD, and in USD, GBP and INR when it is EUR', () => {
    const foreign = (d: typeof demo) =>
      new Set(d.contracts!.map((c) => c.currency).filter((c) => c !== d.settings.baseCurrency));
    expect(foreign(demo)).toEqual(new Set(['USD', 'GBP', 'INR']));
    const usd = generateDemo({ seed: 33, asOf: ASOF, lines: 20, currency: 'USD' });
    expect(foreign(usd)).toEqual(new Set(['EUR', 'GBP', 'INR']));
    for (const c of contracts.filter((c) => c.currency === 'INR')) expect(c.kind).toBe('managed-service');
  });

  it('include multi-year licences paid up front, without escalation', () => {
    const prepaid = contracts.filter((c) => c.prepaid);
    expect(prepaid.length).toBeGreaterThanOrEqual(1);
    for (const c of prepaid) {
      expect(c.escalation).toEqual({ kind: 'none' });
      expect(c.end >= addDays(addMonthsToDate(c.start, 24), -1)).toBe(true);
    }
  });
});

describe('demo cost items', () => {
  const calendar = createFiscalCalendar({ kind: 'calendar-months', startMonth: 1 });
  const periods = periodsBetween(calendar, '2023-01-01', HORIZON);
  const contractOf = new Map(contracts.map((c) => [c.id, c]));

  it('belong to contracts, in their currency, dated inside the actuals history and budget years', () => {
    expect(items.length).toBeGreaterThan(100);
    for (const i of items) {
      const c = contractOf.get(i.contractId)!;
      expect(c).toBeDefined();
      expect(i.currency).toBe(c.currency);
      expect(i.invoiceDate >= '2023-01-01' && i.invoiceDate <= HORIZON).toBe(true);
      if (i.paymentDate) expect(i.paymentDate < ASOF && i.paymentDate >= i.invoiceDate).toBe(true);
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('show accrual against cash: annual invoices up front, quarterly in advance, monthly in arrears', () => {
    const pattern = (i: (typeof items)[number]) => {
      const c = contractOf.get(i.contractId)!;
      return `${c.prepaid ? 'prepaid' : c.billing}/${c.invoiceTiming}`;
    };
    const patterns = new Set(items.map(pattern));
    for (const p of ['prepaid/advance', 'annual/advance', 'quarterly/advance', 'monthly/arrears'])
      expect(patterns).toContain(p);
    const invoices = items.filter((i) => !i.amount.startsWith('-'));
    for (const i of invoices.filter((x) => contractOf.get(x.contractId)!.invoiceTiming === 'arrears')) {
      expect(i.invoiceDate).toBe(addDays(i.servicePeriod.end, 1));
    }
    for (const i of invoices.filter((x) => contractOf.get(x.contractId)!.invoiceTiming === 'advance')) {
      expect(i.invoiceDate).toBe(i.servicePeriod.start);
    }
  });

  it('schedule without error, accrual and cash each adding up to the invoice, prepaid balances for paid-up-front licences', () => {
    let prepaidSeen = false;
    for (const i of items) {
      const s = scheduleItem(i, periods, 'by-days', { calendar });
      expect(s.accrual.total).toBe(i.amount);
      expect(s.cash.total).toBe(i.amount);
      if (contractOf.get(i.contractId)!.prepaid) {
        prepaidSeen = true;
        expect(s.balance.periods.some((b) => D(b).gt(0))).toBe(true);
      }
    }
    expect(prepaidSeen).toBe(true);
  });

  it('include an SLA credit note against a telecom invoice', () => {
    const credits = items.filter((i) => i.amount.startsWith('-'));
    expect(credits).toHaveLength(1);
    const credit = credits[0]!;
    expect(contractOf.get(credit.contractId)!.kind).toBe('telecom');
    const invoice = items.find((i) => i.reference === credit.reference.replace('-CN-', '-INV-'))!;
    expect(D(credit.amount).neg().lt(invoice.amount)).toBe(true);
    expect(credit.servicePeriod).toEqual(invoice.servicePeriod);
  });
});
