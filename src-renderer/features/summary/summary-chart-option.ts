import type { EChartsCoreOption } from 'echarts/core';
import type { AccountingSummary } from '../../../src-shared/model';
import { formatMoney, type Money } from '../../../src-shared/money';

const TYPE_COLORS: Record<string, string> = { CapEx: '#2563eb', OpEx: '#14b8a6' };

interface TooltipItem {
  dataIndex: number;
  seriesIndex: number;
  seriesName: string;
  marker: string;
}

/** Short axis labels: 1.2M, 350k. */
const axisLabel = (v: number) => (Math.abs(v) >= 1e6 ? `${v / 1e6}M` : Math.abs(v) >= 1e3 ? `${v / 1e3}k` : String(v));

/**
 * Stacked bars per period: CapEx and OpEx for the CapEx/OpEx grouping, else one series per
 * row (cost center or tower). Amounts become numbers only for bar heights; the tooltip
 * shows the exact amounts and the period's exact total.
 */
export function summaryChartOption(
  s: AccountingSummary,
  periodLabels: readonly string[],
  minorUnits: number,
): EChartsCoreOption {
  const series: { name: string; amounts: Money[] }[] =
    s.by === 'capex-opex'
      ? (['CapEx', 'OpEx'] as const).map((t) => ({ name: t, amounts: s.splitByPeriod[t].amounts }))
      : s.rows.map((r) => ({ name: r.label, amounts: r.amounts }));
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0, data: series.map((x) => x.name) },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: TooltipItem[]) => {
        const i = items[0]?.dataIndex ?? 0;
        const lines = items
          .filter((it) => series[it.seriesIndex]!.amounts[i] !== '0')
          .map((it) => `${it.marker}${it.seriesName}: ${formatMoney(series[it.seriesIndex]!.amounts[i]!, minorUnits)}`);
        return [
          `<b>${periodLabels[i] ?? ''}</b>`,
          ...lines,
          `Total: ${formatMoney(s.total.amounts[i] ?? '0', minorUnits)}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: [...periodLabels] },
    yAxis: { type: 'value', axisLabel: { formatter: axisLabel } },
    series: series.map((x) => ({
      name: x.name,
      type: 'bar',
      stack: 'total',
      data: x.amounts.map(Number),
      ...(TYPE_COLORS[x.name] && s.by === 'capex-opex' ? { itemStyle: { color: TYPE_COLORS[x.name] } } : {}),
    })),
  };
}
