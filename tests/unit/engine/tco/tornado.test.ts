import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { computeTco, tornado } from '../../../../src-main/engine/tco';
import { D } from '../../../../src-shared/money';
import { baseModel, cloud, dataCenter } from './fixtures';

/**
 * 100 VMs and 100 TB, flat, 3 years, 0 % discount (NPV = cash total). Per VM 100 × (0.5 × 0.6 + 0.5) = 80:
 * compute 8,000 a month (288,000); storage 100 × 10 = 1,000 (36,000); egress 10 × 50 = 500 (18,000).
 * NPV 342,000.
 */
const model = baseModel(
  [
    cloud({
      compute: { pricePerVmMonth: '100', reservedCoveragePercent: '50', reservedDiscountPercent: '40' },
      storage: { pricePerTbMonth: '10' },
      egress: { tbPerMonth: '10', pricePerTb: '50' },
    }),
  ],
  {
    discountRatePercent: '0',
    demand: { vms: { start: '100', growthPercent: '0' }, storageTb: { start: '100', growthPercent: '0' } },
  },
);

describe('tornado sensitivity', () => {
  it('ranks inputs by how far ±20 % moves the NPV, with their low and high values', () => {
    const t = tornado(model, { metric: { kind: 'npv', alternative: 'cloud' } });
    expect(t.baseResult).toBe('342000');
    // Price per VM or VM count ±20 %: compute ±57,600 → 284,400 … 399,600, swing 115,200.
    // Coverage 40 / 60 %: 100 × (0.4 × 0.6 + 0.6) = 84 / 76 a VM → 356,400 / 327,600, swing 28,800 (the reserved discount
    // 32 / 48 % gives the same swing; ties go by path, so coverage comes first).
    expect(t.entries.map((e) => [e.label, e.low, e.high, e.lowResult, e.highResult, e.swing])).toEqual([
      ['cloud: compute.pricePerVmMonth', '80', '120', '284400', '399600', '115200'],
      ['demand: vms.start', '80', '120', '284400', '399600', '115200'],
      ['cloud: compute.reservedCoveragePercent', '40', '60', '356400', '327600', '28800'],
    ]);
    expect(t.entries[0]!.path).toBe('alternatives[0].compute.pricePerVmMonth');
    expect(t.skipped).toEqual([]);
  });

  it('measures the NPV difference between two alternatives and skips moves that make an input invalid', () => {
    const both = baseModel([
      dataCenter(),
      cloud({ compute: { pricePerVmMonth: '100', reservedCoveragePercent: '90', reservedDiscountPercent: '30' } }),
    ]);
    const t = tornado(both, {
      metric: { kind: 'npv-difference', base: 'dc', other: 'cloud' },
      top: 5,
      variationPercent: '10',
    });
    const r = computeTco(both);
    expect(t.baseResult).toBe(new D(r.alternatives[1]!.npv).minus(r.alternatives[0]!.npv).toFixed());
    expect(t.entries).toHaveLength(5);
    const swings = t.entries.map((e) => new D(e.swing));
    swings.slice(1).forEach((s, i) => expect(s.lessThanOrEqualTo(swings[i]!)).toBe(true));
    // 90 % + 10 % = 99 % is fine; nothing here goes out of range…
    expect(t.skipped).toEqual([]);
    // …but 90 % + 20 % = 108 % does.
    const wide = tornado(both, { metric: { kind: 'npv-difference', base: 'dc', other: 'cloud' } });
    expect(wide.skipped.map((s) => s.path)).toEqual(['alternatives[1].compute.reservedCoveragePercent']);
  });

  it('refuses a metric naming an unknown alternative', () => {
    expect(() => tornado(model, { metric: { kind: 'npv', alternative: 'mainframe' } })).toThrow(EngineInputError);
    expect(() => tornado(model, { metric: { kind: 'npv', alternative: 'cloud' }, variationPercent: '100' })).toThrow(
      'tornado: variationPercent 100 must be below 100 %',
    );
  });
});
