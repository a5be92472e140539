import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  D,
  formatMinor,
  formatMinorBig,
  minorUnitsProblem,
  parseMinor,
  parseMinorBig,
  ratioOf,
  roundMoney,
  roundRatio,
  roundRatioBig,
  splitMinor,
  splitMinorBig,
  toMoney,
} from '../../src-shared/money';

// The engines work in integer minor units; these check that layer against an independent
// reference, the Decimal money helpers.
const bigUnits = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const decimal = (units: number | bigint, minorUnits: number) =>
  toMoney(new D(units.toString()).div(new D(10).pow(minorUnits)));

describe('Money strings as minor units', () => {
  it('converts safe integers to amounts and back without loss', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 8 }), (units, minorUnits) => {
        const money = formatMinor(units, minorUnits);
        expect(money).toBe(decimal(units, minorUnits));
        expect(parseMinor(money, minorUnits)).toBe(units);
      }),
    );
  });

  it('converts BigInt minor units to amounts and back without loss', () => {
    fc.assert(
      fc.property(bigUnits, fc.integer({ min: 0, max: 3 }), (u, m) => {
        const money = formatMinorBig(u, m);
        expect(money).toBe(decimal(u, m));
        expect(parseMinorBig(money, m)).toBe(u);
      }),
    );
  });

  it('rejects amounts beyond 2^53 minor units, finer than the currency or not canonical', () => {
    expect(parseMinor('90071992547409.91', 2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseMinor('90071992547409.92', 2)).toBeNull();
    expect(parseMinor('0.001', 2)).toBeNull();
    expect(parseMinor('1.10', 2)).toBeNull();
    expect(parseMinor(12, 2)).toBeNull();
    expect(parseMinor('-0.05', 2)).toBe(-5);
    expect(minorUnitsProblem('-0.05', 2)).toBeNull();
    expect(minorUnitsProblem('0.001', 2)).toMatch(/has 3 decimals; the currency has 2/);
    expect(minorUnitsProblem('1.10', 2)).toMatch(/not a canonical amount/);
    expect(minorUnitsProblem('90071992547409.92', 2)).toMatch(/too large/);
  });

  it('reads plain decimals of any size as BigInt, ignoring trailing zeros of the fraction', () => {
    expect(parseMinorBig('1.005', 2)).toBeNull();
    expect(parseMinorBig('1.50', 1)).toBe(15n);
    expect(parseMinorBig('-12345678901234567890.12', 2)).toBe(-1234567890123456789012n);
    expect(parseMinorBig('1e3', 2)).toBeNull();
  });
});

describe('largest-remainder split of minor units', () => {
  it('splits safe integers exactly as the shared Decimal allocate does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.maxSafeInteger()),
        fc
          .array(fc.integer({ min: 0, max: 40000 }), { minLength: 1, maxLength: 40 })
          .filter((w) => w.some((x) => x > 0)),
        (units, weights) => {
          const parts = splitMinor(units, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(units);
          expect(parts.map((p) => formatMinor(p, 2))).toEqual(allocate(formatMinor(units, 2), weights, 2));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('splits BigInt units by weights with largest remainder, ties to the earliest part, adding up exactly', () => {
    fc.assert(
      fc.property(bigUnits, fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 }), (u, w) => {
        fc.pre(w.some((x) => x > 0));
        const parts = splitMinorBig(u, w.map(BigInt));
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
    expect(splitMinorBig(1000n, [1n, 1n, 1n]).map((p) => formatMinorBig(p, 2))).toEqual(allocate('10', [1, 1, 1], 2));
    // Parts 0 and 3 tie exactly on remainder (×163 and ×8 leave the same remainder mod 1271): the earlier wins.
    const tie = splitMinorBig(886664921771299n, [163n, 351n, 117n, 8n, 232n, 286n, 114n]);
    expect([tie[0], tie[3]]).toEqual([113710764947854n, 5580896439158n]);
  });

  it('refuses weights that are negative or add up to nothing', () => {
    expect(() => splitMinor(100, [1, -1])).toThrow(RangeError);
    expect(() => splitMinor(100, [0, 0])).toThrow(RangeError);
    expect(() => splitMinor(100, [])).toThrow(RangeError);
    expect(() => splitMinorBig(100n, [1n, -1n])).toThrow(RangeError);
    expect(() => splitMinorBig(100n, [])).toThrow(RangeError);
  });
});

describe('minor units scaled by an exact ratio', () => {
  const modes = fc.constantFrom('HALF_UP' as const, 'HALF_EVEN' as const);

  it('rounds a BigInt product by an exact ratio as Decimal rounds it, half up or half even', () => {
    const rate = fc.integer({ min: 1, max: 10_000_000 }).map((n) => new D(n).div(10_000).toFixed());
    fc.assert(
      fc.property(bigUnits, rate, modes, (u, r, mode) => {
        const expected = roundMoney(new D(formatMinorBig(u, 2)).times(r), 2, mode);
        const { num, den } = ratioOf(r);
        expect(formatMinorBig(roundRatioBig(u, num, den, mode), 2)).toBe(expected);
      }),
    );
    expect(roundRatioBig(5n, 1n, 2n, 'HALF_EVEN')).toBe(2n);
    expect(roundRatioBig(-5n, 1n, 2n, 'HALF_UP')).toBe(-3n);
  });

  it('rounds safe-integer ratios exactly, even where the product leaves the safe range', () => {
    const safe = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(safe, safe, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), modes, (v, num, den, mode) => {
        fc.pre(num <= den);
        const expected = roundRatioBig(BigInt(v), BigInt(num), BigInt(den), mode);
        expect(roundRatio(v, num, den, mode)).toBe(Number(expected));
      }),
    );
    expect(roundRatio(5, 1, 2, 'HALF_EVEN')).toBe(2);
    expect(roundRatio(7, 1, 2, 'HALF_EVEN')).toBe(4);
    expect(roundRatio(5, 1, 2, 'HALF_UP')).toBe(3);
  });
});
