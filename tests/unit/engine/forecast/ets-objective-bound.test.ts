import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialParams, initialState } from '../../../../src-main/engine/forecast/ets/init';
import { makeObjective } from '../../../../src-main/engine/forecast/ets/likelihood';
import { SPECS } from '../../../../src-main/engine/forecast/ets/select';

const values = Array.from(
  { length: 36 },
  (_, t) => 900 + 6 * t + 120 * Math.sin((2 * Math.PI * t) / 12) + ((t * 13) % 9),
);

describe('the ETS objective given a bound', () => {
  for (const [id, spec] of Object.entries(SPECS)) {
    it(`${id}: equals the exact value below the bound, and is at or above the bound otherwise`, () => {
      const m = spec.season === 'N' ? 1 : 12;
      const f = makeObjective(values, m, spec);
      const start = [...initialParams(spec, m), ...initialState(values, m, spec)];
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -0.3, max: 0.3, noNaN: true }), {
            minLength: start.length,
            maxLength: start.length,
          }),
          fc.double({ min: -0.05, max: 0.05, noNaN: true }),
          (shift, slack) => {
            // Points around the start (smoothing parameters moved a little, states by up to 30 %).
            const v = Float64Array.from(start, (x, i) => x * (1 + shift[i]!) + (i < 4 ? shift[i]! / 10 : 0));
            const exact = f(v);
            const bound = Number.isFinite(exact) ? exact * (1 + slack) : 1000;
            const lazy = f(v, bound);
            if (exact < bound) expect(lazy).toBe(exact);
            else expect(lazy).toBeGreaterThanOrEqual(bound);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
