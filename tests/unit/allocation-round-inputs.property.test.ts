import { D as Decimal } from '../../src-shared/money';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAllocation } from '../../src-main/engine/allocation';
import { roundCumulative } from '../../src-main/engine/allocation/round-inputs';

const exact = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 11 }))
  .map(([units, scale]) => new Decimal(units.toString()).div(new Decimal(10).pow(scale)));

describe('cumulative rounding of allocation inputs', () => {
  it('gives parts that add up exactly to the rounded exact total, each within one minor unit of its value', () => {
    fc.assert(
      fc.property(fc.array(exact, { maxLength: 200 }), fc.integer({ min: 0, max: 4 }), (values, minor) => {
        const { parts, total } = roundCumulative(values, minor);
        const sum = parts.reduce((a, p) => a.plus(p), new Decimal(0));
        const want = values.reduce((a, v) => a.plus(v), new Decimal(0)).toDecimalPlaces(minor, Decimal.ROUND_HALF_UP);
        expect(sum.eq(want)).toBe(true);
        expect(new Decimal(total).eq(want)).toBe(true);
        const unit = new Decimal(10).pow(-minor);
        parts.forEach((p, i) => {
          expect(new Decimal(p).decimalPlaces()).toBeLessThanOrEqual(minor);
          expect(new Decimal(p).minus(values[i]!).abs().lte(unit)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('feeds the engine amounts it accepts, and the allocation conserves the rounded total', () => {
    fc.assert(
      fc.property(fc.array(exact, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (values, n) => {
        const { parts, total } = roundCumulative(values, 2);
        const targets = Array.from({ length: n }, (_, i) => `bu:U${i}`);
        const result = runAllocation({
          aggregates: parts.map((amount, i) => ({ id: `a${i}`, dims: {}, amount, currency: 'USD' })),
          drivers: [],
          rules: [{ id: 'even', source: { kind: 'match', dims: {} }, method: { kind: 'even', targets } }],
          minorUnits: { USD: 2 },
        });
        const out = [...result.balances, ...result.unallocated].reduce((a, b) => a.plus(b.amount), new Decimal(0));
        expect(out.eq(total)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
