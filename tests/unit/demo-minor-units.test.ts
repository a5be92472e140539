import { describe, expect, it } from 'vitest';
import { minorToMoney } from '../../src-main/demo/minor-units';
import { splitUnits } from '../../src-main/demo/phasing';
import { Prng } from '../../src-main/demo/prng';
import { D, toMoney } from '../../src-shared/money';

describe('minorToMoney', () => {
  it('agrees with the money helpers for whole minor units of 0, 2 and 3 decimals', () => {
    const rng = new Prng(99);
    for (let i = 0; i < 5000; i++) {
      const units = rng.int(-2_000_000_000, 2_000_000_000) * (rng.chance(0.1) ? 1000 : 1);
      for (const minor of [0, 2, 3]) {
        expect(minorToMoney(units, minor)).toBe(toMoney(new D(units).div(new D(10).pow(minor))));
      }
    }
  });

  it('writes small and negative amounts canonically', () => {
    expect(minorToMoney(0, 2)).toBe('0');
    expect(minorToMoney(5, 2)).toBe('0.05');
    expect(minorToMoney(-50, 2)).toBe('-0.5');
    expect(minorToMoney(100, 2)).toBe('1');
    expect(minorToMoney(-1, 3)).toBe('-0.001');
  });

  it('refuses a fraction of a minor unit', () => {
    expect(() => minorToMoney(1.5, 2)).toThrow();
  });
});

describe('splitUnits', () => {
  it('splits into parts that add up exactly and follow the weights', () => {
    const rng = new Prng(7);
    for (let i = 0; i < 2000; i++) {
      const total = rng.int(-10_000_000, 10_000_000);
      const weights = Array.from({ length: 12 }, () => rng.int(0, 5));
      if (!weights.some((w) => w > 0)) weights[0] = 1;
      const parts = splitUnits(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      weights.forEach((w, k) => w === 0 && expect(parts[k]).toBe(0));
    }
  });
});

describe('Prng', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const a = new Prng(1),
      b = new Prng(1),
      c = new Prng(2);
    const xs = Array.from({ length: 10 }, () => a.next());
    expect(Array.from({ length: 10 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 10 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
