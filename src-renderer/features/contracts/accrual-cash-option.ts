import type { EChartsCoreOption } from 'echarts/core';
import type { ContractPeriodAmounts } from '../../../src-shared/model';
import { formatMoney, type Money } from '../../../src-shared/money';
import type { Basis } from '../../state/view-state';

export interface AccrualCashChartInput {
  periods: readonly ContractPeriodAmounts[];
  minorUnits: number;
  /** The header's accrual/cash switch: that series is drawn strong, the other muted. */
  basis: Basis;
  /** Bars outside this fiscal year are faded; null shows every period alike. */
  fiscalYear: number | null;
}

const COLORS = { accrual: '#2563eb', cash: '#0f766e', balance: '#d97706' } as const;

/** Axis labels short enough for 36+ periods: 1.2M, 45k, 900. */
export function compactNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toFixed(2)}M`;
  if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
  return String(v);
}

/**
 * Accrual and cash bars per fiscal period with the prepaid balance as a line. Amounts
 * become numbers only for bar heights; the tooltip shows the exact decimal strings.
 */
export function accrualCashOption(input: AccrualCashChartInput): EChartsCoreOption {
  const { periods, minorUnits, basis, fiscalYear } = input;
  const fmt = (m: Money) => formatMoney(m, minorUnits);
  const weight = (s: Basis) => (s === basis ? 1 : 0.4);
  // Outside the chosen fiscal year bars fade, so that year stands out in a multi-year term.
  const inYear = (p: ContractPeriodAmounts) => fiscalYear === null || p.fiscalYear === fiscalYear;
  const bars = (s: Basis, pick: (p: ContractPeriodAmounts) => Money) =>
    periods.map((p) => ({
      value: Number(pick(p)),
      itemStyle: { opacity: weight(s) * (inYear(p) ? 1 : 0.45) },
    }));
  const series = [
    {
      name: 'Accrual',
      type: 'bar',
      data: bars('accrual', (p) => p.accrual),
      itemStyle: { color: COLORS.accrual },
      z: basis === 'accrual' ? 3 : 2,
    },
    {
      name: 'Cash',
      type: 'bar',
      data: bars('cash', (p) => p.cash),
      itemStyle: { color: COLORS.cash },
      z: basis === 'cash' ? 3 : 2,
    },
    {
      name: 'Prepaid balance',
      type: 'line',
      step: 'end',
      symbol: 'none',
      data: periods.map((p) => Number(p.prepaidBalance)),
      lineStyle: { color: COLORS.balance, width: 2 },
      itemStyle: { color: COLORS.balance },
    },
  ];
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, data: series.map((s) => s.name) },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number; marker: string; seriesName: string }[]) => {
        const p = periods[items[0]?.dataIndex ?? 0];
        if (!p) return '';
        const exact: Record<string, Money> = {
          Accrual: p.accrual,
          Cash: p.cash,
          'Prepaid balance': p.prepaidBalance,
        };
        const lines = items.map((it) => `${it.marker}${it.seriesName}: ${fmt(exact[it.seriesName] ?? '0')}`);
        return [`${p.period} (${p.start} – ${p.end})`, ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: periods.map((p) => p.period),
      axisLabel: { fontSize: 10, formatter: (k: string) => k.replace(/^FY(\d{4})-P/, '$1·') },
    },
    yAxis: { type: 'value', axisLabel: { formatter: compactNumber } },
    series,
  };
}
