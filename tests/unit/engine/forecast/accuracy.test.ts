import { describe, expect, it } from 'vitest';
import { accuracy, maseScale, smapeTerm } from '../../../../src-main/engine/forecast/accuracy';
import { naive, seasonalNaive } from '../../../../src-main/engine/forecast/simple-methods';
import { expectClose, loadReference, SERIES } from './simple-reference';

describe.each(SERIES)('accuracy against R on %s (last 12 values held out)', (name) => {
  const ref = loadReference(name);
  const train = ref.values.slice(0, -12);
  const test = ref.values.slice(-12);

  it.each([
    ['naive', naive],
    ['snaive', seasonalNaive],
  ] as const)('MAE, RMSE and MASE of %s match accuracy(f, test); sMAPE the M4 formula', (method, forecaster) => {
    const expected = ref.accuracy[method];
    const fc = forecaster({ values: train, frequency: ref.frequency }, 12);
    expectClose(fc.mean, expected.mean);
    const a = accuracy(test, fc.mean, train, ref.frequency);
    expectClose([a.mae, a.rmse, a.mase, a.smape], [expected.MAE, expected.RMSE, expected.MASE, expected.sMAPE]);
  });
});

describe('accuracy measures on literal values', () => {
  it('sMAPE is 200·|y − f| / (|y| + |f|), and 0 when both are 0', () => {
    expect(smapeTerm(100, 50)).toBeCloseTo((200 * 50) / 150, 12);
    expect(smapeTerm(0, 0)).toBe(0);
    expect(smapeTerm(0, 5)).toBe(200);
    expect(smapeTerm(-10, 10)).toBe(200);
  });

  it('MASE scales by the seasonal naive in-sample MAE, or the naive one for a short or non-seasonal history', () => {
    // Seasonal differences with m = 2: |3 − 1|, |4 − 2|, |9 − 3| → mean 10/3.
    expect(maseScale([1, 2, 3, 4, 9], 2)).toBeCloseTo(10 / 3, 12);
    // Not longer than one season of 12: lag 1 → |2 − 1|, |4 − 2| → 1.5.
    expect(maseScale([1, 2, 4], 12)).toBe(1.5);
    expect(maseScale([1, 2, 4], 1)).toBe(1.5);
    expect(maseScale([5], 1)).toBeNaN();
  });

  it('computes MAE, RMSE, MASE and sMAPE together; MASE is NaN for a constant history', () => {
    const a = accuracy([10, 20], [12, 14], [1, 3, 5], 1);
    expect(a.mae).toBe(4);
    expect(a.rmse).toBeCloseTo(Math.sqrt((4 + 36) / 2), 12);
    expect(a.mase).toBe(2);
    expect(a.smape).toBeCloseTo(((200 * 2) / 22 + (200 * 6) / 34) / 2, 12);
    expect(accuracy([1], [2], [7, 7, 7], 1).mase).toBeNaN();
    expect(() => accuracy([1, 2], [1], [1, 2], 1)).toThrow(RangeError);
  });
});
