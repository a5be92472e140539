import { describe, expect, it } from 'vitest';
import {
  ASSET_CLASSES,
  defaultCapitalizationPolicy,
  validatePolicy,
  type CapitalizationPolicy,
} from '../../../../src-main/engine/capitalization';
import { EngineInputError } from '../../../../src-main/engine/errors';

const policy = defaultCapitalizationPolicy();

function withClass(cls: keyof CapitalizationPolicy['classes'], change: object): CapitalizationPolicy {
  return { ...policy, classes: { ...policy.classes, [cls]: { ...policy.classes[cls], ...change } } };
}

describe('the default capitalization policy', () => {
  it('has a rule for every asset class and passes its own validation', () => {
    expect(Object.keys(policy.classes).sort()).toEqual([...ASSET_CLASSES].sort());
    expect(() => validatePolicy(policy)).not.toThrow();
  });

  it('uses the typical values: 5,000 thresholds, 5-year hardware, 3-year devices and software, SaaS as OpEx', () => {
    const summary = Object.fromEntries(
      ASSET_CLASSES.map((c) => {
        const p = policy.classes[c];
        return [
          c,
          `${p.treatment} ${p.threshold} ${p.thresholdBasis} ${p.usefulLifeMonths} ${p.method} ${p.convention}`,
        ];
      }),
    );
    expect(summary).toEqual({
      server: 'threshold 5000 per-item 60 straight-line full-month',
      storage: 'threshold 5000 per-item 60 straight-line full-month',
      network: 'threshold 5000 per-item 60 straight-line full-month',
      'end-user-device': 'threshold 5000 per-bundle 36 straight-line full-month',
      'perpetual-licence': 'threshold 5000 per-item 36 straight-line full-month',
      'internal-software': 'threshold 25000 per-bundle 36 straight-line full-month',
      'cloud-saas': 'always-opex 0 per-item 12 straight-line full-month',
    });
  });

  it('scales thresholds for another base currency and rounds them to its minor units', () => {
    const inr = defaultCapitalizationPolicy('INR', 2, '83.3333');
    expect(inr.classes.server.threshold).toBe('416666.5');
    expect(inr.baseCurrency).toBe('INR');
  });
});

describe('policy validation', () => {
  it.each([
    ['cloud-saas' as const, { treatment: 'threshold' }, 'treatment'],
    ['server' as const, { threshold: '-1' }, 'threshold'],
    ['server' as const, { threshold: '5,000' }, 'threshold'],
    ['storage' as const, { usefulLifeMonths: 0 }, 'usefulLifeMonths'],
    ['network' as const, { method: 'magic' }, 'method'],
    ['network' as const, { convention: 'mid-quarter' }, 'convention'],
    ['server' as const, { thresholdBasis: 'per-pallet' }, 'thresholdBasis'],
    ['server' as const, { decliningBalancePercent: -5 }, 'decliningBalancePercent'],
  ])('refuses %s with %o, naming the class and field', (cls, change, field) => {
    try {
      validatePolicy(withClass(cls, change));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EngineInputError);
      expect(e).toMatchObject({ item: cls, field });
    }
  });

  it('refuses a policy missing a class or with a bad base currency', () => {
    const { storage: _storage, ...rest } = policy.classes;
    expect(() => validatePolicy({ ...policy, classes: rest as CapitalizationPolicy['classes'] })).toThrow(/storage/);
    expect(() => validatePolicy({ ...policy, baseCurrency: 'usd' })).toThrow(EngineInputError);
  });
});
