import type { EChartsCoreOption } from 'echarts/core';
import { monthLabel, type MonthKey } from '../../../src-shared/calendar/fiscal';
import type { DriverLineCostView } from '../../../src-shared/model/drivers';
import { formatMoney, sumMoney, type Money } from '../../../src-shared/money';

const PARTS = [
  { key: 'fixed', name: 'Fixed', color: '#94a3b8' },
  { key: 'variable', name: 'Variable (rate × driver)', color: '#2563eb' },
  { key: 'step', name: 'Step (tiers)', color: '#f59e0b' },
] as const;

/** Exact monthly sums of each part over the lines (all in one currency). */
export function monthlyParts(
  lines: readonly DriverLineCostView[],
  months: readonly MonthKey[],
): Record<'fixed' | 'variable' | 'step', Money[]> {
  const at = (k: 'fixed' | 'variable' | 'step', m: MonthKey) =>
    sumMoney(lines.map((l) => l.months.find((x) => x.month === m)?.[k] ?? '0'));
  return {
    fixed: months.map((m) => at('fixed', m)),
    variable: months.map((m) => at('variable', m)),
    step: months.map((m) => at('step', m)),
  };
}

/**
 * Stacked bars of the driver-based lines' fixed, variable and step cost per month, so a
 * jump in a driver shows as a taller variable (or step) bar on the same fixed base. Sums
 * are exact; they become numbers only for bar heights, the tooltip shows the exact sums.
 */
export function driverCostOption(
  lines: readonly DriverLineCostView[],
  months: readonly MonthKey[],
  minorUnits: number,
): EChartsCoreOption {
  const parts = monthlyParts(lines, months);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, data: PARTS.map((p) => p.name) },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number; seriesIndex: number; seriesName: string; marker: string }[]) => {
        const i = items[0]?.dataIndex ?? 0;
        const rows = items.map((it) => {
          const part = PARTS[it.seriesIndex];
          return `${it.marker}${it.seriesName}: ${formatMoney(part ? parts[part.key][i]! : '0', minorUnits)}`;
        });
        const total = sumMoney(PARTS.map((p) => parts[p.key][i]!));
        return [monthLabel(months[i]!), ...rows, `Total: ${formatMoney(total, minorUnits)}`].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(m)) },
    yAxis: {
      type: 'value',
      axisLabel: {
        formatter: (v: number) => (Math.abs(v) >= 1e6 ? `${v / 1e6}M` : Math.abs(v) >= 1e3 ? `${v / 1e3}k` : String(v)),
      },
    },
    series: PARTS.map((p) => ({
      name: p.name,
      type: 'bar',
      stack: 'cost',
      data: parts[p.key].map(Number),
      itemStyle: { color: p.color },
    })),
  };
}
