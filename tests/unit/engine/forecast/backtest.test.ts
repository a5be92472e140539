import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { backtest, backtestMethods, pickBest, type BacktestScore } from '../../../../src-main/engine/forecast/backtest';
import { SIMPLE_METHODS, naive, seasonalNaive } from '../../../../src-main/engine/forecast/simple-methods';
import type { Forecaster } from '../../../../src-main/engine/forecast/types';
import { expectClose, loadReference, SERIES } from './simple-reference';

describe.each(SERIES)('rolling-origin backtest against an R loop on %s', (name) => {
  const ref = loadReference(name);
  const series = { values: ref.values, frequency: ref.frequency };

  it.each([
    ['naive', naive],
    ['snaive', seasonalNaive],
  ] as const)('%s over the last 12 origins, 3 steps ahead, refit each time', (method, forecaster) => {
    const r = backtest(series, forecaster, { horizon: ref.backtest.horizon });
    const expected = ref.backtest[method];
    expect(r.origins).toBe(12);
    expect(r.points).toBe(expected.points);
    expectClose([r.mase, r.smape], [expected.mase, expected.smape]);
  });
});

const score = (method: string, mase: number, smape: number, error?: string): BacktestScore => ({
  method,
  mase,
  smape,
  mae: 0,
  rmse: 0,
  origins: 12,
  points: 12,
  ...(error ? { error } : {}),
});

describe('backtest on literal series', () => {
  it('refits at every origin on the history before it only', () => {
    const seen: number[][] = [];
    const spy: Forecaster = (s, h) => {
      seen.push([...s.values]);
      return naive(s, h);
    };
    backtest({ values: [1, 2, 3, 4, 5, 6], frequency: 1 }, spy, { horizon: 2, holdout: 3 });
    expect(seen).toEqual([
      [1, 2, 3],
      [1, 2, 3, 4],
      [1, 2, 3, 4, 5],
    ]);
  });

  it('a straight line: naive is always one step behind, linear trend is exact', () => {
    const line = { values: Array.from({ length: 24 }, (_, i) => 10 + 2 * i), frequency: 1 };
    const scores = backtestMethods(line, { naive, 'linear-trend': SIMPLE_METHODS['linear-trend']! }, { horizon: 1 });
    // Naive errs by the slope (2) and the scale is the mean step (2): MASE 1.
    expect(scores[0]).toMatchObject({ method: 'naive', mase: 1, origins: 12, points: 12 });
    expect(scores[1]!.mase).toBeCloseTo(0, 10);
    expect(pickBest(scores)!.method).toBe('linear-trend');
  });

  it('is deterministic: the same series gives the same scores', () => {
    const ref = loadReference('it-costs');
    const s = { values: ref.values, frequency: 12 };
    const methods = SIMPLE_METHODS as Record<string, Forecaster>;
    expect(backtestMethods(s, methods, { horizon: 6 })).toEqual(backtestMethods(s, methods, { horizon: 6 }));
  });

  it('reports a method that cannot fit an origin instead of failing the others', () => {
    const scores = backtestMethods(
      { values: [5, 6, 7, 8, 9, 10, 11], frequency: 1 },
      { naive, 'moving-average': SIMPLE_METHODS['moving-average']! },
      { horizon: 1 },
    );
    expect(scores[0]!.error).toBeUndefined();
    expect(scores[1]!.error).toMatch(/moving-average needs at least 6 observations/);
    expect(pickBest(scores)!.method).toBe('naive');
    expect(() => backtest({ values: [1, 2], frequency: 1 }, naive, { horizon: 1 })).toThrow(EngineInputError);
  });

  it('picks the least MASE, breaks ties by sMAPE, then keeps the earlier method', () => {
    expect(pickBest([score('a', 0.9, 5), score('b', 0.8, 9)])!.method).toBe('b');
    expect(pickBest([score('a', 0.8, 5), score('b', 0.8, 4)])!.method).toBe('b');
    expect(pickBest([score('a', 0.8, 4), score('b', 0.8, 4)])!.method).toBe('a');
    expect(pickBest([score('a', 0.8, 4), score('b', 0.8 + 1e-15, 3)])!.method).toBe('b');
    expect(pickBest([score('a', NaN, 1), score('b', 2, 9)])!.method).toBe('b');
    expect(pickBest([score('a', 0.1, 1, 'failed'), score('b', 2, 9)])!.method).toBe('b');
    expect(pickBest([score('a', 0.1, 1, 'failed')])).toBeUndefined();
  });
});
