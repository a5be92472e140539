import { describe, expect, it } from 'vitest';
import type { AssetSchedule, AssetScheduleRow } from '../../src-shared/model';
import { scheduleCheck, scheduleLines, yearEndRow } from '../../src-renderer/features/assets/schedule-table';
import { nbvChartOption } from '../../src-renderer/features/assets/nbv-chart-option';

const row = (
  period: string,
  expense: string,
  accumulated: string,
  nbv: string,
  extra: Partial<AssetScheduleRow> = {},
) => {
  const [fy, p] = period.replace('FY', '').split('-P');
  return {
    period,
    fiscalYear: Number(fy),
    index: Number(p),
    start: `${fy}-${p}-01`,
    end: `${fy}-${p}-28`,
    expense,
    writeOff: '0',
    accumulated,
    netBookValue: nbv,
    events: [],
    ...extra,
  } satisfies AssetScheduleRow;
};

/** Cost 1.00, salvage 0.10, over three periods straddling a year end: 0.30 + 0.30 + 0.30. */
const schedule = (patch: Partial<AssetSchedule> = {}): AssetSchedule => ({
  assetId: 'a1',
  code: 'FA-1',
  name: 'Test',
  currency: 'EUR',
  expenseType: 'CapEx',
  classificationRule: 'CapEx: server',
  cost: '1',
  salvage: '0.1',
  depreciableBase: '0.9',
  totalExpense: '0.9',
  totalWriteOff: '0',
  status: 'fully-depreciated',
  rows: [
    row('FY2025-P12', '0.3', '0.3', '0.7'),
    row('FY2026-P01', '0.3', '0.6', '0.4'),
    row('FY2026-P02', '0.3', '0.9', '0.1'),
  ],
  ...patch,
});

describe('asset schedule table', () => {
  it('closes each fiscal year with an exact subtotal and its year-end accumulated and NBV', () => {
    const lines = scheduleLines(schedule().rows);
    expect(lines.map((l) => (l.kind === 'period' ? l.row.period : `FY${l.fiscalYear}`))).toEqual([
      'FY2025-P12',
      'FY2025',
      'FY2026-P01',
      'FY2026-P02',
      'FY2026',
    ]);
    const y2026 = lines[4]!;
    expect(y2026).toMatchObject({ kind: 'year', periods: 2, expense: '0.6', writeOff: '0', netBookValue: '0.1' });
    expect(yearEndRow(schedule().rows, 2025)?.netBookValue).toBe('0.7');
    expect(yearEndRow(schedule().rows, 2030)).toBeNull();
  });

  it('reconciles Σ expense + write-offs to cost − salvage, exactly, for an asset run down to its salvage', () => {
    const c = scheduleCheck(schedule());
    expect(c).toMatchObject({
      expense: '0.9',
      writeOff: '0',
      total: '0.9',
      endNbv: '0.1',
      endsAtSalvage: true,
      ok: true,
    });
  });

  it('reconciles a disposal to the whole cost and flags totals that do not add up', () => {
    const disposed = schedule({
      status: 'disposed',
      totalExpense: '0.6',
      totalWriteOff: '0.4',
      rows: [
        row('FY2025-P12', '0.3', '0.3', '0.7'),
        row('FY2026-P01', '0.3', '0.6', '0', { writeOff: '0.4', events: ['disposal'] }),
      ],
    });
    expect(scheduleCheck(disposed)).toMatchObject({ total: '1', consumed: '1', endsAtSalvage: false, ok: true });
    expect(scheduleCheck({ ...disposed, totalWriteOff: '0.41' }).ok).toBe(false);
  });
});

describe('NBV chart option', () => {
  it('draws NBV as a line and expense as bars, darkening the selected year, with exact amounts in the tooltip', () => {
    const opt = nbvChartOption(schedule(), 2, 2026) as {
      series: { name: string; data: unknown[] }[];
      xAxis: { data: string[] };
      tooltip: { formatter: (items: { dataIndex: number }[]) => string };
    };
    expect(opt.xAxis.data).toEqual(['FY2025-P12', 'FY2026-P01', 'FY2026-P02']);
    expect(opt.series.map((s) => s.name)).toEqual(['Net book value', 'Depreciation']);
    expect(opt.series[0]!.data).toEqual([0.7, 0.4, 0.1]);
    const bars = opt.series[1]!.data as { value: number; itemStyle: { color: string } }[];
    expect(bars.map((b) => b.value)).toEqual([0.3, 0.3, 0.3]);
    expect(bars[0]!.itemStyle.color).not.toBe(bars[1]!.itemStyle.color);
    expect(bars[1]!.itemStyle.color).toBe(bars[2]!.itemStyle.color);
    const tip = opt.tooltip.formatter([{ dataIndex: 2 }]);
    expect(tip).toContain('Net book value: 0.10');
    expect(tip).toContain('Accumulated: 0.90');
  });

  it('adds write-off bars and a marker at each period with an event, only when there are any', () => {
    const s = schedule({
      rows: [
        row('FY2025-P12', '0.3', '0.3', '0.7'),
        row('FY2026-P01', '0.3', '0.6', '0', { writeOff: '0.4', events: ['disposal'] }),
      ],
    });
    const opt = nbvChartOption(s, 0, 2026) as {
      series: { name: string; data: unknown[] }[];
      tooltip: { formatter: (items: { dataIndex: number }[]) => string };
    };
    expect(opt.series.map((x) => x.name)).toEqual(['Net book value', 'Depreciation', 'Write-off', 'Events']);
    expect(opt.series[2]!.data).toEqual([0, 0.4]);
    expect(opt.series[3]!.data).toEqual([null, 0]);
    expect(opt.tooltip.formatter([{ dataIndex: 1 }])).toContain('Event: Disposal');
  });
});
