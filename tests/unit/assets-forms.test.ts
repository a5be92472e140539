import { describe, expect, it } from 'vitest';
import type { Asset, CapitalizationPolicyEntry } from '../../src-shared/model';
import {
  draftFieldOf,
  draftFromAsset,
  draftToInput,
  emptyDraft,
  parseUnitsText,
} from '../../src-renderer/features/assets/asset-form';
import { draftToEvent, emptyEventDraft, eventFieldOf } from '../../src-renderer/features/assets/event-form';
import { classLabeller, filterAssets, totalsByCurrency } from '../../src-renderer/features/assets/asset-register';
import { describeLife } from '../../src-renderer/features/assets/labels';

const policy: CapitalizationPolicyEntry = {
  assetClass: 'server',
  label: 'server',
  treatment: 'threshold',
  threshold: '5000',
  thresholdBasis: 'per-item',
  usefulLifeMonths: 60,
  method: 'straight-line',
  convention: 'full-month',
  decliningBalancePercent: null,
  isDefault: true,
};

describe('asset form', () => {
  it('sends amounts typed as in Excel as exact decimal strings and leaves policy fields out when empty', () => {
    const d = { ...emptyDraft('EUR', '2026-03-01'), code: 'FA-1', name: 'Host', cost: '12,400.10', salvage: '' };
    const r = draftToInput(d);
    expect('input' in r && r.input).toMatchObject({ cost: '12400.1', salvage: '0', quantity: 1, bundleTotal: null });
    if (!('input' in r)) return;
    expect(r.input).not.toHaveProperty('usefulLifeMonths');
    expect(r.input).not.toHaveProperty('method');
    expect(r.input).not.toHaveProperty('id');
  });

  it('names each field it cannot read instead of sending anything', () => {
    const d = { ...emptyDraft('EUR', '2026-03-01'), cost: 'abc', quantity: '1.5', unitsByPeriod: 'FY2026-P01 = x' };
    const r = draftToInput(d);
    expect('errors' in r && Object.keys(r.errors).sort()).toEqual(['cost', 'quantity', 'unitsByPeriod']);
  });

  it('reads units per period lines and refuses a period given twice', () => {
    expect(parseUnitsText('FY2026-P01 = 1,200\n\nFY2026-P02: 30.5')).toEqual({
      'FY2026-P01': 1200,
      'FY2026-P02': 30.5,
    });
    expect(() => parseUnitsText('FY2026-P01 = 1\nFY2026-P01 = 2')).toThrow(/twice/);
  });

  it('shows a saved asset that follows its policy with the policy fields empty, and round-trips its amounts', () => {
    const asset = {
      id: 'a1',
      code: 'FA-1',
      name: 'Host',
      description: '',
      assetClass: 'server',
      expenseType: 'CapEx',
      classificationRule: '',
      cost: '1234567.5',
      salvage: '0',
      currency: 'EUR',
      quantity: 2,
      bundleTotal: null,
      inServiceDate: '2026-01-01',
      usefulLifeMonths: 60,
      method: 'straight-line',
      convention: 'full-month',
      decliningBalancePercent: null,
      totalUnits: null,
      unitsByPeriod: { 'FY2026-P01': 5 },
      unitsLabel: '',
      costCenterId: 'cc',
      serviceId: null,
      accountId: null,
      vendorId: null,
      events: [],
    } satisfies Asset;
    const d = draftFromAsset(asset, policy, 2);
    expect(d).toMatchObject({ cost: '1234567.50', usefulLifeMonths: '', method: '', costCenterId: 'cc' });
    const r = draftToInput(d);
    expect('input' in r && r.input).toMatchObject({ id: 'a1', cost: '1234567.5', unitsByPeriod: { 'FY2026-P01': 5 } });
    expect(draftFromAsset({ ...asset, usefulLifeMonths: 48 }, policy, 2).usefulLifeMonths).toBe('48');
    expect(draftFromAsset({ ...asset, convention: 'half-year' }, policy, 2)).toMatchObject({
      usefulLifeMonths: '',
      method: '',
      convention: 'half-year',
    });
    expect(
      draftFromAsset({ ...asset, method: 'declining-balance', decliningBalancePercent: 175 }, policy, 2),
    ).toMatchObject({ method: 'declining-balance', decliningBalancePercent: '175' });
  });

  it('maps the fields services name to form fields', () => {
    expect(draftFieldOf('salvage')).toBe('salvage');
    expect(draftFieldOf('unitsByPeriod.FY2026-P03')).toBe('unitsByPeriod');
    expect(draftFieldOf('minorUnits')).toBeNull();
    expect(eventFieldOf('events[3].date')).toBe('date');
    expect(eventFieldOf('events[0].remainingLifeMonths')).toBe('remainingLifeMonths');
    expect(eventFieldOf('events[0]')).toBeNull();
  });
});

