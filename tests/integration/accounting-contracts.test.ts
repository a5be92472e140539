import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../src-shared/ipc/contract';
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

/** Quarterly support, 1,000.00 a quarter, +5 % a year, net 30: FY2027 and FY2028 (July years). */
const support = (over: Partial<ChannelInput<'contracts/save'>> = {}): ChannelInput<'contracts/save'> => ({
  code: 'C-1',
  name: 'Storage support',
  currency: 'USD',
  baseAmount: '1000',
  billing: 'quarterly',
  start: '2026-07-01',
  end: '2028-06-30',
  escalation: { kind: 'annual-percent', percent: '5' },
  paymentTerms: 'net 30',
  ...over,
});

describe('contract schedules', () => {
  it('bill the escalated price each quarter with the rule that produced it', async () => {
    const { id } = await f.s.call('contracts/save', support({ vendorId: f.b.vendorId }));
    const sch = await f.s.call('contracts/get-schedule', { contractId: id });
    expect(sch.events.map((e) => [e.date, e.amount])).toEqual([
      ['2026-07-01', '1000'],
      ['2026-10-01', '1000'],
      ['2027-01-01', '1000'],
      ['2027-04-01', '1000'],
      ['2027-07-01', '1050'],
      ['2027-10-01', '1050'],
      ['2028-01-01', '1050'],
      ['2028-04-01', '1050'],
    ]);
    expect(sch.events[4]!.explanation).toBe('2027-07: 1,050.00 = 1,000.00 × (1 + 5%)');
    expect(sch.payments[0]).toEqual({ date: '2026-07-31', amount: '1000' });
    expect(sch.total).toBe('8200');
  });

  it('spread each invoice over the days it pays for, book it when paid, and agree on the total', async () => {
    const { id } = await f.s.call('contracts/save', support());
    const sch = await f.s.call('contracts/get-schedule', { contractId: id });
    expect(sch.periods).toHaveLength(24);
    expect(sch.periods[0]).toEqual({
      period: 'FY2027-P01',
      fiscalYear: 2027,
      index: 1,
      start: '2026-07-01',
      end: '2026-07-31',
      accrual: '336.96',
      cash: '1000',
      prepaidBalance: '663.04',
    });
    const sum = (year: number, view: 'accrual' | 'cash') =>
      sumMoney(sch.periods.filter((p) => p.fiscalYear === year).map((p) => p[view]));
    expect([sum(2027, 'accrual'), sum(2027, 'cash'), sum(2028, 'accrual'), sum(2028, 'cash')]).toEqual([
      '4000',
      '4000',
      '4200',
      '4200',
    ]);
    expect(sch.periods.at(-1)!.prepaidBalance).toBe('0');
  });

  it('amortize a licence paid up front, showing the prepaid balance shrink to zero', async () => {
    const { id } = await f.s.call('contracts/save', {
      ...support({ code: 'LIC-1', billing: 'annual', baseAmount: '12000', end: '2029-06-30' }),
      escalation: { kind: 'none' },
      paymentTerms: 'due on receipt',
      prepaid: true,
    });
    const sch = await f.s.call('contracts/get-schedule', { contractId: id });
    expect(sch.payments).toEqual([{ date: '2026-07-01', amount: '36000' }]);
    expect(sumMoney(sch.periods.map((p) => p.accrual))).toBe('36000');
    let paid = '0';
    let expensed = '0';
    for (const p of sch.periods) {
      paid = sumMoney([paid, p.cash]);
      expensed = sumMoney([expensed, p.accrual]);
      expect(p.prepaidBalance).toBe(sumMoney([paid, `-${expensed}`]));
    }
    expect(sch.periods[11]!.prepaidBalance).toBe(
      sumMoney(['36000', `-${sumMoney(sch.periods.slice(0, 12).map((p) => p.accrual))}`]),
    );
    expect(sch.periods.at(-1)!.prepaidBalance).toBe('0');
  });

  it('flag a notice deadline within 90 days and carry an auto-renewing contract to the horizon', async () => {
    const { id } = await f.s.call('contracts/save', {
      ...support({ code: 'C-OLD', start: '2025-07-01', end: '2026-06-30' }),
      renewal: { noticeDays: 60, autoRenew: true, renewalTermMonths: 12 },
    });
    const [listed] = await f.s.call('contracts/list', {});
    expect(listed!.notice).toEqual({
      renewalDate: '2026-07-01',
      noticeDeadline: '2026-05-02',
      daysLeft: 48,
      status: 'due-soon',
      explanation: 'Notice for C-OLD due by 2026-05-02 (60 days before renewal on 2026-07-01): 48 days left',
    });
    const sch = await f.s.call('contracts/get-schedule', { contractId: id, horizon: '2027-06-30' });
    expect(sch.end).toBe('2027-06-30');
    expect(sch.events).toHaveLength(8);
  });

  it('invoice in arrears the day after each billing period and pay by the terms from there', async () => {
    const { id } = await f.s.call('contracts/save', support({ invoiceTiming: 'arrears' }));
    const sch = await f.s.call('contracts/get-schedule', { contractId: id });
    expect(sch.payments.slice(0, 2)).toEqual([
      { date: '2026-10-31', amount: '1000' },
      { date: '2027-01-31', amount: '1000' },
    ]);
    expect(sch.periods[0]).toMatchObject({ accrual: '336.96', cash: '0', prepaidBalance: '-336.96' });
  });

  it('are deleted and restored by undo', async () => {
    const { id } = await f.s.call('contracts/save', support());
    await f.s.call('contracts/delete', { id });
    expect(await f.s.call('contracts/list', {})).toEqual([]);
    await f.s.call('journal/undo', {});
    expect((await f.s.call('contracts/list', {})).map((c) => c.id)).toEqual([id]);
  });
});

