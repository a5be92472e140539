import { describe, expect, it } from 'vitest';
import { driverSeries } from '../../../../src-main/engine/drivers';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { forecastSeries } from '../../../../src-main/engine/forecast/methods';

const actuals = [
  { month: '2026-01', value: '100' },
  { month: '2026-02', value: '100' },
  { month: '2026-03', value: '100' },
];

describe('a driver series', () => {
  it('shows actuals, then holds the last actual when the method is none', () => {
    const s = driverSeries({
      driver: 'HC',
      method: 'none',
      actuals,
      plans: [],
      assumptions: [],
      from: '2026-02',
      to: '2026-05',
    });
    expect(s.points.map((p) => [p.month, p.source, p.value])).toEqual([
      ['2026-02', 'actual', '100'],
      ['2026-03', 'actual', '100'],
      ['2026-04', 'forecast', '100'],
      ['2026-05', 'forecast', '100'],
    ]);
  });

  it('uses an entered plan value instead of the forecast for its month', () => {
    const s = driverSeries({
      driver: 'HC',
      method: 'none',
      actuals,
      plans: [{ month: '2026-05', value: '130.5' }],
      assumptions: [],
      from: '2026-04',
      to: '2026-06',
    });
    expect(s.points.map((p) => [p.source, p.value, p.forecast])).toEqual([
      ['forecast', '100', '100'],
      ['plan', '130.5', '100'],
      ['forecast', '100', '100'],
    ]);
  });

  it('compounds a growth assumption monthly so a year of +12 % gives exactly +12 %', () => {
    // 100 × 1.12^(n/12), rounded to 4 decimals (Python decimal, 40 digits): n=1 100.9489, n=6 105.8301, n=12 112.0000
    const s = driverSeries({
      driver: 'HC',
      method: 'none',
      actuals,
      plans: [],
      assumptions: [{ fromMonth: '2026-04', annualGrowth: '12' }],
      from: '2026-03',
      to: '2027-03',
    });
    const v = new Map(s.points.map((p) => [p.month, p.value]));
    expect(v.get('2026-03')).toBe('100');
    expect(v.get('2026-04')).toBe('100.9489');
    expect(v.get('2026-09')).toBe('105.8301');
    expect(v.get('2027-03')).toBe('112');
  });

  it('stacks several assumptions by multiplying their factors', () => {
    // 100 × 1.12^(3/12) × 0.95^(1/12) = 102.4349
    const s = driverSeries({
      driver: 'HC',
      method: 'none',
      actuals,
      plans: [],
      assumptions: [
        { fromMonth: '2026-04', annualGrowth: '12' },
        { fromMonth: '2026-06', annualGrowth: '-5' },
      ],
      from: '2026-06',
      to: '2026-06',
    });
    expect(s.points[0]!.value).toBe('102.4349');
  });

  it('forecasts with the chosen statistical method after the last actual', () => {
    const hist = Array.from({ length: 30 }, (_, i) => ({
      month: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: String(200 + 3 * i),
    }));
    const s = driverSeries({
      driver: 'USERS',
      method: 'linear-trend',
      actuals: hist,
      plans: [],
      assumptions: [],
      from: '2026-07',
      to: '2026-09',
    });
    const ref = forecastSeries({ values: hist.map((h) => Number(h.value)), frequency: 12 }, 3, 'linear-trend');
    expect(s.method).toBe('linear-trend');
    expect(s.points.map((p) => Number(p.value))).toEqual(ref.mean.map((x) => Math.round(x * 1e4) / 1e4));
  });

  it('refuses a growth of -100 % naming the driver', () => {
    const run = () =>
      driverSeries({
        driver: 'HC',
        method: 'none',
        actuals,
        plans: [],
        assumptions: [{ fromMonth: '2026-04', annualGrowth: '-100' }],
        from: '2026-04',
        to: '2026-04',
      });
    expect(run).toThrow(EngineInputError);
    expect(run).toThrow(/Driver HC: annual growth -100%/);
  });
});
