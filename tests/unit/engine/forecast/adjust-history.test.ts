import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../../src-shared/calendar/fiscal';
import {
  adjustHistory,
  applyForecastInputs,
  MIN_BASELINE_MONTHS,
  type HistoryInputs,
} from '../../../../src-main/engine/forecast/adjust-history';

const months = (n: number, from = '2024-01') => Array.from({ length: n }, (_, i) => addMonths(from, i));
const none: HistoryInputs = { baselineStart: null, cleanings: [], oneOffs: [], levelShifts: [] };
const adjust = (values: string[], inputs: Partial<HistoryInputs>) =>
  adjustHistory({
    months: months(values.length),
    values,
    frequency: 12,
    minorUnits: 2,
    inputs: { ...none, ...inputs },
  });

describe('adjusting a history before fitting', () => {
  it('leaves a history without inputs as posted, every month unmarked', () => {
    const r = adjust(['10', '11', '12'], {});
    expect(r.values).toEqual(['10', '11', '12']);
    expect(r.start).toBe(0);
    expect(r.marks.every((m) => !m.beforeBaseline && !m.cleaned && m.oneOff === null && m.shift === null)).toBe(true);
    expect(r.notes).toEqual([]);
  });

  it('fits from the baseline start on, marking the months before it', () => {
    const r = adjust(['10', '11', '50', '51', '52', '53'], { baselineStart: '2024-03' });
    expect(r.start).toBe(2);
    expect(r.marks.map((m) => m.beforeBaseline)).toEqual([true, true, false, false, false, false]);
    expect(r.notes).toContain('baseline from 2024-03: the 2 months before it are left out of the fit');
  });

  it('falls back to the whole history with a note when the baseline start leaves too few months', () => {
    const r = adjust(['10', '11', '50', '51'], { baselineStart: '2024-04' });
    expect(MIN_BASELINE_MONTHS).toBe(3);
    expect(r.start).toBe(0);
    expect(r.marks.some((m) => m.beforeBaseline)).toBe(false);
    expect(r.notes).toContain('baseline start 2024-04 ignored: it leaves 1 month, a fit needs 3');
  });

  it('replaces an accepted cleaning by its stored value', () => {
    const r = adjust(['10', '11', '900.5', '13'], { cleanings: [{ month: '2024-03', value: '12.25' }] });
    expect(r.values).toEqual(['10', '11', '12.25', '13']);
    expect(r.marks[2]!.cleaned).toBe(true);
  });

  it('replaces a one-off by the value a straight line through its neighbours gives, noting it', () => {
    // 7 points on 100 + 10·t except t = 3 (a licence true-up): the running median fit is the line.
    const r = adjust(['100', '110', '120', '5000', '140', '150', '160'], {
      oneOffs: [{ month: '2024-04', reason: 'licence true-up' }],
    });
    expect(r.values).toEqual(['100', '110', '120', '130', '140', '150', '160']);
    expect(r.marks[3]!.oneOff).toBe('licence true-up');
    expect(r.notes).toContain('2024-04 is a one-off (licence true-up): replaced by its expected value 130');
  });

  it('keeps one-offs with a note when the history is too short to estimate them', () => {
    const r = adjust(['100', '5000', '120'], { oneOffs: [{ month: '2024-02', reason: 'incident' }] });
    expect(r.values).toEqual(['100', '5000', '120']);
    expect(r.marks[1]!.oneOff).toBe('incident');
    expect(r.notes[0]).toContain('one-offs kept in the baseline');
  });

  it('adds a level shift to every month before its month, exactly', () => {
    const r = adjust(['10.10', '10.20', '30.30', '30.40'], { levelShifts: [{ month: '2024-03', amount: '20.05' }] });
    expect(r.values).toEqual(['30.15', '30.25', '30.30', '30.40']);
    expect(r.marks.map((m) => m.shift)).toEqual(['20.05', '20.05', null, null]);
    expect(r.futureShifts).toEqual([]);
  });

  it('hands a level shift dated after the last month to the forecast', () => {
    const r = adjust(['10', '11'], { levelShifts: [{ month: '2024-05', amount: '-3' }] });
    expect(r.values).toEqual(['10', '11']);
    expect(r.futureShifts).toEqual([{ month: '2024-05', amount: '-3' }]);
  });

  it('ignores inputs of months outside the history with a note', () => {
    const r = adjust(['10', '11'], { cleanings: [{ month: '2023-12', value: '1' }] });
    expect(r.values).toEqual(['10', '11']);
    expect(r.notes).toEqual(['cleaning of 2023-12 ignored: not a history month']);
  });
});

describe('applying overrides and future level shifts to a forecast', () => {
  const f = {
    months: ['2024-05', '2024-06', '2024-07'],
    mean: ['100', '101', '102'],
    lo80: ['90', '91', '92'],
    hi80: ['110', '111', '112'],
    lo95: ['80', '81', '82'],
    hi95: ['120', '121', '122'],
  };

  it('replaces the mean of overridden months only, keeping their intervals', () => {
    const r = applyForecastInputs(f, [], [{ month: '2024-06', amount: '250.75' }]);
    expect(r.forecast.mean).toEqual(['100', '250.75', '102']);
    expect(r.overridden).toEqual([false, true, false]);
    expect(r.computed).toEqual(['100', '101', '102']);
    expect(r.forecast.hi95).toEqual(f.hi95);
  });

  it('adds a future level shift to the mean and intervals from its month on, under any override', () => {
    const r = applyForecastInputs(f, [{ month: '2024-06', amount: '10.5' }], [{ month: '2024-07', amount: '5' }]);
    expect(r.computed).toEqual(['100', '111.5', '112.5']);
    expect(r.forecast.mean).toEqual(['100', '111.5', '5']);
    expect(r.forecast.lo80).toEqual(['90', '101.5', '102.5']);
  });

  it('leaves overrides of months outside the forecast unused', () => {
    const r = applyForecastInputs(f, [], [{ month: '2025-01', amount: '1' }]);
    expect(r.forecast.mean).toEqual(f.mean);
    expect(r.overridden).toEqual([false, false, false]);
  });
});
