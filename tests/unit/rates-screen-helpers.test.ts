import { describe, expect, it } from 'vitest';
import { recoveryOption } from '../../src-renderer/features/rates/recovery-option';
import { normalizeQuantity, pastedCells } from '../../src-renderer/features/rates/volume-paste';
import type { RecoveryView } from '../../src-shared/model/rates';

const view: RecoveryView = {
  fiscalYear: 2026,
  currency: 'EUR',
  card: null,
  months: ['2026-01', '2026-02'],
  notAllocated: [],
  services: [],
  rows: [],
  byService: [],
  byMonth: [
    { month: '2026-01', cost: '1000', recovered: '1100.5', variance: '100.5' },
    { month: '2026-02', cost: '1234.57', recovered: '1200', variance: '-34.57' },
  ],
  total: { cost: '2234.57', recovered: '2300.5', variance: '65.93' },
};

type Series = { name: string; type: string; data: number[] };
type Tooltip = {
  formatter: (items: { dataIndex: number; seriesIndex: number; marker: string; seriesName: string }[]) => string;
};

describe('the recovery chart option', () => {
  it('draws cost and recovered as bars and the over/under as a line, a point per month', () => {
    const option = recoveryOption(view, 2) as { series: Series[]; xAxis: { data: string[] } };
    expect(option.series.map((s) => [s.type, s.data])).toEqual([
      ['bar', [1000, 1234.57]],
      ['bar', [1100.5, 1200]],
      ['line', [100.5, -34.57]],
    ]);
    expect(option.xAxis.data).toHaveLength(2);
  });

  it('shows the exact amounts of the month in the tooltip', () => {
    const option = recoveryOption(view, 2) as { tooltip: Tooltip };
    const text = option.tooltip.formatter([
      { dataIndex: 1, seriesIndex: 1, marker: '', seriesName: 'Recovered' },
      { dataIndex: 1, seriesIndex: 2, marker: '', seriesName: 'Over / under' },
    ]);
    expect(text).toContain('Recovered: 1,200.00');
    expect(text).toContain('Over / under: (34.57)');
  });
});

describe('pasting volumes', () => {
  it('places a block from the focused cell and drops what falls outside the grid', () => {
    const cells = pastedCells('1,200\t3\t9\r\n4.5\t\r\n7\t8\n', ['FIN', 'HR'], ['VM', 'GB'], 0, 0);
    expect(cells).toEqual([
      { rowId: 'FIN', colId: 'VM', value: '1200' },
      { rowId: 'FIN', colId: 'GB', value: '3' },
      { rowId: 'HR', colId: 'VM', value: '4.5' },
      { rowId: 'HR', colId: 'GB', value: '' },
    ]);
  });

  it('passes unreadable text through so the refusal can name it', () => {
    expect(normalizeQuantity(' ten ')).toBe('ten');
    expect(normalizeQuantity('')).toBe('');
  });
});
