import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, D, toMoney } from '../../../../src-shared/money';
import { formatIsoDay, parseIsoDay } from '../../../../src-main/engine/accrual/iso-day';
import { splitMinor } from '../../../../src-main/engine/accrual/largest-remainder';
import { fromMinor, minorOrNaN } from '../../../../src-main/engine/accrual/minor-units';

// The engine works in integer minor units and day numbers; these check that layer
// against independent references: Date's UTC calendar and the Decimal money helpers.
describe('integer minor units and day numbers', () => {
  it('numbers days exactly as the UTC calendar does, from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (d) => {
        const iso = new Date(d * 864e5).toISOString().slice(0, 10);
        expect(parseIsoDay(iso)).toBe(d);
        expect(formatIsoDay(d)).toBe(iso);
      }),
    );
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const s of [
      '2026-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-00-10',
      '0000-01-01',
      '2026-1-01',
      ' 2026-01-01',
      '2026/01/01',
      '2026-01-01T00:00',
    ]) {
      expect(parseIsoDay(s), s).toBeNull();
    }
    expect(parseIsoDay('2000-02-29')).not.toBeNull();
  });

  it('converts amounts to minor units and back without loss', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 8 }), (units, minorUnits) => {
        const money = fromMinor(units, minorUnits);
        expect(money).toBe(toMoney(new D(units).div(new D(10).pow(minorUnits))));
        expect(minorOrNaN(money, minorUnits)).toBe(units);
      }),
    );
  });

  it('rejects amounts beyond 2^53 minor units or finer than the currency', () => {
    expect(minorOrNaN('90071992547409.91', 2)).toBe(Number.MAX_SAFE_INTEGER);
    expect(minorOrNaN('90071992547409.92', 2)).toBeNaN();
    expect(minorOrNaN('0.001', 2)).toBeNaN();
    expect(minorOrNaN('1.10', 2)).toBeNaN();
    expect(minorOrNaN('-0.05', 2)).toBe(-5);
  });

  it('splits by largest remainder exactly as the shared Decimal allocate does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.maxSafeInteger()),
        fc
          .array(fc.integer({ min: 0, max: 40000 }), { minLength: 1, maxLength: 40 })
          .filter((w) => w.some((x) => x > 0)),
        (units, weights) => {
          const parts = splitMinor(units, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(units);
          expect(parts.map((p) => fromMinor(p, 2))).toEqual(allocate(fromMinor(units, 2), weights, 2));
        },
      ),
      { numRuns: 200 },
    );
  });
});
