import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../../src-main/engine/forecast/optimize/nelder-mead';

const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;

describe('nelderMead', () => {
  it("finds the Rosenbrock minimum from R's classic start (-1.2, 1), as optim(method = 'Nelder-Mead') does", () => {
    // R: optim(c(-1.2, 1), fr) gives par 1.000260 1.000506, value 8.825241e-08, counts 195.
    const res = nelderMead(rosenbrock, [-1.2, 1], { maxit: 500, reltol: 1e-8 });
    expect(res.converged).toBe(true);
    expect(res.x[0]).toBeCloseTo(1.00026, 4);
    expect(res.x[1]).toBeCloseTo(1.000506, 4);
    expect(res.value).toBeLessThan(1e-6);
    expect(res.evaluations).toBe(195);
  });

  it('stops in one dimension when two vertices straddle the minimum with equal values, exactly as R does', () => {
    // R: optim(0, function(x) (x - 50)^2, control = list(maxit = 5000, reltol = 1e-14)) gives 50.1 after 32 evaluations.
    const res = nelderMead((x) => (x[0]! - 50) ** 2, [0], { maxit: 5000, reltol: 1e-14 });
    expect(res.x[0]).toBeCloseTo(50.1, 10);
    expect(res.evaluations).toBe(32);
  });

  it('minimises convex quadratics in 2 to 5 dimensions to their centre', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 2, maxLength: 5 }), (c) => {
        const f = (x: Float64Array) => c.reduce((s, ci, i) => s + (i + 1) * (x[i]! - ci) ** 2, 0);
        const res = nelderMead(f, new Array<number>(c.length).fill(0.37), { maxit: 5000, reltol: 1e-14 });
        c.forEach((ci, i) => expect(Math.abs(res.x[i]! - ci)).toBeLessThan(1e-3 * Math.max(1, Math.abs(ci))));
      }),
      { numRuns: 200 },
    );
  });

  it('treats infinite values as infeasible and stays inside the feasible region', () => {
    const f = (x: Float64Array) => (x[0]! < 0.5 ? Infinity : (x[0]! - 0.2) ** 2 + (x[1]! - 3) ** 2);
    const res = nelderMead(f, [1, 1]);
    expect(res.x[0]).toBeGreaterThanOrEqual(0.5);
    expect(res.x[0]).toBeCloseTo(0.5, 3);
    expect(res.x[1]).toBeCloseTo(3, 3);
  });

  it('stops at the evaluation budget and says it did not converge', () => {
    const res = nelderMead(rosenbrock, [-1.2, 1], { maxit: 20 });
    expect(res.converged).toBe(false);
    expect(res.evaluations).toBeLessThanOrEqual(23);
  });

  it('follows exactly the same path when the function only answers "no better than the bound" above it', () => {
    // A bound-aware objective may return Infinity for any point at or above the bound it is given.
    let bounded = 0;
    const lazy = (x: Float64Array, bound = Infinity) => {
      const v = rosenbrock(x);
      if (bound !== Infinity) bounded++;
      return v >= bound ? Infinity : v;
    };
    const exact = nelderMead(rosenbrock, [-1.2, 1], { maxit: 500, reltol: 1e-8 });
    const res = nelderMead(lazy, [-1.2, 1], { maxit: 500, reltol: 1e-8 });
    expect(res).toEqual(exact);
    expect(bounded).toBeGreaterThan(100);
  });

  it('refuses a start point where the function is not finite', () => {
    expect(() => nelderMead(() => NaN, [0, 0])).toThrow(/initial parameters/);
  });
});
