import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths } from '../../src-shared/calendar/fiscal';
import {
  accountingWorkbook,
  closeFixture,
  refused,
  sumMoney,
  type AccountingFixture,
} from './helpers/accounting-fixture';

let f: AccountingFixture;
beforeEach(async () => (f = await accountingWorkbook()));
afterEach(() => closeFixture(f));

/** EUR/USD budget rates 1.1 for every month of FY2027 but March 2027 (1.0842). */
const fy2027Rates = () =>
  Array.from({ length: 12 }, (_, i) => {
    const period = addMonths('2026-07', i);
    return { from: 'EUR', to: 'USD', period, budgetRate: period === '2027-03' ? '1.0842' : '1.10' };
  });

/**
 * FY2027 (Jul 2026 – Jun 2027) holds: a 12,400 server (CapEx, 5 years), quarterly USD
 * support (1,000 a quarter), a 1,200 invoice for calendar 2027 paid 2027-07-16, and a
 * monthly EUR contract of 1,000 a month.
 */
async function seedYear() {
  await f.s.call('fx/save-rates', { rates: fy2027Rates() });
  await f.s.call('assets/save', {
    code: 'SRV-1',
    name: 'DB server',
    assetClass: 'server',
    cost: '12400',
    currency: 'USD',
    inServiceDate: '2026-07-15',
    costCenterId: f.b.costCenterId,
    serviceId: f.b.serviceId,
  });
  await f.s.call('contracts/save', {
    code: 'C-1',
    name: 'Storage support',
    currency: 'USD',
    baseAmount: '1000',
    billing: 'quarterly',
    start: '2026-07-01',
    end: '2028-06-30',
    escalation: { kind: 'annual-percent', percent: '5' },
    costCenterId: f.b.costCenterId,
  });
  await f.s.call('cost-items/save', {
    reference: 'INV-1',
    amount: '1200',
    currency: 'USD',
    expenseType: 'OpEx',
    invoiceDate: '2027-06-01',
    paymentTerms: 'net 45',
    serviceStart: '2027-01-01',
    serviceEnd: '2027-12-31',
  });
  await f.s.call('contracts/save', {
    code: 'C-EU',
    name: 'EU hosting',
    currency: 'EUR',
    baseAmount: '1000',
    billing: 'monthly',
    start: '2026-07-01',
    end: '2027-06-30',
    paymentTerms: 'due on receipt',
    serviceId: f.b.serviceId,
  });
}

