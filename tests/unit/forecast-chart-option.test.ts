import { describe, expect, it } from 'vitest';
import type { SeriesForecast } from '../../src-shared/model/forecast';
import { subMoney } from '../../src-shared/money';
import { FORECAST_SERIES, forecastChartOption } from '../../src-renderer/features/forecast/forecast-chart-option';
import { formatParams } from '../../src-renderer/features/forecast/forecast-labels';

interface Series {
  name: string;
  data: unknown[];
  stack?: string;
  stackStrategy?: string;
  areaStyle?: object;
}
interface Option {
  xAxis: { data: string[] };
  series: Series[];
  legend: { data: string[] };
  tooltip: { formatter: (items: { dataIndex: number }[]) => string };
}

/** Four months of history (one of them an outlier), three forecast months. */
function series(accepted: boolean): SeriesForecast {
  const actuals = ['100', '110', '900.5', '120'];
  return {
    scope: { kind: 'cost-center', id: 'cc1', label: 'CC-100 IT Ops' },
    baseCurrency: 'EUR',
    history: {
      months: ['2024-01', '2024-02', '2024-03', '2024-04'],
      actuals,
      values: accepted ? ['100', '110', '115', '120'] : actuals,
      anomalies: [
        {
          index: 2,
          month: '2024-03',
          value: '900.5',
          suggested: '115',
          score: 7.1,
          reason: '7.1 MADs above the pattern',
          accepted,
          decision: accepted ? 'accepted' : 'undecided',
        },
      ],
      marks: actuals.map((_, i) => ({
        beforeBaseline: false,
        cleaned: accepted && i === 2,
        oneOff: null,
        shift: null,
      })),
    },
    forecast: {
      months: ['2024-05', '2024-06', '2024-07'],
      mean: ['125', '130', '135'],
      lo80: ['-10', '100', '101'],
      hi80: ['150.25', '160', '170'],
      lo95: ['-50', '80', '81'],
      hi95: ['200', '210', '220'],
    },
    overridden: [false, false, false],
    computed: ['125', '130', '135'],
    requested: 'auto',
    inputs: { method: 'auto', baselineStart: null, cleanings: [], oneOffs: [], levelShifts: [], overrides: [] },
    method: 'linear-trend',
    params: { intercept: 95, slope: 5.123456 },
    accuracy: [],
    notes: [],
    rolling12: [null, null, null, '112.5'],
    yoy: [null, null, null, null],
    forecastRolling12: [null, null, null],
    forecastYoy: [null, null, null],
  };
}

const build = (s: SeriesForecast, rolling12 = false) => forecastChartOption(s, 2, { rolling12 }) as unknown as Option;
const named = (o: Option, name: string) => o.series.find((x) => x.name === name);

