import type { EChartsCoreOption } from 'echarts/core';
import type { ScenarioCompare } from '../../src-shared/model';
import { sumColumns } from '../../src-shared/budget';
import { formatMoney } from '../../src-shared/money';

/**
 * Bar chart option: totals of scenario A and B per cost center, largest first. Sums are
 * exact decimals; they become numbers only for drawing bar heights, labels stay exact.
 */
export function compareByCostCenterOption(
  compare: ScenarioCompare,
  names: { a: string; b: string },
  costCenterLabel: (id: string) => string,
  minorUnits: number,
): EChartsCoreOption {
  const byCc = new Map<string, [string, string][]>();
  for (const r of compare.rows) {
    let list = byCc.get(r.costCenterId);
    if (!list) byCc.set(r.costCenterId, (list = []));
    list.push([r.totalA, r.totalB]);
  }
  const groups = [...byCc].map(([cc, rows]) => {
    const [a = '0', b = '0'] = sumColumns(rows, 2);
    return { cc, a, b };
  });
  groups.sort((x, y) => Math.max(Number(y.a), Number(y.b)) - Math.max(Number(x.a), Number(x.b)));
  const labels = groups.map((g) => costCenterLabel(g.cc));
  const exact = new Map(
    groups.flatMap(
      (g, i) =>
        [
          [`A${i}`, g.a],
          [`B${i}`, g.b],
        ] as const,
    ),
  );
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    legend: { top: 0, data: [names.a, names.b] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number; seriesIndex: number; seriesName: string; marker: string }[]) => {
        const i = items[0]?.dataIndex ?? 0;
        const lines = items.map(
          (it) =>
            `${it.marker}${it.seriesName}: ${formatMoney(exact.get(`${it.seriesIndex === 0 ? 'A' : 'B'}${i}`) ?? '0', minorUnits)}`,
        );
        return [labels[i], ...lines].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: labels.map((l) => l.split(' ')[0]), axisLabel: { rotate: 45, fontSize: 10 } },
    yAxis: {
      type: 'value',
      axisLabel: {
        formatter: (v: number) => (Math.abs(v) >= 1e6 ? `${v / 1e6}M` : Math.abs(v) >= 1e3 ? `${v / 1e3}k` : String(v)),
      },
    },
    series: [
      { name: names.a, type: 'bar', data: groups.map((g) => Number(g.a)), itemStyle: { color: '#94a3b8' } },
      { name: names.b, type: 'bar', data: groups.map((g) => Number(g.b)), itemStyle: { color: '#2563eb' } },
    ],
  };
}
