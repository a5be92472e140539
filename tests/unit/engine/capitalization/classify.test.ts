import { describe, expect, it } from 'vitest';
import {
  classify,
  defaultCapitalizationPolicy,
  type CapitalizationItem,
  type CapitalizationPolicy,
} from '../../../../src-main/engine/capitalization';
import { EngineInputError } from '../../../../src-main/engine/errors';

const policy = defaultCapitalizationPolicy('USD', 2);
const item = (overrides: Partial<CapitalizationItem>): CapitalizationItem => ({
  id: 'PO-1',
  assetClass: 'server',
  unitCost: '12400',
  ...overrides,
});

describe('CapEx or OpEx by capitalization policy', () => {
  it('capitalizes a server above the threshold and explains the rule', () => {
    expect(classify(item({}), policy)).toEqual({
      expenseType: 'CapEx',
      rule: 'CapEx: server, 12,400.00 ≥ threshold 5,000.00, 5 years straight-line',
      assetClass: 'server',
      comparedAmount: '12400',
      threshold: '5000',
      thresholdBasis: 'per-item',
      depreciation: { usefulLifeMonths: 60, method: 'straight-line', convention: 'full-month' },
    });
  });

  it('capitalizes an amount exactly at the threshold', () => {
    const c = classify(item({ unitCost: '5000' }), policy);
    expect(c.expenseType).toBe('CapEx');
    expect(c.rule).toBe('CapEx: server, 5,000.00 ≥ threshold 5,000.00, 5 years straight-line');
  });

  it('expenses an amount one cent below the threshold', () => {
    const c = classify(item({ unitCost: '4999.99' }), policy);
    expect(c).toMatchObject({ expenseType: 'OpEx', rule: 'OpEx: server, 4,999.99 < threshold 5,000.00' });
    expect(c.depreciation).toBeUndefined();
  });

  it('compares the amount as posted: rounded to the base currency first', () => {
    expect(classify(item({ unitCost: '4999.995' }), policy).expenseType).toBe('CapEx');
    expect(classify(item({ unitCost: '4999.994' }), policy).expenseType).toBe('OpEx');
  });

  it.each(['1', '250000', '99999999'])('always expenses cloud and SaaS, even at %s', (unitCost) => {
    expect(classify(item({ assetClass: 'cloud-saas', unitCost }), policy)).toEqual({
      expenseType: 'OpEx',
      assetClass: 'cloud-saas',
      rule: 'OpEx: cloud/SaaS subscription, always expensed',
    });
  });

  it('expenses a licence billed as a subscription whatever its amount', () => {
    const c = classify(item({ assetClass: 'perpetual-licence', unitCost: '80000', subscription: true }), policy);
    expect(c).toMatchObject({
      expenseType: 'OpEx',
      rule: 'OpEx: perpetual software licence billed as a subscription, expensed',
    });
  });

  it('capitalizes a perpetual licence at or above the threshold over three years', () => {
    const c = classify(item({ assetClass: 'perpetual-licence', unitCost: '25000' }), policy);
    expect(c.rule).toBe('CapEx: perpetual software licence, 25,000.00 ≥ threshold 5,000.00, 3 years straight-line');
  });

  describe('bundles', () => {
    it('capitalizes a laptop fleet bought together when the policy compares per bundle', () => {
      const c = classify(item({ assetClass: 'end-user-device', unitCost: '1200', quantity: 40 }), policy);
      expect(c).toMatchObject({
        expenseType: 'CapEx',
        comparedAmount: '48000',
        rule: 'CapEx: end-user device, bundle 48,000.00 ≥ threshold 5,000.00 per bundle, 3 years straight-line',
      });
    });

    it('expenses a single laptop under the same policy', () => {
      const c = classify(item({ assetClass: 'end-user-device', unitCost: '1200' }), policy);
      expect(c.rule).toBe('OpEx: end-user device, bundle 1,200.00 < threshold 5,000.00 per bundle');
    });

    it('uses the bundle total given (an order with several kinds of item) over unit cost × quantity', () => {
      const c = classify(
        item({ assetClass: 'end-user-device', unitCost: '900', quantity: 2, bundleTotal: '5000' }),
        policy,
      );
      expect(c).toMatchObject({ expenseType: 'CapEx', comparedAmount: '5000' });
    });

    it('ignores the bundle when the policy compares per item', () => {
      const c = classify(item({ unitCost: '4000', quantity: 10, bundleTotal: '40000' }), policy);
      expect(c).toMatchObject({ expenseType: 'OpEx', comparedAmount: '4000' });
    });
  });

  it('describes a declining-balance class and a life in months', () => {
    const custom: CapitalizationPolicy = {
      ...policy,
      classes: {
        ...policy.classes,
        network: {
          ...policy.classes.network,
          method: 'declining-balance',
          decliningBalancePercent: 150,
          usefulLifeMonths: 42,
        },
      },
    };
    const c = classify(item({ assetClass: 'network', unitCost: '7000' }), custom);
    expect(c.rule).toBe('CapEx: network equipment, 7,000.00 ≥ threshold 5,000.00, 42 months 150% declining-balance');
    expect(c.depreciation).toEqual({
      usefulLifeMonths: 42,
      method: 'declining-balance',
      convention: 'full-month',
      decliningBalancePercent: 150,
    });
  });

  it('formats money in the base currency: whole yen for JPY', () => {
    const yen = defaultCapitalizationPolicy('JPY', 0, 150);
    expect(yen.classes.server.threshold).toBe('750000');
    expect(classify(item({ unitCost: '1860000' }), yen).rule).toBe(
      'CapEx: server, 1,860,000 ≥ threshold 750,000, 5 years straight-line',
    );
  });

  it.each([
    [{ assetClass: 'printer' as never }, 'assetClass'],
    [{ unitCost: '-10' }, 'unitCost'],
    [{ unitCost: '12,400' }, 'unitCost'],
    [{ bundleTotal: 'lots' }, 'bundleTotal'],
    [{ quantity: 0 }, 'quantity'],
    [{ quantity: 1.5 }, 'quantity'],
  ])('refuses %o, naming the item and field', (overrides, field) => {
    try {
      classify(item(overrides), policy);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EngineInputError);
      expect(e).toMatchObject({ item: 'PO-1', field });
    }
  });
});