describe('forecast chart option', () => {
  it('puts history then forecast months on the x axis, each series aligned to it', () => {
    const o = build(series(false));
    expect(o.xAxis.data).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07']);
    expect(named(o, FORECAST_SERIES.history)!.data).toEqual([100, 110, 900.5, 120, null, null, null]);
    // The forecast line starts at the last actual month so it continues the history.
    expect(named(o, FORECAST_SERIES.mean)!.data).toEqual([null, null, null, 120, 125, 130, 135]);
  });

  it('draws each interval as a lower bound plus the stacked width, filled, stacking across signs', () => {
    const o = build(series(false));
    const lo = named(o, FORECAST_SERIES.lo80)!;
    const band = named(o, FORECAST_SERIES.band80)!;
    expect(lo.stack).toBe(band.stack);
    expect(lo.stackStrategy).toBe('all');
    expect(lo.areaStyle).toBeUndefined();
    expect(band.areaStyle).toBeDefined();
    expect(lo.data).toEqual([null, null, null, null, -10, 100, 101]);
    const s = series(false).forecast!;
    expect(band.data.slice(4)).toEqual(s.hi80.map((h, i) => Number(subMoney(h, s.lo80[i]!))));
    expect(band.data.slice(4)).toEqual([160.25, 60, 69]);
    const band95 = named(o, FORECAST_SERIES.band95)!;
    expect(band95.stack).not.toBe(band.stack);
    expect(band95.data.slice(4)).toEqual([250, 130, 139]);
    // The invisible lower bounds stay out of the legend.
    expect(o.legend.data).not.toContain(FORECAST_SERIES.lo80);
    expect(o.legend.data).toContain(FORECAST_SERIES.band95);
  });

  it('marks outliers at their posted value, and shows cleaned history beside the posted one once accepted', () => {
    const raw = build(series(false));
    expect(
      named(raw, FORECAST_SERIES.anomalies)!.data.map((d) => (d === null ? null : (d as { value: number }).value)),
    ).toEqual([null, null, 900.5, null, null, null, null]);
    expect(named(raw, FORECAST_SERIES.posted)).toBeUndefined();
    const clean = build(series(true));
    expect(named(clean, FORECAST_SERIES.history)!.data.slice(0, 4)).toEqual([100, 110, 115, 120]);
    expect(named(clean, FORECAST_SERIES.posted)!.data.slice(0, 4)).toEqual([100, 110, 900.5, 120]);
  });

  it('adds the rolling 12-month average only when asked', () => {
    expect(named(build(series(false)), FORECAST_SERIES.rolling)).toBeUndefined();
    expect(named(build(series(false), true), FORECAST_SERIES.rolling)!.data).toEqual([
      null,
      null,
      null,
      112.5,
      null,
      null,
      null,
    ]);
  });

  it('has no forecast series without a forecast', () => {
    const o = build({ ...series(false), forecast: null, method: null });
    expect(o.xAxis.data).toHaveLength(4);
    expect(named(o, FORECAST_SERIES.mean)).toBeUndefined();
    expect(named(o, FORECAST_SERIES.band80)).toBeUndefined();
  });

  it('shows exact formatted amounts in the tooltip: the outlier on history, intervals on forecast months', () => {
    const o = build(series(false));
    const hist = o.tooltip.formatter([{ dataIndex: 2 }]);
    expect(hist).toContain('900.50');
    expect(hist).toContain('expected 115.00');
    const fc = o.tooltip.formatter([{ dataIndex: 4 }]);
    expect(fc).toContain('Mean: 125.00');
    expect(fc).toContain('80 %: (10.00) – 150.25');
    expect(fc).toContain('95 %: (50.00) – 200.00');
  });
});

describe('forecast chart option with stored inputs', () => {
  /** The fixture with a one-off in 2024-02, the override of 2024-06, and growth figures. */
  const withInputs = (): SeriesForecast => {
    const s = series(false);
    s.history.marks[1] = { beforeBaseline: false, cleaned: false, oneOff: 'licence true-up', shift: null };
    s.history.values = ['100', '105', '900.5', '120'];
    s.forecast!.mean = ['125', '400.25', '135'];
    s.overridden = [false, true, false];
    s.yoy = [null, null, null, '12.5'];
    s.forecastYoy = ['3', '-4.25', null];
    s.forecastRolling12 = ['113', '114', null];
    return s;
  };

  it('marks one-offs at their posted value and overridden months at the typed amount', () => {
    const o = build(withInputs());
    expect(named(o, FORECAST_SERIES.oneOffs)!.data).toEqual([null, 110, null, null, null, null, null]);
    expect(named(o, FORECAST_SERIES.overrides)!.data).toEqual([null, null, null, null, null, 400.25, null]);
    expect(named(build(series(false)), FORECAST_SERIES.overrides)).toBeUndefined();
  });

  it('continues rolling 12 and YoY over the forecast when asked, YoY on the right axis', () => {
    const o = forecastChartOption(withInputs(), 2, { rolling12: true, yoy: true }) as unknown as Option;
    expect(named(o, FORECAST_SERIES.rolling)!.data).toEqual([null, null, null, 112.5, 113, 114, null]);
    const yoy = named(o, FORECAST_SERIES.yoy) as Series & { yAxisIndex: number };
    expect(yoy.data).toEqual([null, null, null, 12.5, 3, -4.25, null]);
    expect(yoy.yAxisIndex).toBe(1);
    expect(named(build(withInputs()), FORECAST_SERIES.yoy)).toBeUndefined();
  });

  it('names the override and its computed value in the tooltip', () => {
    const s = withInputs();
    s.computed = ['125', '130', '135'];
    const o = build(s);
    expect(o.tooltip.formatter([{ dataIndex: 5 }])).toContain('Overridden: 400.25 (computed 130.00)');
    expect(o.tooltip.formatter([{ dataIndex: 1 }])).toContain('One-off: licence true-up');
  });
});

describe('forecast screen helpers', () => {
  it('writes parameters as name and value', () => {
    expect(formatParams({ alpha: 0.31234, window: 3, l0: 220412.7, sigma2: 13812345.2 })).toBe(
      'alpha 0.312, window 3, l0 220,413, sigma2 13,812,345',
    );
  });
});
