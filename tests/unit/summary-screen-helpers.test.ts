import { describe, expect, it } from 'vitest';
import type { AccountingSummary, AccountingSummaryLine } from '../../src-shared/model';
import { sumMoney } from '../../src-shared/money';
import { summaryChartOption } from '../../src-renderer/features/summary/summary-chart-option';
import { missingRateOf } from '../../src-renderer/features/summary/summary-error';
import { capexSharePercent } from '../../src-renderer/features/summary/summary-figures';
import { periodHeading, periodTooltip } from '../../src-renderer/features/summary/summary-periods';
import { summaryGridRows, TOTAL_ROW_ID } from '../../src-renderer/features/summary/summary-rows';

const line = (amounts: string[]): AccountingSummaryLine => ({ amounts, total: sumMoney(amounts) });
const ZERO = line(['0', '0', '0']);

/** Three periods, two cost centers (one of them none), CapEx 1,000.10 and OpEx 2,345.50. */
function summary(by: AccountingSummary['by']): AccountingSummary {
  const capex = line(['1000.1', '0', '0']);
  const opex = line(['100', '1234.5', '1011']);
  const rows =
    by === 'capex-opex'
      ? [
          { key: 'CapEx', label: 'CapEx', ...capex },
          { key: 'OpEx', label: 'OpEx', ...opex },
        ]
      : [
          { key: 'cc-1', label: 'CC-100 Servers', ...line(['1100.1', '1234.5', '0']) },
          { key: '', label: '(no cost center)', ...line(['0', '0', '1011']) },
        ];
  return {
    fiscalYear: 2027,
    view: 'accrual',
    by,
    baseCurrency: 'USD',
    calendarKind: 'calendar-months',
    periods: ['2026-07', '2026-08', '2026-09'].map((month, i) => ({
      key: `FY2027-P0${i + 1}`,
      index: i + 1,
      start: `${month}-01`,
      end: `${month}-${i === 1 ? 31 : 30}`,
      fxMonth: month,
      month,
    })),
    rows,
    total: line(['1100.1', '1234.5', '1011']),
    split: { CapEx: capex.total, OpEx: opex.total },
    splitByPeriod: { CapEx: capex, OpEx: opex },
    sources: { planned: line(['1100.1', '1234.5', '1011']), contracts: ZERO, invoices: ZERO, assets: ZERO },
    counts: { contracts: 0, costItems: 0, assets: 0 },
    balances: { prepaid: ['0', '0', '0'], accrued: ['0', '0', '0'] },
    scenario: { id: 's', name: 'Baseline', budgetLines: 2 },
    actual: {
      count: 0,
      rows: [],
      total: ZERO,
      split: { CapEx: '0', OpEx: '0' },
      atBudgetRate: ZERO,
      fxVariance: ZERO,
      variance: ZERO,
      volumePrice: ZERO,
      missingActualRates: [],
    },
  };
}

interface BarSeries {
  name: string;
  type: string;
  stack: string;
  data: number[];
}
type Formatter = (items: { dataIndex: number; seriesIndex: number; seriesName: string; marker: string }[]) => string;

const LABELS = ['Jul 2026', 'Aug 2026', 'Sep 2026'];

describe('summaryChartOption', () => {
  it('stacks CapEx over OpEx per period for the CapEx/OpEx grouping', () => {
    const option = summaryChartOption(summary('capex-opex'), LABELS, 2);
    const series = option.series as BarSeries[];
    expect(series.map((s) => [s.name, s.type, s.stack])).toEqual([
      ['CapEx', 'bar', 'total'],
      ['OpEx', 'bar', 'total'],
    ]);
    expect(series.map((s) => s.data)).toEqual([
      [1000.1, 0, 0],
      [100, 1234.5, 1011],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(LABELS);
  });

  it('has one stacked series per row for cost centers and towers', () => {
    const series = summaryChartOption(summary('cost-center'), LABELS, 2).series as BarSeries[];
    expect(series.map((s) => s.name)).toEqual(['CC-100 Servers', '(no cost center)']);
    expect(new Set(series.map((s) => s.stack))).toEqual(new Set(['total']));
    expect(series[1]!.data).toEqual([0, 0, 1011]);
  });

  it('shows exact formatted amounts and the period total in the tooltip, leaving out empty series', () => {
    const option = summaryChartOption(summary('capex-opex'), LABELS, 2);
    const format = (option.tooltip as { formatter: Formatter }).formatter;
    const items = [
      { dataIndex: 0, seriesIndex: 0, seriesName: 'CapEx', marker: '' },
      { dataIndex: 0, seriesIndex: 1, seriesName: 'OpEx', marker: '' },
    ];
    expect(format(items)).toBe('<b>Jul 2026</b><br/>CapEx: 1,000.10<br/>OpEx: 100.00<br/>Total: 1,100.10');
    expect(format(items.map((it) => ({ ...it, dataIndex: 1 })))).toBe(
      '<b>Aug 2026</b><br/>OpEx: 1,234.50<br/>Total: 1,234.50',
    );
  });
});

describe('summary grid rows', () => {
  it('pins the total, and for cost centers the CapEx/OpEx split under it', () => {
    const byType = summaryGridRows(summary('capex-opex'));
    expect(byType.rows.map((r) => r.label)).toEqual(['CapEx', 'OpEx']);
    expect(byType.pinned.map((r) => [r.id, r.total])).toEqual([[TOTAL_ROW_ID, '3345.6']]);
    const byCc = summaryGridRows(summary('cost-center'));
    expect(byCc.pinned.map((r) => [r.label, r.total])).toEqual([
      ['Total', '3345.6'],
      ['of which CapEx', '1000.1'],
      ['of which OpEx', '2345.5'],
    ]);
  });
});

describe('summary figures and labels', () => {
  it('gives the CapEx share to one decimal, and none for a zero total', () => {
    expect(capexSharePercent('1000.1', '3345.6')).toBe('29.9');
    expect(capexSharePercent('1', '3')).toBe('33.3');
    expect(capexSharePercent('0', '0')).toBeNull();
  });

  it('heads calendar-month periods with the month and retail periods with P01…, dates in the tooltip', () => {
    const p = summary('capex-opex').periods[0]!;
    expect(periodHeading(p, 'calendar-months')).toBe('Jul 2026');
    expect(periodHeading(p, 'retail')).toBe('P01');
    expect(periodTooltip(p, 'calendar-months')).toBe('FY2027-P01: 2026-07-01 – 2026-07-30');
    expect(periodTooltip(p, 'retail')).toBe('FY2027-P01: 2026-07-01 – 2026-07-30 (budget and actuals of Jul 2026)');
  });

  it('reads the pair and month of a missing FX rate from the details of the refusal', () => {
    const message = 'FY2027 summary: No budget FX rate for EUR/USD in period 2027-03';
    const details = { item: 'EUR/USD', field: 'budgetRate', period: '2027-03', rateKind: 'budget' };
    expect(missingRateOf({ code: 'validation', message, details })).toEqual({
      rateKind: 'budget',
      pair: 'EUR/USD',
      month: '2027-03',
    });
    expect(missingRateOf({ code: 'validation', message, details: { ...details, rateKind: 'actual' } })?.rateKind).toBe(
      'actual',
    );
    expect(missingRateOf({ code: 'not-found', message: 'There is no scenario with id "x".' })).toBeNull();
    expect(missingRateOf({ code: 'validation', message: 'asset A-1: salvage …', details: { item: 'A-1' } })).toBeNull();
    expect(missingRateOf(null)).toBeNull();
  });
});
