import type { EChartsCoreOption } from 'echarts/core';
import type { SeriesForecast } from '../../../src-shared/model/forecast';
import { formatMoney, subMoney, type Money } from '../../../src-shared/money';

const COLORS = {
  history: '#334155',
  posted: '#94a3b8',
  mean: '#2563eb',
  band80: 'rgba(37, 99, 235, 0.28)',
  band95: 'rgba(37, 99, 235, 0.12)',
  anomaly: '#dc2626',
  accepted: '#16a34a',
  rejected: '#64748b',
  oneOff: '#7c3aed',
  override: '#b45309',
  rolling: '#f59e0b',
  yoy: '#0d9488',
};

/** Short axis numbers: 12k, 1.5M. Display only; tooltips show the exact amounts. */
function shortNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
  if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
  return String(v);
}

interface TooltipItem {
  dataIndex: number;
}

/** Names of the chart's series, for the legend and for tests. */
export const FORECAST_SERIES = {
  history: 'Actuals',
  posted: 'As posted',
  lo95: '95 % low',
  band95: '95 % interval',
  lo80: '80 % low',
  band80: '80 % interval',
  mean: 'Forecast',
  anomalies: 'Outliers',
  oneOffs: 'One-offs',
  overrides: 'Overridden',
  rolling: 'Rolling 12-month average',
  yoy: 'YoY growth %',
} as const;

/** `pad` nulls then the values: aligns a part of the timeline with the whole x axis. */
function aligned<T>(pad: number, values: readonly T[], tail = 0): (T | null)[] {
  return [...Array<null>(pad).fill(null), ...values, ...Array<null>(tail).fill(null)];
}

/**
 * Chart option for one scope's forecast: the history as fitted (cleanings, one-offs and
 * level shifts applied; the posted values dashed where they differ), the effective
 * forecast mean, its 80 % and 95 % prediction intervals as bands (an invisible lower
 * series with the band's width stacked on it), outliers as points coloured by decision
 * (accepted green, rejected grey, undecided red), one-offs as diamonds, overridden months
 * as squares and, when asked, the rolling 12-month average and the YoY growth (right
 * axis), both continued over the forecast. Amounts become numbers only for drawing; the
 * tooltip shows exact formatted figures.
 */
