import { describe, expect, it } from 'vitest';
import { ETS_METHODS } from '../../../../src-main/engine/forecast/ets';
import { fitEts } from '../../../../src-main/engine/forecast/ets/fit';
import { fitEtsCached } from '../../../../src-main/engine/forecast/ets/fit-cache';
import { SPECS } from '../../../../src-main/engine/forecast/ets/select';

const values = Array.from(
  { length: 30 },
  (_, t) => 500 + 3 * t + 40 * Math.cos((2 * Math.PI * t) / 12) + ((t * 11) % 7),
);

describe('fitEtsCached', () => {
  it('hands back the remembered fit for the same history and model, equal to a fresh fit', () => {
    const first = fitEtsCached(values, 12, SPECS['holt-winters-additive']);
    expect(fitEtsCached([...values], 12, SPECS['holt-winters-additive'])).toBe(first);
    expect(first).toEqual(fitEts(values, 12, SPECS['holt-winters-additive']));
  });

  it('fits again for another model, season length or a history that differs in one value', () => {
    const base = fitEtsCached(values, 12, SPECS.holt);
    expect(fitEtsCached(values, 12, SPECS['holt-damped'])).not.toBe(base);
    expect(fitEtsCached(values, 4, SPECS.holt)).not.toBe(base);
    const changed = values.map((v, i) => (i === 17 ? v + 0.01 : v));
    const other = fitEtsCached(changed, 12, SPECS.holt);
    expect(other).not.toBe(base);
    expect(other).toEqual(fitEts(changed, 12, SPECS.holt));
  });

  it('gives every forecast its own fitted values, so changing one result leaves the next intact', () => {
    const series = { values, frequency: 12 };
    const a = ETS_METHODS.holt!(series, 6);
    a.fitted[0] = -1;
    expect(ETS_METHODS.holt!(series, 6).fitted[0]).not.toBe(-1);
  });
});
