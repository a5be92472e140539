import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../src-shared/ipc/contract';
import { dumpState } from './helpers/workbook-fixture';
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

const server = (over: Partial<ChannelInput<'assets/save'>> = {}): ChannelInput<'assets/save'> => ({
  code: 'SRV-1',
  name: 'DB server',
  assetClass: 'server',
  cost: '12400',
  currency: 'USD',
  inServiceDate: '2026-07-15',
  ...over,
});

describe('assets/save', () => {
  it('classifies a server above the threshold as CapEx and stores the rule that decided it', async () => {
    const { asset, seq } = await f.s.call('assets/save', server({ costCenterId: f.b.costCenterId }));
    expect(asset).toMatchObject({
      code: 'SRV-1',
      expenseType: 'CapEx',
      classificationRule: 'CapEx: server, 12,400.00 ≥ threshold 5,000.00, 5 years straight-line',
      usefulLifeMonths: 60,
      method: 'straight-line',
      convention: 'full-month',
      costCenterId: f.b.costCenterId,
    });
    const [entry] = await f.s.call('journal/list', { limit: 1 });
    expect(entry).toMatchObject({ seq, command: 'assets/save', label: 'Add asset SRV-1', actor: 'ann' });
    expect(dumpState(f.path).assets).toHaveLength(1);
  });

  it('expenses a single laptop but capitalizes a fleet bought as one bundle', async () => {
    const one = await f.s.call('assets/save', server({ code: 'LAP-1', assetClass: 'end-user-device', cost: '1200' }));
    expect(one.asset.classificationRule).toBe('OpEx: end-user device, bundle 1,200.00 < threshold 5,000.00 per bundle');
    const fleet = await f.s.call('assets/save', {
      ...server({ code: 'LAP-50', assetClass: 'end-user-device', cost: '60000' }),
      quantity: 50,
    });
    expect(fleet.asset.classificationRule).toBe(
      'CapEx: end-user device, bundle 60,000.00 ≥ threshold 5,000.00 per bundle, 3 years straight-line',
    );
    const saas = await f.s.call('assets/save', server({ code: 'SAAS-1', assetClass: 'cloud-saas', cost: '90000' }));
    expect(saas.asset).toMatchObject({
      expenseType: 'OpEx',
      classificationRule: 'OpEx: cloud/SaaS subscription, always expensed',
    });
  });

  it('compares a foreign-currency cost with the threshold at the budget rate of its in-service month', async () => {
    await f.s.call('fx/save-rates', { rates: [{ from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.1' }] });
    const { asset } = await f.s.call('assets/save', server({ code: 'SRV-EU', cost: '10000', currency: 'EUR' }));
    expect(asset.classificationRule).toBe('CapEx: server, 11,000.00 ≥ threshold 5,000.00, 5 years straight-line');
    expect(asset.cost).toBe('10000');
  });

  it('keeps an entered life and method and says so in the rule', async () => {
    const { asset } = await f.s.call(
      'assets/save',
      server({ salvage: '400', usefulLifeMonths: 36, method: 'double-declining-balance' }),
    );
    expect(asset.classificationRule).toBe(
      'CapEx: server, 12,400.00 ≥ threshold 5,000.00, 5 years straight-line; depreciated over 3 years double-declining-balance as entered',
    );
    const sch = await f.s.call('assets/get-schedule', { assetId: asset.id });
    expect(sch.rows).toHaveLength(36);
    expect(sumMoney(sch.rows.map((r) => r.expense))).toBe('12000');
    expect(sch.rows.at(-1)!.netBookValue).toBe('400');
  });

  it('edits an asset in place and undo puts the old values back', async () => {
    const { asset } = await f.s.call('assets/save', server());
    await f.s.call('assets/save', server({ id: asset.id, name: 'Primary DB', cost: '4000' }));
    const [edited] = await f.s.call('assets/list', {});
    expect(edited).toMatchObject({ id: asset.id, name: 'Primary DB', expenseType: 'OpEx' });
    await f.s.call('journal/undo', {});
    const [back] = await f.s.call('assets/list', {});
    expect(back).toMatchObject({ name: 'DB server', cost: '12400', expenseType: 'CapEx' });
  });
});

describe('asset schedules', () => {
  it('depreciate a server straight-line over 60 fiscal periods, adding up to cost minus salvage', async () => {
    const { asset } = await f.s.call('assets/save', server());
    const sch = await f.s.call('assets/get-schedule', { assetId: asset.id });
    expect(sch).toMatchObject({ status: 'fully-depreciated', depreciableBase: '12400', totalExpense: '12400' });
    expect(sch.rows).toHaveLength(60);
    expect(sch.rows[0]).toMatchObject({
      period: 'FY2027-P01',
      start: '2026-07-01',
      end: '2026-07-31',
      expense: '206.67',
      accumulated: '206.67',
      netBookValue: '12193.33',
    });
    expect(sumMoney(sch.rows.filter((r) => r.fiscalYear === 2027).map((r) => r.expense))).toBe('2480');
    expect(sch.rows.at(-1)).toMatchObject({ period: 'FY2031-P12', accumulated: '12400', netBookValue: '0' });
  });

  it('write off the remaining net book value in the period of a disposal', async () => {
    const { asset } = await f.s.call('assets/save', server());
    const { eventId } = await f.s.call('assets/add-event', {
      assetId: asset.id,
      event: { kind: 'disposal', date: '2027-06-30' },
    });
    const sch = await f.s.call('assets/get-schedule', { assetId: asset.id });
    expect(sch.status).toBe('disposed');
    expect(sch.rows).toHaveLength(12);
    expect(sch.rows.at(-1)).toMatchObject({
      expense: '206.67',
      writeOff: '9920',
      netBookValue: '0',
      events: ['disposal'],
    });
    expect(sumMoney([sch.totalExpense, sch.totalWriteOff])).toBe('12400');
    const [entry] = await f.s.call('journal/list', { limit: 1 });
    expect(entry!.label).toBe('Dispose of asset SRV-1 on 2027-06-30');

    await f.s.call('assets/delete-event', { eventId });
    expect((await f.s.call('assets/get-schedule', { assetId: asset.id })).status).toBe('fully-depreciated');
  });

  it('show an asset classified OpEx as its whole cost expensed in the in-service period', async () => {
    const { asset } = await f.s.call('assets/save', server({ cost: '4000' }));
    const sch = await f.s.call('assets/get-schedule', { assetId: asset.id });
    expect(sch).toMatchObject({ status: 'expensed', totalExpense: '4000' });
    expect(sch.rows).toEqual([
      expect.objectContaining({ period: 'FY2027-P01', expense: '4000', netBookValue: '0', writeOff: '0' }),
    ]);
  });
});

describe('deleting an asset', () => {
  it('removes it with its events in one command that undo reverses', async () => {
    const { asset } = await f.s.call('assets/save', server());
    await f.s.call('assets/add-event', {
      assetId: asset.id,
      event: { kind: 'impairment', date: '2027-01-10', amount: '1000', note: 'Damaged rack' },
    });
    const before = dumpState(f.path);
    await f.s.call('assets/delete', { id: asset.id });
    expect(dumpState(f.path)).toMatchObject({ assets: [], asset_events: [] });
    await f.s.call('journal/undo', {});
    expect(dumpState(f.path)).toEqual(before);
    await f.s.call('journal/redo', {});
    expect(await f.s.call('assets/list', {})).toEqual([]);
  });
});

describe('refused assets', () => {
  it('name the asset and field for a negative useful life and write nothing', async () => {
    const e = await refused(f, 'assets/save', server({ usefulLifeMonths: -12 }));
    expect(e).toMatchObject({ code: 'validation', details: { item: 'SRV-1', field: 'usefulLifeMonths' } });
    expect(e.message).toContain('asset SRV-1');
  });

  it('name the asset and field for salvage above cost', async () => {
    const e = await refused(f, 'assets/save', server({ salvage: '20000' }));
    expect(e).toMatchObject({ code: 'validation', details: { item: 'SRV-1', field: 'salvage' } });
    expect(e.message).toBe('asset SRV-1 "DB server": salvage 20000 is above the cost 12400');
  });

  it('name the currency when it is not one of the workbook', async () => {
    const e = await refused(f, 'assets/save', server({ currency: 'XYZ' }));
    expect(e).toMatchObject({ code: 'validation', details: { item: 'asset SRV-1', field: 'currency' } });
  });

  it('name the currency pair and month when a foreign cost has no budget rate', async () => {
    const e = await refused(f, 'assets/save', server({ currency: 'EUR' }));
    expect(e).toMatchObject({
      code: 'validation',
      message: 'asset SRV-1: No budget FX rate for EUR/USD in period 2026-07',
      details: { item: 'EUR/USD', field: 'budgetRate', period: '2026-07' },
    });
  });

  it('refuse a date that is not on the calendar, more decimals than the currency has, and an unknown link', async () => {
    expect(await refused(f, 'assets/save', server({ inServiceDate: '2026-02-30' }))).toMatchObject({
      details: { field: 'inServiceDate' },
    });
    expect(await refused(f, 'assets/save', server({ cost: '12400.005' }))).toMatchObject({
      details: { field: 'cost' },
    });
    expect(await refused(f, 'assets/save', server({ costCenterId: 'nope' }))).toMatchObject({
      details: { field: 'costCenterId' },
    });
  });

  it('refuse an impairment above the net book value and an event before the in-service date', async () => {
    const { asset } = await f.s.call('assets/save', server());
    const big = await refused(f, 'assets/add-event', {
      assetId: asset.id,
      event: { kind: 'impairment', date: '2027-01-10', amount: '50000' },
    });
    expect(big).toMatchObject({ code: 'validation', details: { item: 'SRV-1', field: 'events[0].amount' } });
    const early = await refused(f, 'assets/add-event', {
      assetId: asset.id,
      event: { kind: 'disposal', date: '2026-01-01' },
    });
    expect(early).toMatchObject({ code: 'validation', details: { field: 'events[0].date' } });
  });

  it('refuse a code that is taken, ignoring case', async () => {
    await f.s.call('assets/save', server());
    expect(await refused(f, 'assets/save', server({ code: 'srv-1' }))).toMatchObject({ code: 'conflict' });
  });
});