describe('accounting/summary', () => {
  it('shows depreciation as CapEx and contracts and invoices as OpEx per period, in base currency', async () => {
    await seedYear();
    const s = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
    expect(s.baseCurrency).toBe('USD');
    expect(s.rows.map((r) => [r.key, r.total])).toEqual([
      ['CapEx', '2480'],
      // 4,000 support + 595.07 of the invoice (Jan–Jun 2027) + 11 × 1,100 + 1,084.20 EUR hosting
      ['OpEx', '17779.27'],
    ]);
    expect(s.rows[1]!.amounts[8]).toBe(sumMoney(['1084.2', '101.92', '344.44'])); // March 2027: hosting, invoice, 31/90 of the January bill
    expect(s.total.total).toBe('20259.27');
    expect(s.split).toEqual({ CapEx: '2480', OpEx: '17779.27' });
    expect(s.counts).toEqual({ contracts: 2, costItems: 1, assets: 1 });
  });

  it('books the server when it goes into service and the invoice when it is paid in the cash view', async () => {
    await seedYear();
    const s = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'cash', by: 'capex-opex' });
    expect(s.rows.map((r) => [r.key, r.total])).toEqual([
      ['CapEx', '12400'],
      ['OpEx', '17184.2'],
    ]);
    expect(s.rows[0]!.amounts[0]).toBe('12400');
  });

  it('breaks the total down by source without a scenario, with no plan lines and no actuals', async () => {
    await seedYear();
    const s = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
    // Contracts: 4,000 support + 11 × 1,100 + 1,084.20 hosting; the invoice 595.07; the server 2,480.
    expect(Object.fromEntries(Object.entries(s.sources).map(([k, v]) => [k, v.total]))).toEqual({
      planned: '0',
      contracts: '17184.2',
      invoices: '595.07',
      assets: '2480',
    });
    expect(sumMoney(Object.values(s.sources).map((x) => x.total))).toBe(s.total.total);
    expect(s.scenario).toBeNull();
    expect(s.calendarKind).toBe('calendar-months');
    expect(s.periods[0]).toMatchObject({ key: 'FY2027-P01', month: '2026-07', fxMonth: '2026-07' });
    expect(s.actual).toMatchObject({
      count: 0,
      total: { total: '0' },
      fxVariance: { total: '0' },
      missingActualRates: [],
    });
    expect(s.actual.variance.total).toBe('-20259.27');
  });

  it('has totals that are the exact sums of their rows and columns for every grouping', async () => {
    await seedYear();
    for (const by of ['capex-opex', 'cost-center', 'tower'] as const) {
      for (const view of ['accrual', 'cash'] as const) {
        const s = await f.s.call('accounting/summary', { fiscalYear: 2027, view, by });
        for (const r of s.rows) expect(sumMoney(r.amounts), `${by} ${view} ${r.label}`).toBe(r.total);
        s.total.amounts.forEach((t, i) => expect(t).toBe(sumMoney(s.rows.map((r) => r.amounts[i]!))));
        expect(s.total.total).toBe(sumMoney(s.rows.map((r) => r.total)));
        expect(sumMoney([s.split.CapEx, s.split.OpEx])).toBe(s.total.total);
      }
    }
    const cc = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'cost-center' });
    expect(cc.rows.map((r) => [r.label, r.total])).toEqual([
      ['CC-100 Servers', '6480'],
      ['(no cost center)', '13779.27'],
    ]);
    const tower = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'tower' });
    expect(tower.rows.map((r) => [r.key === f.b.towerId, r.total])).toEqual([
      [true, '15664.2'],
      [false, '4595.07'],
    ]);
  });

  it('gives equal accrual and cash totals over the whole life of an item', async () => {
    await f.s.call('cost-items/save', {
      reference: 'INV-1',
      amount: '1200',
      currency: 'USD',
      expenseType: 'OpEx',
      invoiceDate: '2027-06-01',
      paymentTerms: 'net 45',
      serviceStart: '2027-01-01',
      serviceEnd: '2027-12-31',
    });
    const total = async (fiscalYear: number, view: 'accrual' | 'cash') =>
      (await f.s.call('accounting/summary', { fiscalYear, view, by: 'capex-opex' })).total.total;
    expect([await total(2027, 'accrual'), await total(2028, 'accrual')]).toEqual(['595.07', '604.93']);
    expect([await total(2027, 'cash'), await total(2028, 'cash')]).toEqual(['0', '1200']);
  });

  it('counts a contract by its schedule and leaves out the invoices recorded against it', async () => {
    await seedYear();
    const before = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
    const [support] = (await f.s.call('contracts/list', {})).filter((c) => c.code === 'C-1');
    await f.s.call('cost-items/save', {
      reference: 'C1-Q1',
      amount: '1000',
      currency: 'USD',
      expenseType: 'OpEx',
      invoiceDate: '2026-07-01',
      paymentTerms: 'net 30',
      serviceStart: '2026-07-01',
      serviceEnd: '2026-09-30',
      contractId: support!.id,
    });
    const after = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
    expect(after.total).toEqual(before.total);
    expect(after.counts).toEqual({ contracts: 2, costItems: 1, assets: 1 });
  });

  it('books a payment made before the invoice in the year it was paid', async () => {
    await f.s.call('cost-items/save', {
      reference: 'PRE-1',
      amount: '250.5',
      currency: 'USD',
      expenseType: 'OpEx',
      invoiceDate: '2027-08-01',
      paymentDate: '2027-06-20',
      serviceStart: '2027-08-01',
      serviceEnd: '2027-08-31',
    });
    const cash = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'cash', by: 'capex-opex' });
    expect(cash.rows[1]!.amounts[11]).toBe('250.5');
    const accrual = await f.s.call('accounting/summary', { fiscalYear: 2028, view: 'accrual', by: 'capex-opex' });
    expect(accrual.rows[1]!.amounts[1]).toBe('250.5');
  });

  it('refuses a year with a foreign amount in a month without a budget rate, naming the pair and month', async () => {
    await seedYear();
    await f.s.call('fx/delete-rates', { keys: [{ from: 'EUR', to: 'USD', period: '2027-03' }] });
    const r = await f.s.dispatch('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'FY2027 summary: No budget FX rate for EUR/USD in period 2027-03',
        details: { item: 'EUR/USD', field: 'budgetRate', period: '2027-03', rateKind: 'budget' },
      },
    });
  });
});

describe('FX rates', () => {
  it('save a pasted block in one command, replace rows on a second paste, and undo each', async () => {
    const first = await f.s.call('fx/save-rates', { rates: fy2027Rates() });
    expect(first.saved).toBe(12);
    const list = await f.s.call('fx/list-rates', { from: 'EUR' });
    expect(list).toHaveLength(12);
    expect(list[0]).toEqual({ from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.1', actualRate: null });
    await f.s.call('fx/save-rates', {
      rates: [
        { from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.12', actualRate: '1.0950' },
        { from: 'GBP', to: 'USD', period: '2026-07', budgetRate: '1.27' },
      ],
    });
    const after = await f.s.call('fx/list-rates', {});
    expect(after).toHaveLength(13);
    expect(after[0]).toMatchObject({ budgetRate: '1.12', actualRate: '1.095' });
    const labels = (await f.s.call('journal/list', { limit: 2 })).map((e) => e.label);
    expect(labels).toEqual(['Save 2 FX rates', 'Save 12 FX rates']);
    await f.s.call('journal/undo', {});
    expect(await f.s.call('fx/list-rates', {})).toEqual(list);
    await f.s.call('journal/undo', {});
    expect(await f.s.call('fx/list-rates', {})).toEqual([]);
  });

  it('refuse a block with an unknown currency, a rate that is not positive or a month twice, writing none of it', async () => {
    const rates = fy2027Rates();
    expect(
      await refused(f, 'fx/save-rates', {
        rates: [...rates, { from: 'XYZ', to: 'USD', period: '2026-07', budgetRate: '2' }],
      }),
    ).toMatchObject({ code: 'validation', details: { item: 'FX rate XYZ/USD 2026-07', field: 'rates[12].from' } });
    expect(
      await refused(f, 'fx/save-rates', { rates: [{ from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '-1' }] }),
    ).toMatchObject({ code: 'validation', details: { item: 'EUR/USD 2026-07', field: 'budgetRate' } });
    expect(await refused(f, 'fx/save-rates', { rates: [...rates, rates[0]!] })).toMatchObject({
      code: 'validation',
      message: 'Rate EUR/USD 2026-07 appears twice',
    });
    expect(
      await refused(f, 'fx/save-rates', { rates: [{ from: 'EUR', to: 'USD', period: '2026-7', budgetRate: '1' }] }),
    ).toMatchObject({ details: { field: 'rates[0].period' } });
  });
});
