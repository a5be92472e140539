import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bfgs } from '../../../../src-main/engine/forecast/optimize/bfgs';

const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
const rosenbrockGrad = (x: Float64Array, g: Float64Array) => {
  g[0] = -400 * x[0]! * (x[1]! - x[0]! ** 2) - 2 * (1 - x[0]!);
  g[1] = 200 * (x[1]! - x[0]! ** 2);
  return rosenbrock(x);
};

describe('bfgs', () => {
  it('finds the Rosenbrock minimum (1, 1) from the classic start (-1.2, 1)', () => {
    const res = bfgs(rosenbrockGrad, rosenbrock, [-1.2, 1], { reltol: 1e-16 });
    expect(res.x[0]).toBeCloseTo(1, 5);
    expect(res.x[1]).toBeCloseTo(1, 5);
    expect(res.value).toBeLessThan(1e-10);
    expect(res.converged).toBe(true);
  });

  it('minimises convex quadratics in 2 to 16 dimensions to their centre', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 2, maxLength: 16 }), (c) => {
        const f = (x: Float64Array) => c.reduce((s, ci, i) => s + (i + 1) * (x[i]! - ci) ** 2, 0);
        const fg = (x: Float64Array, g: Float64Array) => {
          c.forEach((ci, i) => (g[i] = 2 * (i + 1) * (x[i]! - ci)));
          return f(x);
        };
        const res = bfgs(fg, f, new Array<number>(c.length).fill(0.37), { reltol: 1e-16 });
        c.forEach((ci, i) => expect(Math.abs(res.x[i]! - ci)).toBeLessThan(1e-5 * Math.max(1, Math.abs(ci))));
      }),
      { numRuns: 40 },
    );
  });

  it('treats an infeasible trial point as too long a step and stays inside the feasible region', () => {
    // Minimum of (x − 3)² on x < 2 (infeasible beyond): the search ends near the boundary, never beyond.
    const f = (x: Float64Array) => (x[0]! < 2 ? (x[0]! - 3) ** 2 : Infinity);
    const fg = (x: Float64Array, g: Float64Array) => {
      g[0] = 2 * (x[0]! - 3);
      return f(x);
    };
    const res = bfgs(fg, f, [0]);
    expect(res.x[0]).toBeLessThan(2);
    expect(res.x[0]).toBeGreaterThan(1.99);
  });

  it('stops after a window of iterations that gained too little, and resumes from its curvature estimate', () => {
    const start = [-1.2, 1];
    const early = bfgs(rosenbrockGrad, rosenbrock, start, { maxit: 8 });
    expect(early.iterations).toBe(8);
    expect(early.converged).toBe(false);
    const resumed = bfgs(rosenbrockGrad, rosenbrock, early.x, {
      inverseHessian: early.inverseHessian,
      reltol: 1e-16,
    });
    expect(resumed.value).toBeLessThan(1e-10);
    const windowed = bfgs(rosenbrockGrad, rosenbrock, start, { window: { iterations: 3, tol: 0.5 } });
    expect(windowed.converged).toBe(true);
    expect(windowed.value).toBeGreaterThan(1e-6);
  });

  it('refuses a start where the objective is not finite', () => {
    expect(() =>
      bfgs(
        () => Infinity,
        () => Infinity,
        [0],
      ),
    ).toThrow(/not finite at the start/);
  });
});
