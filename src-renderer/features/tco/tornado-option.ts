import type { EChartsCoreOption } from 'echarts/core';
import type { TornadoResult } from '../../../src-shared/model';
import { formatMoney, subMoney } from '../../../src-shared/money';
import { shortNumber } from './chart-format';

interface TooltipItem {
  dataIndex: number;
}

/**
 * Tornado chart option: one horizontal bar per input, widest swing on top, from the metric
 * with the input lowered to the metric with it raised, drawn as the change against the base
 * result (left of zero cheaper, right dearer). Bars are numbers for drawing only; the
 * tooltip shows exact input values and results.
 */
export function tornadoOption(t: TornadoResult, minorUnits: number): EChartsCoreOption {
  const fmt = (m: string) => formatMoney(m, minorUnits);
  // echarts draws the first category at the bottom: reverse so the widest bar is on top.
  const entries = [...t.entries].reverse();
  const delta = (m: string) => Number(subMoney(m, t.baseResult));
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, data: ['Input lowered', 'Input raised'] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: TooltipItem[]) => {
        const e = entries[items[0]?.dataIndex ?? 0];
        if (!e) return '';
        return [
          e.label,
          `Base ${e.base}: ${fmt(t.baseResult)}`,
          `Lowered to ${e.low}: ${fmt(e.lowResult)}`,
          `Raised to ${e.high}: ${fmt(e.highResult)}`,
          `Swing: ${fmt(e.swing)}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'value', splitNumber: 4, axisLabel: { formatter: shortNumber, hideOverlap: true } },
    yAxis: { type: 'category', data: entries.map((e) => e.label), axisLabel: { fontSize: 11 } },
    series: [
      {
        name: 'Input lowered',
        type: 'bar',
        data: entries.map((e) => delta(e.lowResult)),
        itemStyle: { color: '#16a34a' },
      },
      {
        name: 'Input raised',
        type: 'bar',
        // Drawn over the other bar, not stacked: both can fall on the same side of the base.
        barGap: '-100%',
        data: entries.map((e) => delta(e.highResult)),
        itemStyle: { color: '#dc2626' },
      },
    ],
  };
}
