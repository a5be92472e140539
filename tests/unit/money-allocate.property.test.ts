import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, D, sumMoney } from '../../src-shared/money';

const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((c) => new D(c.toString()).div(100).toFixed(2));
const weights = fc
  .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 24 })
  .filter((w) => w.some((x) => x > 0));

describe('allocate (property)', () => {
  it('always adds up exactly to the total, with every part within one cent of its exact share', () => {
    fc.assert(
      fc.property(cents, weights, (total, w) => {
        const parts = allocate(total, w, 2);
        expect(sumMoney(parts)).toBe(sumMoney([total]));
        const wSum = w.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => {
          const exact = new D(total).times(w[i]!).div(wSum);
          expect(new D(p).minus(exact).abs().lessThan('0.01')).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });
});
