import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateUnits,
  fromMinorUnits,
  ratioOf,
  scaleUnits,
  toMinorUnits,
} from '../../../../src-main/engine/escalation/scaled-money';
import { allocate, D, roundMoney, toMoney } from '../../../../src-shared/money';

const units = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const minor = fc.integer({ min: 0, max: 3 });

describe('exact sums in minor units', () => {
  it('reads and writes Money strings without loss', () => {
    fc.assert(
      fc.property(units, minor, (u, m) => {
        const money = fromMinorUnits(u, m);
        expect(money).toBe(toMoney(new D(u.toString()).div(new D(10).pow(m))));
        expect(toMinorUnits(money, m)).toBe(u);
      }),
    );
    expect(toMinorUnits('1.005', 2)).toBeNull();
    expect(toMinorUnits('1.50', 1)).toBe(15n);
  });

  it('splits by weights with largest remainder, ties to the earliest part, adding up exactly', () => {
    fc.assert(
      fc.property(units, fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 }), (u, w) => {
        fc.pre(w.some((x) => x > 0));
        const parts = allocateUnits(u, w);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(u);
        // Exact oracle on absolute values: each part is the floor of its share or one more,
        // and every part that got one more has a larger remainder (or an equal one, earlier).
        const abs = u < 0n ? -u : u;
        const total = BigInt(w.reduce((a, b) => a + b, 0));
        const share = w.map((x) => ({ floor: (abs * BigInt(x)) / total, rem: (abs * BigInt(x)) % total }));
        const extra = parts.map((p, i) => (p < 0n ? -p : p) - share[i]!.floor);
        expect(extra.every((e) => e === 0n || e === 1n)).toBe(true);
        extra.forEach((e, i) =>
          extra.forEach((f, j) => {
            if (e === 1n && f === 0n) {
              const [ri, rj] = [share[i]!.rem, share[j]!.rem];
              expect(ri > rj || (ri === rj && i < j)).toBe(true);
            }
          }),
        );
      }),
    );
    expect(allocateUnits(1000n, [1, 1, 1]).map((p) => fromMinorUnits(p, 2))).toEqual(allocate('10', [1, 1, 1], 2));
    // Parts 0 and 3 tie exactly on remainder (×163 and ×8 leave the same remainder mod 1271): the earlier wins.
    const tie = allocateUnits(886664921771299n, [163, 351, 117, 8, 232, 286, 114]);
    expect([tie[0], tie[3]]).toEqual([113710764947854n, 5580896439158n]);
  });

  it('rounds a product by an exact ratio as Decimal rounds it, half up or half even', () => {
    const rate = fc.integer({ min: 1, max: 10_000_000 }).map((n) => new D(n).div(10_000).toFixed());
    fc.assert(
      fc.property(units, rate, fc.constantFrom('HALF_UP' as const, 'HALF_EVEN' as const), (u, r, mode) => {
        const expected = roundMoney(new D(fromMinorUnits(u, 2)).times(r), 2, mode);
        expect(fromMinorUnits(scaleUnits(u, ratioOf(r), mode), 2)).toBe(expected);
      }),
    );
    expect(scaleUnits(5n, { num: 1n, den: 2n }, 'HALF_EVEN')).toBe(2n);
    expect(scaleUnits(-5n, { num: 1n, den: 2n }, 'HALF_UP')).toBe(-3n);
  });
});
