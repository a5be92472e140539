import type { EChartsCoreOption } from 'echarts/core';
import type { AssetSchedule } from '../../../src-shared/model';
import { formatMoney, isZeroMoney } from '../../../src-shared/money';
import { EVENT_LABELS } from './labels';

const COLORS = { nbv: '#2563eb', expense: '#94a3b8', expenseYear: '#475569', writeOff: '#dc2626', event: '#f59e0b' };

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

/**
 * Chart option for an asset's schedule: net book value at each period end as a line (left
 * axis), depreciation expense and write-offs per period as stacked bars (right axis), bars
 * of the selected fiscal year darker, and a marker on the NBV line at every period with an
 * event. Amounts become numbers only for drawing; the tooltip shows the exact figures
 * formatted with the asset currency's minor units.
 */
export function nbvChartOption(s: AssetSchedule, minorUnits: number, selectedFiscalYear: number): EChartsCoreOption {
  const rows = s.rows;
  const fmt = (m: string) => formatMoney(m, minorUnits);
  const hasWriteOff = rows.some((r) => !isZeroMoney(r.writeOff));
  const series: object[] = [
    {
      name: 'Net book value',
      type: 'line',
      yAxisIndex: 0,
      step: 'end',
      showSymbol: false,
      data: rows.map((r) => Number(r.netBookValue)),
      itemStyle: { color: COLORS.nbv },
      lineStyle: { width: 2 },
      z: 3,
    },
    {
      name: 'Depreciation',
      type: 'bar',
      yAxisIndex: 1,
      stack: 'charge',
      data: rows.map((r) => ({
        value: Number(r.expense),
        itemStyle: { color: r.fiscalYear === selectedFiscalYear ? COLORS.expenseYear : COLORS.expense },
      })),
      itemStyle: { color: COLORS.expense },
    },
  ];
  if (hasWriteOff) {
    series.push({
      name: 'Write-off',
      type: 'bar',
      yAxisIndex: 1,
      stack: 'charge',
      data: rows.map((r) => Number(r.writeOff)),
      itemStyle: { color: COLORS.writeOff },
    });
  }
  const eventAt = rows.map((r) => (r.events.length > 0 ? Number(r.netBookValue) : null));
  if (eventAt.some((v) => v !== null)) {
    // A line series drawing only symbols: echarts' mark components are not loaded by the shared Chart.
    series.push({
      name: 'Events',
      type: 'line',
      yAxisIndex: 0,
      data: eventAt,
      connectNulls: false,
      showAllSymbol: true,
      symbol: 'pin',
      symbolSize: 26,
      lineStyle: { opacity: 0 },
      itemStyle: { color: COLORS.event },
      label: {
        show: true,
        fontSize: 10,
        color: '#fff',
        formatter: (p: TooltipItem) => (rows[p.dataIndex]?.events ?? []).map((e) => e[0]!.toUpperCase()).join(''),
      },
      z: 4,
    });
  }
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: TooltipItem[]) => {
        const r = rows[items[0]?.dataIndex ?? 0];
        if (!r) return '';
        const lines = [
          `<b>${r.period}</b> (${r.start} – ${r.end})`,
          `Depreciation: ${fmt(r.expense)}`,
          ...(isZeroMoney(r.writeOff) ? [] : [`Write-off: ${fmt(r.writeOff)}`]),
          `Accumulated: ${fmt(r.accumulated)}`,
          `Net book value: ${fmt(r.netBookValue)}`,
          ...r.events.map((e) => `Event: ${EVENT_LABELS[e]}`),
        ];
        return lines.join('<br/>');
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => r.period), axisLabel: { fontSize: 10 } },
    yAxis: [
      { type: 'value', name: 'NBV', axisLabel: { formatter: shortNumber } },
      { type: 'value', name: 'Per period', splitLine: { show: false }, axisLabel: { formatter: shortNumber } },
    ],
    series,
  };
}
