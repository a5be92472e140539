import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tQuantile, Z80, Z95 } from '../../../../src-main/engine/forecast/simple/quantiles';
import { expectClose } from './simple-reference';

const ref = JSON.parse(
  readFileSync(new URL('../../../fixtures/forecast/simple-quantiles.json', import.meta.url), 'utf8'),
) as { df: number[]; q90: number[]; q975: number[]; qnorm90: number; qnorm975: number };

describe('interval quantiles against R', () => {
  it('Student t quantiles match qt(0.9, df) and qt(0.975, df) from 1 to 1000 degrees of freedom', () => {
    expectClose(
      ref.df.map((df) => tQuantile(0.9, df)),
      ref.q90,
      1e-10,
    );
    expectClose(
      ref.df.map((df) => tQuantile(0.975, df)),
      ref.q975,
      1e-10,
    );
  });

  it('normal quantiles are qnorm(0.9) and qnorm(0.975)', () => {
    expect(Z80).toBeCloseTo(ref.qnorm90, 14);
    expect(Z95).toBeCloseTo(ref.qnorm975, 14);
  });
});