describe('event form', () => {
  it('builds each kind of event, keeping only the fields of that kind', () => {
    const d = { ...emptyEventDraft('2026-05-01'), amount: '1,000', lifeMonths: '24', salvage: '' };
    expect(draftToEvent(d)).toEqual({ event: { kind: 'disposal', date: '2026-05-01', note: '' } });
    expect(draftToEvent({ ...d, kind: 'impairment' })).toEqual({
      event: { kind: 'impairment', date: '2026-05-01', amount: '1000', note: '' },
    });
    expect(draftToEvent({ ...d, kind: 'life-change', lifeMode: 'remaining', salvage: '50' })).toEqual({
      event: { kind: 'life-change', date: '2026-05-01', remainingLifeMonths: 24, salvage: '50', note: '' },
    });
    expect(draftToEvent({ ...d, kind: 'impairment', amount: '' })).toMatchObject({ field: 'amount' });
  });
});

describe('asset register helpers', () => {
  const a = (code: string, currency: string, cost: string, extra: Partial<Asset> = {}) =>
    ({
      code,
      currency,
      cost,
      salvage: '0',
      name: code,
      description: '',
      classificationRule: '',
      assetClass: 'server',
      expenseType: 'CapEx',
      ...extra,
    }) as Asset;

  it('totals cost, expense and NBV per currency exactly, never adding two currencies', () => {
    const at = (asset: Asset, expenseInYear: string, nbv: string | null) => ({ ...asset, expenseInYear, nbv });
    const t = totalsByCurrency([
      at(a('1', 'USD', '0.1'), '0.01', '0.09'),
      at(a('2', 'EUR', '1000'), '200', '800'),
      at(a('3', 'USD', '0.2'), '0.02', null),
    ]);
    expect(t).toEqual([
      { currency: 'EUR', count: 1, cost: '1000', salvage: '0', expenseInYear: '200', nbv: '800' },
      { currency: 'USD', count: 2, cost: '0.3', salvage: '0', expenseInYear: '0.03', nbv: '0.09' },
    ]);
  });

  it('finds assets by every word typed, over code, name, class label and rule, within the class and type chosen', () => {
    const label = classLabeller([policy, { ...policy, assetClass: 'network', label: 'network equipment' }]);
    const list = [
      a('FA-1', 'EUR', '1', { name: 'Dell laptop Frankfurt', assetClass: 'end-user-device' }),
      a('FA-2', 'EUR', '1', { name: 'Core switch', assetClass: 'network', expenseType: 'OpEx' }),
    ];
    const f = (text: string, extra = {}) =>
      filterAssets(list, { text, assetClass: '', expenseType: '', ...extra }, label).map((x) => x.code);
    expect(f('frankfurt DELL')).toEqual(['FA-1']);
    expect(f('equipment')).toEqual(['FA-2']);
    expect(f('', { expenseType: 'CapEx' })).toEqual(['FA-1']);
    expect(f('', { assetClass: 'network' })).toEqual(['FA-2']);
  });

  it('writes useful lives as policies do', () => {
    expect(describeLife(60)).toBe('5 years');
    expect(describeLife(18)).toBe('18 months');
    expect(describeLife(42)).toBe('3 years 6 months');
  });
});
