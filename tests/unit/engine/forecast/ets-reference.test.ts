/**
 * Outlay's ETS forecasts against R's forecast package (fixtures from scripts/forecast-reference.R,
 * forecast 8.20; CI has no R, so the fixtures are committed).
 *
 * Tolerances: we start from the same heuristic values and run the same Nelder–Mead as `ets`
 * (R's nmmin rules, reltol sqrt(eps), 2000 evaluations), so we follow R's search path and land
 * on the same optimum; the differences seen are floating-point rounding (≤ 1e-10 relative).
 * The likelihood surfaces are flat, so a search that went astray would land on a different
 * optimum and move forecasts by 1e-3 or more (this happened with a wrong admissibility test):
 * 1e-5 relative on forecasts, intervals, fitted values and parameters keeps that visible while
 * leaving room for rounding, and AICc is held to 1e-7 relative. `auto` must pick the model R's
 * ets(y) picks when restricted to the same candidates (see the script for how R is restricted).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ETS_METHODS } from '../../../../src-main/engine/forecast/ets';
import type { ForecastMethodId, ForecastResult } from '../../../../src-main/engine/forecast/types';

interface RModel {
  call: string;
  method: string;
  params: Record<string, number>;
  aicc: number;
  sigma2: number;
  fitted: number[];
  mean: number[];
  lo80: number[];
  hi80: number[];
  lo95: number[];
  hi95: number[];
}

interface Fixture {
  series: string;
  frequency: number;
  values: number[];
  h: number;
  models: Record<string, RModel>;
  auto: { candidates: string[]; aicc: Record<string, number>; best: string; rUnrestricted: string };
}

const DIR = join(__dirname, '../../../fixtures/forecast');
const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => /^ets-.*\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture);

const METHOD_OF: Record<string, ForecastMethodId> = {
  ANN: 'ses',
  AAN: 'holt',
  AAdN: 'holt-damped',
  AAA: 'holt-winters-additive',
  MAM: 'holt-winters-multiplicative',
};

const REL = 1e-5;

function expectClose(actual: readonly number[], expected: readonly number[], what: string) {
  expect(actual.length, what).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    expect(Math.abs(a - e), `${what}[${i}]: ${a} vs R ${e}`).toBeLessThanOrEqual(REL * Math.max(Math.abs(e), 1));
  });
}

function run(method: ForecastMethodId, fx: Fixture): ForecastResult {
  const f = ETS_METHODS[method];
  if (!f) throw new Error(`${method} missing`);
  return f({ values: fx.values, frequency: fx.frequency }, fx.h);
}

it('has the six reference series', () => {
  expect(fixtures.map((f) => f.series).sort()).toEqual(
    ['airmiles', 'airpassengers', 'itcost', 'short18', 'usaccdeaths', 'usaccdeaths30'].sort(),
  );
});

for (const fx of fixtures) {
  describe(`${fx.series} (n = ${fx.values.length}, frequency ${fx.frequency})`, () => {
    for (const [key, r] of Object.entries(fx.models)) {
      const method = METHOD_OF[key]!;
      it(`${method} matches R's ${r.call} (${r.method}): parameters, AICc, forecasts and 80/95 % intervals`, () => {
        const res = run(method, fx);
        expect(res.method).toBe(method);
        expect(res.notes).toEqual([]);
        for (const [name, value] of Object.entries(r.params)) {
          expect(Math.abs(res.params[name]! - value), name).toBeLessThanOrEqual(REL * Math.max(value, 1e-2));
        }
        expect(Math.abs(res.aicc! - r.aicc)).toBeLessThanOrEqual(1e-7 * Math.abs(r.aicc));
        expect(res.params.sigma2! / r.sigma2).toBeCloseTo(1, 6);
        expectClose(res.fitted, r.fitted, 'fitted');
        expectClose(res.mean, r.mean, 'mean');
        expectClose(res.lo80, r.lo80, 'lo80');
        expectClose(res.hi80, r.hi80, 'hi80');
        expectClose(res.lo95, r.lo95, 'lo95');
        expectClose(res.hi95, r.hi95, 'hi95');
      });
    }

    it(`auto picks ${fx.auto.best}, as R's ets(y) restricted to ${fx.auto.candidates.join('/')} by AICc`, () => {
      const res = run('auto', fx);
      const best = fx.models[fx.auto.best]!;
      expect(res.method).toBe(METHOD_OF[fx.auto.best]);
      expect(Math.abs(res.aicc! - best.aicc)).toBeLessThanOrEqual(1e-7 * Math.abs(best.aicc));
      expectClose(res.mean, best.mean, 'mean');
      const scores = res.notes.find((n) => n.startsWith('AICc:'));
      for (const [key, aicc] of Object.entries(fx.auto.aicc)) {
        expect(scores, key).toContain(`${fx.models[key]!.method} ${aicc.toFixed(2)}`);
      }
    });
  });
}

describe('short history', () => {
  const short = fixtures.find((f) => f.series === 'short18')!;

  it("falls back from Holt-Winters to the best non-seasonal model (R's choice among ANN/AAN/AAdN) with a note", () => {
    for (const method of ['holt-winters-additive', 'holt-winters-multiplicative'] as const) {
      const res = run(method, short);
      expect(res.method).toBe(METHOD_OF[short.auto.best]);
      expectClose(res.mean, short.models[short.auto.best]!.mean, 'mean');
      expect(res.notes[0]).toBe(
        'seasonal methods need 2 full seasons (24 months), the history has 18; used ETS(A,A,N) (holt)',
      );
    }
  });

  it('auto says why it left out the seasonal models', () => {
    const res = run('auto', short);
    expect(res.notes[0]).toContain('seasonal methods need 2 full seasons (24 months)');
  });
});
