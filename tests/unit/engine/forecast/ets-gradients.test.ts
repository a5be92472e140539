import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  forwardAdditive,
  forwardMultiplicative,
  gradAdditive,
  gradMultiplicative,
} from '../../../../src-main/engine/forecast/ets/gradients';
import { likKernel } from '../../../../src-main/engine/forecast/ets/kernels';
import { SPECS } from '../../../../src-main/engine/forecast/ets/select';

const M = 12;

/** A positive seasonal series with trend and noise, from a seed. */
function series(seed: number, n: number): Float64Array {
  let r = seed;
  const rnd = () => ((r = (r * 16807) % 2147483647) / 2147483647) * 2 - 1;
  return Float64Array.from(
    { length: n },
    (_, t) => 1000 * (1 + 0.01 * t) * (1 + 0.2 * Math.sin((2 * Math.PI * t) / M)) * (1 + 0.05 * rnd()),
  );
}

const cases = [
  ['ETS(A,A,A)', SPECS['holt-winters-additive'], forwardAdditive, gradAdditive],
  ['ETS(M,A,M)', SPECS['holt-winters-multiplicative'], forwardMultiplicative, gradMultiplicative],
] as const;

describe.each(cases)('the exact gradient of %s', (_, spec, forward, gradient) => {
  it("gives the same value as the optimiser's likelihood and agrees with central differences", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 24, max: 60 }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        (seed, n, alpha, betaShare, gammaShare) => {
          const y = series(seed, n);
          const beta = alpha * betaShare;
          const gamma = (1 - alpha) * gammaShare;
          const x0 = new Float64Array(2 + M);
          x0[0] = y[0]!;
          x0[1] = 5;
          for (let i = 0; i < M; i++) x0[2 + i] = spec.season === 'M' ? 1 + 0.1 * Math.cos(i) : 100 * Math.cos(i);
          if (spec.season === 'M') {
            const sum = x0.slice(2).reduce((a, b) => a + b, 0);
            for (let i = 0; i < M; i++) x0[2 + i] = (x0[2 + i]! * M) / sum;
          }
          const kernel = likKernel(y, M, spec);
          const value = forward(y, M, alpha, beta, gamma, x0);
          expect(Math.abs(value - kernel(alpha, beta, gamma, 1, x0, Infinity))).toBeLessThan(1e-9 * Math.abs(value));
          const grad = new Float64Array(3 + x0.length);
          gradient(y, M, alpha, beta, gamma, grad);
          const at = (i: number, d: number) => {
            const p = [alpha, beta, gamma];
            const x = Float64Array.from(x0);
            if (i < 3) p[i]! += d;
            else x[i - 3]! += d;
            return kernel(p[0]!, p[1]!, p[2]!, 1, x, Infinity);
          };
          for (let i = 0; i < grad.length; i++) {
            const h = i < 3 ? 1e-6 : 1e-6 * Math.max(1, Math.abs(x0[i - 3]!));
            const numeric = (at(i, h) - at(i, -h)) / (2 * h);
            expect(Math.abs(grad[i]! - numeric), `component ${i}`).toBeLessThan(1e-4 * Math.max(1, Math.abs(numeric)));
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
