import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admissible, rootsWithin } from '../../../../src-main/engine/forecast/ets/likelihood';

/** Monic polynomial (increasing powers) with the given real roots. */
function fromRoots(roots: number[]): number[] {
  let c = [1];
  for (const r of roots) {
    const next = new Array<number>(c.length + 1).fill(0);
    c.forEach((ci, i) => {
      next[i + 1]! += ci;
      next[i]! -= r * ci;
    });
    c = next;
  }
  return c;
}

describe('rootsWithin (Schur–Cohn test)', () => {
  it('agrees with the largest root modulus of polynomials built from known roots', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: 1, maxLength: 13 }),
        (roots) => {
          const max = Math.max(...roots.map(Math.abs));
          fc.pre(Math.abs(max - 1) > 1e-6);
          expect(rootsWithin(fromRoots(roots), 1)).toBe(max < 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles complex roots: z² + 0.81 (|z| = 0.9) is inside, z² + 1.21 (|z| = 1.1) is not', () => {
    expect(rootsWithin([0.81, 0, 1], 1)).toBe(true);
    expect(rootsWithin([1.21, 0, 1], 1)).toBe(false);
  });
});

describe('admissible (seasonal models)', () => {
  // [alpha, beta, gamma, phi, m, R's forecast:::admissible(...) == 1]; comments: R's max |polyroot|.
  const R_CASES: [number, number, number, number, number, boolean][] = [
    [0.2667914, 0.2598445, 0.0800368, 1, 12, false], // 1.003918
    [0.5378, 0.0012, 0.0037, 1, 12, true], // 0.999854
    [0.9, 0.05, 0.09, 1, 12, true], // 0.999210
    [0.3, 0.1, 0.6, 0.9, 12, true], // 0.995485
    [0.6, 0.3, 0.35, 0.95, 12, false], // 1.008795
    [0.1, 0.05, 0.85, 1, 4, true], // 0.779223
    [0.8, 0.7, 0.15, 0.98, 4, true], // 0.976366
    [0.05, 0.04, 0.9, 1, 12, true], // 0.977088
    [0.99, 0.5, 1e-4, 1, 12, false], // 1.000002
    [0.45, 0.44, 0.5, 0.85, 12, false], // 1.013442
  ];

  it.each(R_CASES)('alpha %d, beta %d, gamma %d, phi %d, m %d: admissible is %s, as in R', (a, b, g, phi, m, ok) => {
    const spec = { error: 'A', trend: 'A', damped: phi !== 1, season: 'A' } as const;
    expect(admissible(spec, { alpha: a, beta: b, gamma: g, phi }, m)).toBe(ok);
  });
});
