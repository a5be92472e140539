import type { EChartsCoreOption } from 'echarts/core';
import type { TcoResult } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { ALT_COLORS, shortNumber } from './chart-format';

interface TooltipItem {
  dataIndex: number;
  seriesIndex: number;
  seriesName: string;
  marker: string;
}

/** One break-even point to draw: where `cheaper` stays below `than` from `month` on. */
export interface BreakEvenMarker {
  label: string;
  monthIndex: number;
  value: string;
}

/**
 * Break-even points worth drawing: every pair with a month, placed on the cumulative cash
 * of the alternative that becomes cheaper.
 */
export function breakEvenMarkers(r: TcoResult): BreakEvenMarker[] {
  const byId = new Map(r.alternatives.map((a) => [a.id, a]));
  return r.breakEven.flatMap((b) => {
    const cheaper = byId.get(b.cheaper);
    const than = byId.get(b.than);
    if (b.month === null || !cheaper || !than) return [];
    const i = b.month - 1;
    return [{ label: `${cheaper.name} below ${than.name}`, monthIndex: i, value: cheaper.cash.cumulative[i] ?? '0' }];
  });
}

/**
 * Line chart option: cumulative cash cost of every alternative month by month, and a pin
 * at each break-even month. Amounts become numbers only for drawing; the tooltip shows
 * the exact figures in the model currency's minor units.
 */
export function cumulativeCashOption(r: TcoResult, minorUnits: number): EChartsCoreOption {
  const fmt = (m: string) => formatMoney(m, minorUnits);
  const markers = breakEvenMarkers(r);
  const lines = r.alternatives.map((a, i) => ({
    name: a.name,
    type: 'line',
    showSymbol: false,
    data: a.cash.cumulative.map(Number),
    itemStyle: { color: ALT_COLORS[i % ALT_COLORS.length] },
    lineStyle: { width: 2 },
  }));
  // A line series drawing only symbols: the shared Chart does not load echarts' mark components.
  const pins = {
    name: 'Break-even',
    type: 'line',
    // [month index, value] pairs: two pairs can break even in the same month.
    data: markers.map((m) => [m.monthIndex, Number(m.value)]),
    showAllSymbol: true,
    symbol: 'pin',
    symbolSize: 28,
    lineStyle: { opacity: 0 },
    itemStyle: { color: '#111827' },
    z: 4,
  };
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, data: [...r.alternatives.map((a) => a.name), 'Break-even'] },
    tooltip: {
      trigger: 'axis',
      formatter: (items: TooltipItem[]) => {
        const i = items[0]?.dataIndex ?? 0;
        const rows = r.alternatives.map(
          (a, k) =>
            `${items.find((it) => it.seriesIndex === k)?.marker ?? ''}${a.name}: ${fmt(a.cash.cumulative[i] ?? '0')}`,
        );
        const here = markers.filter((m) => m.monthIndex === i).map((m) => `Break-even: ${m.label}`);
        return [r.months[i], ...rows, ...here].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: r.months, axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', axisLabel: { formatter: shortNumber } },
    series: [...lines, pins],
  };
}
