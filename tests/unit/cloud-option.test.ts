import { describe, expect, it } from 'vitest';
import type { CloudCurrencyTotals } from '../../src-shared/ipc/cloud-costs-contract';
import {
  byDimensionOption,
  monthlyStackOption,
  topRows,
  utilizationOption,
} from '../../src-renderer/features/cloud/cloud-option';

const totals: CloudCurrencyTotals = {
  currency: 'USD',
  total: '60.30000000001',
  byMonth: { '2024-09': '40.10000000001', '2024-10': '20.2' },
  rows: [
    { key: 'EC2', byMonth: { '2024-09': '30', '2024-10': '10' }, total: '40', rows: 3 },
    { key: 'S3', byMonth: { '2024-09': '10', '2024-10': '10' }, total: '20', rows: 2 },
    { key: 'KMS', byMonth: { '2024-09': '0.00000000001', '2024-10': '0.2' }, total: '0.20000000001', rows: 1 },
    { key: null, byMonth: { '2024-09': '0.1' }, total: '0.1', rows: 1 },
  ],
};

interface Series {
  name: string;
  data: (number | null)[];
  stack?: string;
}
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;

describe('cloud cost chart options', () => {
  it('keep the largest rows and sum the rest exactly into Other', () => {
    const top = topRows(totals, 2);
    expect(top.map((r) => r.label)).toEqual(['EC2', 'S3', 'Other (2)']);
    expect(top[2]).toMatchObject({ total: '0.30000000001', byMonth: { '2024-09': '0.10000000001', '2024-10': '0.2' } });
  });

  it('stack one series per value over the months, heights from the exact sums', () => {
    const o = monthlyStackOption(totals, ['2024-09', '2024-10'], 2, 2);
    const s = seriesOf(o);
    expect(s.map((x) => x.name)).toEqual(['EC2', 'S3', 'Other (2)']);
    expect(s.every((x) => x.stack === 'cost')).toBe(true);
    expect(s[0]!.data).toEqual([30, 10]);
    const tip = (o as { tooltip: { formatter: (i: unknown[]) => string } }).tooltip.formatter([
      { dataIndex: 1, seriesIndex: 2, marker: '' },
    ]);
    expect(tip).toContain('2024-10 · 20.20 USD');
    expect(tip).toContain('Other (2): 0.20');
  });

  it('draw totals by value largest on top, naming untagged spend', () => {
    const o = byDimensionOption(totals, 2);
    const labels = (o as { yAxis: { data: string[] } }).yAxis.data;
    expect(labels).toEqual(['(none)', 'KMS', 'S3', 'EC2']);
    expect(seriesOf(o)[0]!.data).toEqual([0.1, 0.20000000001, 20, 40]);
  });

  it('sum used and unused commitment cost per month with utilization %', () => {
    const o = utilizationOption(
      [
        { month: '2024-10', usedCost: '3', unusedCost: '1' },
        { month: '2024-09', usedCost: '1', unusedCost: '0' },
        { month: '2024-10', usedCost: '0', unusedCost: '0' },
      ],
      2,
    );
    expect((o as { xAxis: { data: string[] } }).xAxis.data).toEqual(['2024-09', '2024-10']);
    const [used, unused, pct] = seriesOf(o);
    expect(used!.data).toEqual([1, 3]);
    expect(unused!.data).toEqual([0, 1]);
    expect(pct!.data).toEqual([100, 75]);
  });
});
