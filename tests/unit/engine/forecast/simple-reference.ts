import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

interface Band {
  mean: number[];
  lo80: number[];
  hi80: number[];
  lo95: number[];
  hi95: number[];
  fitted: (number | null)[];
}

/** One fixture written by scripts/forecast-reference-simple.R. */
export interface SimpleReference {
  series: string;
  frequency: number;
  values: number[];
  horizon: number;
  naive: Band & { sigma: number };
  snaive: Band;
  tslm: Band & { intercept: number; slope: number };
  movingAverage: Band & { window: number; sigma: number };
  accuracy: Record<'naive' | 'snaive', { mean: number[]; MAE: number; RMSE: number; MASE: number; sMAPE: number }>;
  backtest: { horizon: number } & Record<'naive' | 'snaive', { mase: number; smape: number; points: number }>;
}

export const SERIES = ['air-passengers', 'us-acc-deaths', 'it-costs'] as const;

export function loadReference(name: string): SimpleReference {
  const url = new URL(`../../../fixtures/forecast/simple-${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as SimpleReference;
}

/** Equal to 1e-6 relative (absolute near zero); R's NA (null) matches NaN. */
export function expectClose(actual: readonly number[], expected: readonly (number | null)[], rel = 1e-6): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i];
    if (e === null || e === undefined) {
      expect(a, `index ${i}`).toBeNaN();
      return;
    }
    expect(Math.abs(a - e), `index ${i}: ${a} vs ${e}`).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(e)));
  });
}
