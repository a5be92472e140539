import { describe, expect, it } from 'vitest';
import { periodTotals, reconcile, visiblePeriods } from '../../src-renderer/features/contracts/accrual-cash';
import { accrualCashOption, compactNumber } from '../../src-renderer/features/contracts/accrual-cash-option';
import type { ContractPeriodAmounts, ContractSchedule } from '../../src-shared/model';

const period = (
  fy: number,
  i: number,
  accrual: string,
  cash: string,
  prepaidBalance: string,
): ContractPeriodAmounts => ({
  period: `FY${fy}-P${String(i).padStart(2, '0')}`,
  fiscalYear: fy,
  index: i,
  start: `${fy}-${String(i).padStart(2, '0')}-01`,
  end: `${fy}-${String(i).padStart(2, '0')}-28`,
  accrual,
  cash,
  prepaidBalance,
});

// A 100.00 prepaid over three periods, split 33.33 / 33.33 / 33.34, paid in the second period.
const periods = [
  period(2026, 11, '0', '0', '0'),
  period(2026, 12, '33.33', '0', '-33.33'),
  period(2027, 1, '33.33', '100', '33.34'),
  period(2027, 2, '0', '0', '33.34'),
  period(2027, 3, '33.34', '0', '0'),
  period(2027, 4, '0', '0', '0'),
];
const schedule = (total: string): ContractSchedule => ({
  contractId: 'c1',
  code: 'CTR-1',
  currency: 'EUR',
  end: '2027-03-28',
  prices: [],
  events: [],
  payments: [],
  notice: null,
  periods,
  total,
});

describe('accrual vs cash of a contract', () => {
  it('adds accrual and cash exactly and reconciles them with the billed total', () => {
    expect(periodTotals(periods)).toEqual({ accrual: '100', cash: '100', closingBalance: '0' });
    expect(reconcile(schedule('100'))).toMatchObject({ balanced: true, total: '100' });
    expect(reconcile(schedule('100.01')).balanced).toBe(false);
    expect(periodTotals([])).toEqual({ accrual: '0', cash: '0', closingBalance: '0' });
  });

  it('drops quiet periods before and after the term but keeps quiet ones inside it, or shows one fiscal year', () => {
    expect(visiblePeriods(schedule('100'), null).map((p) => p.period)).toEqual([
      'FY2026-P12',
      'FY2027-P01',
      'FY2027-P02',
      'FY2027-P03',
    ]);
    expect(visiblePeriods(schedule('100'), 2026).map((p) => p.period)).toEqual(['FY2026-P11', 'FY2026-P12']);
    expect(periodTotals(visiblePeriods(schedule('100'), 2027))).toEqual({
      accrual: '66.67',
      cash: '100',
      closingBalance: '0',
    });
  });
});

describe('accrual vs cash chart option', () => {
  type Series = { name: string; type: string; data: (number | { value: number; itemStyle: { opacity: number } })[] };
  const build = (basis: 'accrual' | 'cash', fiscalYear: number | null) =>
    accrualCashOption({ periods: periods.slice(1, 5), minorUnits: 2, basis, fiscalYear }) as {
      series: Series[];
      xAxis: { data: string[] };
      tooltip: { formatter: (items: { dataIndex: number; marker: string; seriesName: string }[]) => string };
    };

  it('draws accrual and cash as bars per period and the prepaid balance as a line', () => {
    const o = build('accrual', null);
    expect(o.xAxis.data).toEqual(['FY2026-P12', 'FY2027-P01', 'FY2027-P02', 'FY2027-P03']);
    expect(o.series.map((s) => [s.name, s.type])).toEqual([
      ['Accrual', 'bar'],
      ['Cash', 'bar'],
      ['Prepaid balance', 'line'],
    ]);
    expect(o.series[0]!.data.map((d) => (typeof d === 'number' ? d : d.value))).toEqual([33.33, 33.33, 0, 33.34]);
    expect(o.series[2]!.data).toEqual([-33.33, 33.34, 33.34, 0]);
  });

  it('emphasises the series of the chosen basis and fades periods outside the chosen fiscal year', () => {
    const opacity = (o: ReturnType<typeof build>, s: number, i: number) => {
      const d = o.series[s]!.data[i]!;
      return typeof d === 'number' ? 1 : d.itemStyle.opacity;
    };
    const cash2027 = build('cash', 2027);
    expect(opacity(cash2027, 1, 1)).toBe(1);
    expect(opacity(cash2027, 0, 1)).toBeLessThan(1);
    expect(opacity(cash2027, 1, 0)).toBeLessThan(opacity(cash2027, 1, 1));
    const accrualAll = build('accrual', null);
    expect(opacity(accrualAll, 0, 0)).toBe(1);
    expect(opacity(accrualAll, 0, 3)).toBe(1);
  });

  it('shows exact amounts in the tooltip, not the floats used for bar heights', () => {
    const o = build('accrual', null);
    const text = o.tooltip.formatter([
      { dataIndex: 1, marker: '', seriesName: 'Accrual' },
      { dataIndex: 1, marker: '', seriesName: 'Cash' },
      { dataIndex: 1, marker: '', seriesName: 'Prepaid balance' },
    ]);
    expect(text).toBe(
      'FY2027-P01 (2027-01-01 – 2027-01-28)<br/>Accrual: 33.33<br/>Cash: 100.00<br/>Prepaid balance: 33.34',
    );
  });

  it('abbreviates axis labels', () => {
    expect(compactNumber(1_250_000)).toBe('1.25M');
    expect(compactNumber(45_000)).toBe('45k');
    expect(compactNumber(-2500)).toBe('-2.5k');
    expect(compactNumber(900)).toBe('900');
  });
});