export function forecastChartOption(
  s: SeriesForecast,
  minorUnits: number,
  opts: { rolling12?: boolean; yoy?: boolean } = {},
): EChartsCoreOption {
  const h = s.history;
  const f = s.forecast;
  const n = h.months.length;
  const fm = f?.months.length ?? 0;
  const months = [...h.months, ...(f?.months ?? [])];
  const num = (m: Money | null) => (m === null ? null : Number(m));
  const fmt = (m: Money) => formatMoney(m, minorUnits);
  const cleaned = h.values.some((v, i) => v !== h.actuals[i]);

  const series: object[] = [
    {
      name: FORECAST_SERIES.history,
      type: 'line',
      showSymbol: false,
      data: aligned(0, h.values.map(num), fm),
      itemStyle: { color: COLORS.history },
      lineStyle: { width: 2 },
      z: 3,
    },
  ];
  if (cleaned) {
    series.push({
      name: FORECAST_SERIES.posted,
      type: 'line',
      showSymbol: false,
      data: aligned(0, h.actuals.map(num), fm),
      itemStyle: { color: COLORS.posted },
      lineStyle: { width: 1, type: 'dashed' },
      z: 2,
    });
  }
  if (f) {
    const band = (stack: string, lo: Money[], hi: Money[], name: string, lowName: string, color: string) => [
      {
        name: lowName,
        type: 'line',
        stack,
        // Lower bounds may be negative while widths are not: stack regardless of sign.
        stackStrategy: 'all',
        showSymbol: false,
        silent: true,
        data: aligned(n, lo.map(num)),
        lineStyle: { opacity: 0 },
        itemStyle: { color },
        tooltip: { show: false },
      },
      {
        name,
        type: 'line',
        stack,
        stackStrategy: 'all',
        showSymbol: false,
        silent: true,
        data: aligned(
          n,
          hi.map((x, i) => num(subMoney(x, lo[i]!))),
        ),
        lineStyle: { opacity: 0 },
        areaStyle: { color },
        itemStyle: { color },
      },
    ];
    series.push(...band('band95', f.lo95, f.hi95, FORECAST_SERIES.band95, FORECAST_SERIES.lo95, COLORS.band95));
    series.push(...band('band80', f.lo80, f.hi80, FORECAST_SERIES.band80, FORECAST_SERIES.lo80, COLORS.band80));
    // Starts at the last history month so the forecast line continues the actuals.
    const joined = n > 0 ? [...aligned(n - 1, [num(h.values[n - 1]!)]), ...f.mean.map(num)] : f.mean.map(num);
    series.push({
      name: FORECAST_SERIES.mean,
      type: 'line',
      showSymbol: false,
      data: joined,
      itemStyle: { color: COLORS.mean },
      lineStyle: { width: 2, type: 'dashed' },
      z: 3,
    });
  }
  if (h.anomalies.length > 0) {
    const at = new Map(h.anomalies.map((a) => [a.index, a]));
    // A line series drawing only symbols: echarts' mark components are not loaded by the shared Chart.
    series.push({
      name: FORECAST_SERIES.anomalies,
      type: 'line',
      data: months.map((_, i) => {
        const a = at.get(i);
        if (!a) return null;
        const color = a.accepted ? COLORS.accepted : a.decision === 'rejected' ? COLORS.rejected : COLORS.anomaly;
        return { value: Number(a.value), itemStyle: { color } };
      }),
      connectNulls: false,
      showAllSymbol: true,
      symbol: 'circle',
      symbolSize: 9,
      lineStyle: { opacity: 0 },
      itemStyle: { color: COLORS.anomaly },
      z: 4,
    });
  }
  const marks = (name: string, symbol: string, color: string, data: (number | null)[]) => ({
    name,
    type: 'line',
    data,
    connectNulls: false,
    showAllSymbol: true,
    symbol,
    symbolSize: 10,
    lineStyle: { opacity: 0 },
    itemStyle: { color },
    z: 5,
  });
  if (h.marks.some((k) => k.oneOff !== null)) {
    const data = aligned(
      0,
      h.marks.map((k, i) => (k.oneOff !== null ? Number(h.actuals[i]) : null)),
      fm,
    );
    series.push(marks(FORECAST_SERIES.oneOffs, 'diamond', COLORS.oneOff, data));
  }
  if (f && s.overridden.some(Boolean)) {
    const data = aligned(
      n,
      f.mean.map((m, j) => (s.overridden[j] ? Number(m) : null)),
    );
    series.push(marks(FORECAST_SERIES.overrides, 'rect', COLORS.override, data));
  }
  if (opts.rolling12) {
    series.push({
      name: FORECAST_SERIES.rolling,
      type: 'line',
      showSymbol: false,
      data: [...s.rolling12, ...s.forecastRolling12.slice(0, fm)].map(num),
      itemStyle: { color: COLORS.rolling },
      lineStyle: { width: 1.5 },
      z: 2,
    });
  }
  if (opts.yoy) {
    series.push({
      name: FORECAST_SERIES.yoy,
      type: 'line',
      yAxisIndex: 1,
      showSymbol: false,
      data: [...s.yoy, ...s.forecastYoy.slice(0, fm)].map((x) => (x === null ? null : Number(x))),
      itemStyle: { color: COLORS.yoy },
      lineStyle: { width: 1.5, type: 'dotted' },
      z: 2,
    });
  }

  const anomalyAt = new Map(h.anomalies.map((a) => [a.index, a]));
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
    legend: {
      top: 0,
      data: series
        .map((x) => ('name' in x ? String(x.name) : ''))
        .filter((name) => name !== FORECAST_SERIES.lo80 && name !== FORECAST_SERIES.lo95),
    },
    tooltip: {
      trigger: 'axis',
      formatter: (items: TooltipItem[]) => {
        const i = items[0]?.dataIndex ?? 0;
        if (i < n) {
          const a = anomalyAt.get(i);
          const k = h.marks[i];
          return [
            `<b>${h.months[i]}</b>`,
            `Actuals: ${fmt(h.values[i]!)}${h.values[i] !== h.actuals[i] ? ` (posted ${fmt(h.actuals[i]!)})` : ''}`,
            ...(a
              ? [`Outlier (${a.decision}): posted ${fmt(a.value)}, expected ${fmt(a.suggested)} (${a.reason})`]
              : []),
            ...(k?.oneOff != null ? [`One-off: ${k.oneOff}`] : []),
            ...(k?.beforeBaseline ? ['Before the baseline start: not fitted'] : []),
            ...(opts.rolling12 && s.rolling12[i] ? [`Rolling 12 months: ${fmt(s.rolling12[i])}`] : []),
            ...(opts.yoy && s.yoy[i] ? [`YoY: ${s.yoy[i]} %`] : []),
          ].join('<br/>');
        }
        const j = i - n;
        if (!f || j >= fm) return '';
        return [
          `<b>${f.months[j]}</b> (forecast)`,
          s.overridden[j]
            ? `Overridden: ${fmt(f.mean[j]!)} (computed ${fmt(s.computed[j]!)})`
            : `Mean: ${fmt(f.mean[j]!)}`,
          `80 %: ${fmt(f.lo80[j]!)} – ${fmt(f.hi80[j]!)}`,
          `95 %: ${fmt(f.lo95[j]!)} – ${fmt(f.hi95[j]!)}`,
          ...(opts.rolling12 && s.forecastRolling12[j] ? [`Rolling 12 months: ${fmt(s.forecastRolling12[j])}`] : []),
          ...(opts.yoy && s.forecastYoy[j] ? [`YoY: ${s.forecastYoy[j]} %`] : []),
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: months, boundaryGap: false, axisLabel: { fontSize: 10 } },
    yAxis: [
      { type: 'value', axisLabel: { formatter: shortNumber } },
      { type: 'value', show: opts.yoy === true, axisLabel: { formatter: '{value} %' }, splitLine: { show: false } },
    ],
    series,
  };
}
