import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src-shared/calendar/fiscal';
import type { ForecastInputs } from '../../src-shared/model';
import { runForecast } from '../../src-main/services/forecast-run';

const months = Array.from({ length: 8 }, (_, i) => addMonths('2025-01', i));
const values = ['100', '101', '102', '103', '104', '105', '106', '107'];
const inputs = (over: Partial<ForecastInputs>): ForecastInputs => ({
  method: 'auto',
  baselineStart: null,
  cleanings: [],
  oneOffs: [],
  levelShifts: [],
  overrides: [],
  ...over,
});
const run = (i: ForecastInputs) =>
  runForecast({ months, values, horizon: 3, method: 'naive', inputs: i, minorUnits: 2, backtest: 'requested' });

describe('a forecast run with stored inputs', () => {
  it('keeps a stored accepted cleaning of a month the check no longer flags, and says so', () => {
    const r = run(inputs({ cleanings: [{ month: '2025-03', decision: 'accepted', value: '90', reason: 'was high' }] }));
    expect(r.anomalies).toEqual([]);
    expect(r.values[2]).toBe('90');
    expect(r.marks[2]!.cleaned).toBe(true);
    expect(r.notes).toContain('2025-03: cleaned as accepted, although the outlier check no longer flags it');
  });

  it('forecasts naive from the adjusted last month, then puts overrides in place of the mean', () => {
    const r = run(
      inputs({
        levelShifts: [{ month: '2025-10', amount: '5' }],
        overrides: [{ month: '2025-11', amount: '1.23' }],
      }),
    );
    // Naive repeats 107; the shift adds 5 from October; November is typed over.
    expect(r.computed).toEqual(['107', '112', '112']);
    expect(r.forecast!.mean).toEqual(['107', '112', '1.23']);
    expect(r.overridden).toEqual([false, false, true]);
  });
});
