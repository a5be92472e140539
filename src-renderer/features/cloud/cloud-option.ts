import type { EChartsCoreOption } from 'echarts/core';
import type { CloudCurrencyTotals } from '../../../src-shared/ipc/cloud-costs-contract';
import { D, formatMoney, toMoney, type Dec, type Money } from '../../../src-shared/money';

/** Label of a dimension value; null is spend without one (no tag, no region…). */
export const keyLabel = (key: string | null): string => key ?? '(none)';

/** The largest rows kept as their own series; the rest are summed exactly into "Other". */
export function topRows(
  totals: CloudCurrencyTotals,
  limit: number,
): { label: string; byMonth: Record<string, Money>; total: Money }[] {
  const kept = totals.rows.slice(0, limit).map((r) => ({ label: keyLabel(r.key), byMonth: r.byMonth, total: r.total }));
  const rest = totals.rows.slice(limit);
  if (rest.length === 0) return kept;
  const byMonth: Record<string, Money> = {};
  let total = new D(0);
  for (const r of rest) {
    for (const [m, v] of Object.entries(r.byMonth)) byMonth[m] = toMoney(new D(byMonth[m] ?? '0').plus(v));
    total = total.plus(r.total);
  }
  return [...kept, { label: `Other (${rest.length})`, byMonth, total: toMoney(total) }];
}

/**
 * Stacked bars of one currency's cost per charge month, one series per dimension value (the
 * largest `limit`, then "Other"). Bar heights are numbers for drawing only; tooltips show
 * the exact sums formatted to the currency.
 */
export function monthlyStackOption(
  totals: CloudCurrencyTotals,
  months: readonly string[],
  minorUnits: number,
  limit = 8,
): EChartsCoreOption {
  const series = topRows(totals, limit);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll', data: series.map((s) => s.label) },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number; seriesIndex: number; marker: string }[]) => {
        const month = months[items[0]?.dataIndex ?? 0] ?? '';
        const lines = items.map((it) => {
          const s = series[it.seriesIndex];
          return `${it.marker}${s?.label ?? ''}: ${formatMoney(s?.byMonth[month] ?? '0', minorUnits)}`;
        });
        return [
          `${month} · ${formatMoney(totals.byMonth[month] ?? '0', minorUnits)} ${totals.currency}`,
          ...lines,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: [...months] },
    yAxis: { type: 'value', name: totals.currency },
    series: series.map((s) => ({
      name: s.label,
      type: 'bar',
      stack: 'cost',
      data: months.map((m) => Number(s.byMonth[m] ?? '0')),
    })),
  };
}

/** Horizontal bars of one currency's total per dimension value, largest on top. */
export function byDimensionOption(totals: CloudCurrencyTotals, minorUnits: number, limit = 12): EChartsCoreOption {
  const rows = topRows(totals, limit).reverse();
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const r = rows[items[0]?.dataIndex ?? 0];
        return r ? `${r.label}: ${formatMoney(r.total, minorUnits)} ${totals.currency}` : '';
      },
    },
    xAxis: { type: 'value', name: totals.currency },
    yAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [{ name: totals.currency, type: 'bar', data: rows.map((r) => Number(r.total)) }],
  };
}

/** One commitment-month of used and unused commitment cost. */
export interface UtilizationPoint {
  month: string;
  usedCost: Money;
  unusedCost: Money;
}

/**
 * Used vs unused commitment cost per month (stacked bars, summed exactly over the commitments
 * given) with the utilization % as a line on a second axis.
 */
export function utilizationOption(points: readonly UtilizationPoint[], minorUnits: number): EChartsCoreOption {
  const byMonth = new Map<string, { used: Dec; unused: Dec }>();
  for (const p of points) {
    const m = byMonth.get(p.month) ?? { used: new D(0), unused: new D(0) };
    byMonth.set(p.month, { used: m.used.plus(p.usedCost), unused: m.unused.plus(p.unusedCost) });
  }
  const months = [...byMonth.keys()].sort();
  const used = months.map((m) => toMoney(byMonth.get(m)!.used));
  const unused = months.map((m) => toMoney(byMonth.get(m)!.unused));
  const pct = months.map((m) => {
    const { used: u, unused: n } = byMonth.get(m)!;
    const all = u.plus(n);
    return all.isZero() ? null : Number(u.div(all).times(100).toDecimalPlaces(2));
  });
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: ['Used', 'Unused', 'Utilization %'] },
    tooltip: {
      trigger: 'axis',
      formatter: (items: { dataIndex: number }[]) => {
        const i = items[0]?.dataIndex ?? 0;
        return [
          months[i],
          `Used: ${formatMoney(used[i] ?? '0', minorUnits)}`,
          `Unused: ${formatMoney(unused[i] ?? '0', minorUnits)}`,
          `Utilization: ${pct[i] === null ? '—' : `${pct[i]} %`}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: months },
    yAxis: [
      { type: 'value', name: 'Cost' },
      { type: 'value', name: '%', min: 0, max: 100 },
    ],
    series: [
      { name: 'Used', type: 'bar', stack: 'c', data: used.map(Number) },
      { name: 'Unused', type: 'bar', stack: 'c', data: unused.map(Number) },
      { name: 'Utilization %', type: 'line', yAxisIndex: 1, data: pct },
    ],
  };
}