describe('refused contracts', () => {
  it('name the contract and field when it ends before it starts', async () => {
    const e = await refused(f, 'contracts/save', support({ end: '2026-06-30' }));
    expect(e).toMatchObject({ code: 'validation', details: { item: 'C-1', field: 'end' } });
  });

  it('name unknown payment terms, a bad escalation percentage and conflicting notice periods', async () => {
    expect(await refused(f, 'contracts/save', support({ paymentTerms: 'net thirty' }))).toMatchObject({
      details: { field: 'paymentTerms' },
    });
    expect(
      await refused(f, 'contracts/save', support({ escalation: { kind: 'annual-percent', percent: 'five' } })),
    ).toMatchObject({ details: { field: 'escalation.percent' } });
    expect(await refused(f, 'contracts/save', support({ renewal: { noticeDays: 30, noticeMonths: 1 } }))).toMatchObject(
      { details: { field: 'renewal.noticeMonths' } },
    );
    expect(await refused(f, 'contracts/save', support({ currency: 'XYZ' }))).toMatchObject({
      details: { field: 'currency' },
    });
  });
});

const invoice = (over: Partial<ChannelInput<'cost-items/save'>> = {}): ChannelInput<'cost-items/save'> => ({
  reference: 'INV-1',
  description: 'Pen test',
  amount: '1200',
  currency: 'USD',
  expenseType: 'OpEx',
  invoiceDate: '2027-06-01',
  paymentTerms: 'net 45',
  serviceStart: '2027-01-01',
  serviceEnd: '2027-12-31',
  ...over,
});

describe('cost items', () => {
  it('are saved, edited and deleted as journaled commands', async () => {
    const { id } = await f.s.call('cost-items/save', invoice({ serviceId: f.b.serviceId }));
    expect(await f.s.call('cost-items/list', {})).toEqual([
      expect.objectContaining({ id, reference: 'INV-1', amount: '1200', paymentDate: null, serviceId: f.b.serviceId }),
    ]);
    await f.s.call('cost-items/save', invoice({ id, amount: '1300.5' }));
    expect((await f.s.call('cost-items/list', {}))[0]!.amount).toBe('1300.5');
    await f.s.call('cost-items/delete', { id });
    const labels = (await f.s.call('journal/list', { limit: 3 })).map((e) => e.label);
    expect(labels).toEqual(['Delete cost item INV-1', 'Edit cost item INV-1', 'Add cost item INV-1']);
    await f.s.call('journal/undo', {});
    expect((await f.s.call('cost-items/list', {}))[0]!.amount).toBe('1300.5');
  });

  it('may be invoices of a contract, which then cannot be deleted until they are', async () => {
    const contract = await f.s.call('contracts/save', support());
    const { id } = await f.s.call('cost-items/save', invoice({ contractId: contract.id }));
    expect((await f.s.call('cost-items/list', {}))[0]!.contractId).toBe(contract.id);
    const e = await refused(f, 'contracts/delete', { id: contract.id });
    expect(e).toMatchObject({ code: 'conflict', details: { references: { cost_items: 1 } } });
    expect(e.message).toBe('Contract C-1 has 1 cost item recorded as its invoices; delete or unlink those first.');
    await f.s.call('cost-items/delete', { id });
    await f.s.call('contracts/delete', { id: contract.id });
    expect(await refused(f, 'cost-items/save', invoice({ contractId: contract.id }))).toMatchObject({
      details: { field: 'contractId' },
    });
  });

  it('refuse a service period that ends before it starts, naming the item and field', async () => {
    const e = await refused(f, 'cost-items/save', invoice({ serviceEnd: '2026-12-31' }));
    expect(e).toMatchObject({ code: 'validation', details: { item: 'INV-1', field: 'servicePeriod.end' } });
    expect(e.message).toContain('ends (2026-12-31) before it starts (2027-01-01)');
  });

  it('refuse an item with no payment date or terms', async () => {
    const e = await refused(f, 'cost-items/save', invoice({ paymentTerms: null }));
    expect(e).toMatchObject({ code: 'validation', details: { item: 'INV-1', field: 'paymentTerms' } });
  });
});
