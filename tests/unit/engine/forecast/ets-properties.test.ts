import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { ETS_METHODS } from '../../../../src-main/engine/forecast/ets';
import type { ForecastMethodId, ForecastResult } from '../../../../src-main/engine/forecast/types';

const ETS_IDS = [
  'ses',
  'holt',
  'holt-damped',
  'holt-winters-additive',
  'holt-winters-multiplicative',
  'auto',
] as const satisfies readonly ForecastMethodId[];
const ADDITIVE = ['ses', 'holt', 'holt-damped', 'holt-winters-additive'] as const;

function forecast(method: ForecastMethodId, values: number[], horizon: number, frequency = 12): ForecastResult {
  const f = ETS_METHODS[method];
  if (!f) throw new Error(`${method} missing`);
  return f({ values, frequency }, horizon);
}

/** A monthly cost-like series: level, trend, seasonal swing and noise from a seeded stream. */
const costSeries = (minLength: number, maxLength: number) =>
  fc
    .record({
      level: fc.double({ min: 100, max: 1e6, noNaN: true }),
      trend: fc.double({ min: -0.01, max: 0.02, noNaN: true }),
      swing: fc.double({ min: 0, max: 0.3, noNaN: true }),
      noise: fc.array(fc.double({ min: -0.1, max: 0.1, noNaN: true }), { minLength, maxLength }),
    })
    .map(({ level, trend, swing, noise }) =>
      noise.map((e, t) => level * (1 + trend * t) * (1 + swing * Math.sin((2 * Math.PI * t) / 12)) * (1 + e)),
    );

const allFinite = (r: ForecastResult) =>
  [r.mean, r.lo80, r.hi80, r.lo95, r.hi95, r.fitted].every((xs) => xs.every(Number.isFinite));

describe('ETS forecasts (properties)', () => {
  it('intervals nest around the mean (lo95 ≤ lo80 ≤ mean ≤ hi80 ≤ hi95) for every method', () => {
    fc.assert(
      fc.property(costSeries(6, 40), fc.constantFrom(...ETS_IDS), fc.integer({ min: 1, max: 24 }), (y, id, h) => {
        const r = forecast(id, y, h);
        expect(allFinite(r)).toBe(true);
        expect(r.mean).toHaveLength(h);
        r.mean.forEach((mu, i) => {
          expect(r.lo95[i]!).toBeLessThanOrEqual(r.lo80[i]!);
          expect(r.lo80[i]!).toBeLessThanOrEqual(mu);
          expect(mu).toBeLessThanOrEqual(r.hi80[i]!);
          expect(r.hi80[i]!).toBeLessThanOrEqual(r.hi95[i]!);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('intervals of the additive models widen with the horizon', () => {
    fc.assert(
      fc.property(costSeries(24, 40), fc.constantFrom(...ADDITIVE), (y, id) => {
        const r = forecast(id, y, 18);
        // A (near-)perfect fit has σ² ≈ 0: its intervals collapse onto the mean within rounding.
        fc.pre(Math.sqrt(r.params.sigma2 ?? 0) > 1e-4 * Math.abs(r.mean[0]!));
        const w95 = r.mean.map((_, i) => r.hi95[i]! - r.lo95[i]!);
        const w80 = r.mean.map((_, i) => r.hi80[i]! - r.lo80[i]!);
        for (let i = 1; i < 18; i++) {
          expect(w95[i]!).toBeGreaterThan(w95[i - 1]!);
          expect(w80[i]!).toBeGreaterThan(w80[i - 1]!);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a constant history (including all zeros) forecasts that constant with every method', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.double({ min: -1e7, max: 1e7, noNaN: true })),
        fc.integer({ min: 3, max: 40 }),
        fc.constantFrom(...ETS_IDS),
        (c, n, id) => {
          const r = forecast(id, new Array<number>(n).fill(c), 6);
          for (const xs of [r.mean, r.lo80, r.hi80, r.lo95, r.hi95, r.fitted]) xs.forEach((v) => expect(v).toBe(c));
          expect(r.notes.join(' ')).toContain('constant');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never returns NaN, even for series with zeros, negatives, spikes or very few points', () => {
    const rough = fc.array(
      fc.oneof(fc.constant(0), fc.double({ min: -1e4, max: 1e6, noNaN: true }), fc.constant(1e9)),
      { minLength: 3, maxLength: 30 },
    );
    fc.assert(
      fc.property(rough, fc.constantFrom(...ETS_IDS), (y, id) => {
        const r = forecast(id, y, 12);
        expect(allFinite(r)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});

describe('ETS edge cases', () => {
  it('refuses a history of fewer than 3 points with an EngineInputError naming the field', () => {
    for (const id of ETS_IDS) {
      for (const y of [[], [5], [5, 6]]) {
        const err = (() => {
          try {
            forecast(id, y, 3);
          } catch (e) {
            return e;
          }
        })();
        expect(err).toBeInstanceOf(EngineInputError);
        expect(err).toMatchObject({ field: 'values' });
      }
    }
  });

  it('refuses a horizon that is not a positive whole number and a history with a non-number', () => {
    expect(() => forecast('auto', [1, 2, 3, 4], 0)).toThrow(EngineInputError);
    expect(() => forecast('holt', [1, 2, 3, 4], 2.5)).toThrow(/horizon/);
    expect(() => forecast('ses', [1, Number.NaN, 3, 4], 2)).toThrow(/value 2/);
  });

  it('forecasts the last value (naive, alpha = 1) with a note when the history is too short to estimate', () => {
    const r = forecast('holt', [10, 12, 11, 15], 3);
    expect(r.method).toBe('ses');
    expect(r.params.alpha).toBe(1);
    expect(r.mean).toEqual([15, 15, 15]);
    expect(r.notes.join(' ')).toMatch(/too few to estimate ETS\(A,A,N\)/);
    expect(r.notes.join(' ')).toContain('naive');
  });

  it('uses additive seasonality with a note when multiplicative is asked for on data with zeros', () => {
    const y = Array.from({ length: 36 }, (_, t) => (t % 12 === 5 ? 0 : 1000 + 10 * t + 200 * Math.cos(t)));
    const r = forecast('holt-winters-multiplicative', y, 12);
    expect(r.method).toBe('holt-winters-additive');
    expect(r.notes[0]).toMatch(/^multiplicative seasonality needs strictly positive values; used ETS\(A,A,A\)/);
    const auto = forecast('auto', y, 12);
    expect(auto.notes[0]).toContain('ETS(M,A,M) not considered');
  });

  it('lists every candidate AICc in the notes of auto and reports the chosen model’s AICc', () => {
    const y = Array.from({ length: 36 }, (_, t) => 5000 + 40 * t + 600 * Math.sin((2 * Math.PI * t) / 12) + (t % 5));
    const r = forecast('auto', y, 12);
    const line = r.notes.find((n) => n.startsWith('AICc:'))!;
    for (const name of ['ETS(A,N,N)', 'ETS(A,A,N)', 'ETS(A,Ad,N)', 'ETS(A,A,A)', 'ETS(M,A,M)']) {
      expect(line).toContain(name);
    }
    expect(line).toContain(r.aicc!.toFixed(2));
  });
});
