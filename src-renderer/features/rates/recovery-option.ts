import type { EChartsCoreOption } from 'echarts/core';
import { monthLabel } from '../../../src-shared/calendar/fiscal';
import { formatMoney } from '../../../src-shared/money';
import type { RecoveryView } from '../../../src-shared/model/rates';

const SERIES = [
  { key: 'cost', name: 'Cost (allocated pool)', type: 'bar', color: '#94a3b8' },
  { key: 'recovered', name: 'Recovered', type: 'bar', color: '#2563eb' },
  { key: 'variance', name: 'Over / under', type: 'line', color: '#f59e0b' },
] as const;

/**
 * Bars of cost and recovered per month with the over/under-recovery as a line. The amounts
 * become numbers only for the bar heights; the tooltip shows the exact figures.
 */
export function recoveryOption(view: RecoveryView, minorUnits: number): EChartsCoreOption {
  const months = view.byMonth;
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, data: SERIES.map((s) => s.name) },
    tooltip: {
      trigger: 'axis',
      formatter: (items: { dataIndex: number; seriesIndex: number; marker: string; seriesName: string }[]) => {
        const m = months[items[0]?.dataIndex ?? 0];
        if (!m) return '';
        const rows = items.map((it) => {
          const s = SERIES[it.seriesIndex];
          return `${it.marker}${it.seriesName}: ${formatMoney(s ? m[s.key] : '0', minorUnits)}`;
        });
        return [monthLabel(m.month), ...rows].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month)) },
    yAxis: { type: 'value' },
    series: SERIES.map((s) => ({
      name: s.name,
      type: s.type,
      itemStyle: { color: s.color },
      data: months.map((m) => Number(m[s.key])),
    })),
  };
}
