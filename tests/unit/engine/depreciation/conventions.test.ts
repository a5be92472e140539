import { describe, expect, it } from 'vitest';
import { createFiscalCalendar, periodsBetween } from '../../../../src-shared/calendar';
import { depreciationSchedule, lifePeriods } from '../../../../src-main/engine/depreciation';
import { asset, expenseByYear, expenses, monthPeriods } from './fixtures';

const periods = monthPeriods('2026-01-01', '2033-12-31');
// 12,000 over 60 months: 200 a month, 2,400 a year.
const base = asset({ cost: '12000', inServiceDate: '2026-03-31' });

describe('depreciation conventions', () => {
  it('full month: starts with a full period in the in-service period', () => {
    const s = depreciationSchedule(base, periods);
    expect(s.rows).toHaveLength(60);
    expect(s.rows[0]).toMatchObject({ period: 'FY2026-P03', expense: '200' });
    expect(s.rows.at(-1)).toMatchObject({ period: 'FY2031-P02', netBookValue: '0' });
  });

  it('next period: shows the in-service period with no expense and starts the month after', () => {
    const s = depreciationSchedule({ ...base, convention: 'next-period' }, periods);
    expect(s.rows).toHaveLength(61);
    expect(s.rows[0]).toMatchObject({ period: 'FY2026-P03', expense: '0', netBookValue: '12000' });
    expect(s.rows[1]!.expense).toBe('200');
    expect(s.rows.at(-1)).toMatchObject({ period: 'FY2031-P03', expense: '200', netBookValue: '0' });
  });

  it('mid-month: half a period at the start and at the end', () => {
    const s = depreciationSchedule({ ...base, convention: 'mid-month' }, periods);
    expect(s.rows).toHaveLength(61);
    expect(expenses(s)[0]).toBe('100');
    expect(new Set(expenses(s).slice(1, 60))).toEqual(new Set(['200']));
    expect(s.rows.at(-1)).toMatchObject({ period: 'FY2031-P03', expense: '100', netBookValue: '0' });
  });

  it('half year: half a year in the first fiscal year, booked only in the periods the asset is in service', () => {
    // Fiscal years start in July; in service in September (period 3) of FY2027.
    const july = monthPeriods('2026-07-01', '2033-06-30', 7);
    const s = depreciationSchedule({ ...base, inServiceDate: '2026-09-10', convention: 'half-year' }, july);
    expect(expenseByYear(s)).toEqual({
      2027: '1200',
      2028: '2400',
      2029: '2400',
      2030: '2400',
      2031: '2400',
      2032: '1200',
    });
    expect(s.rows[0]).toMatchObject({ period: 'FY2027-P03', expense: '120' });
    expect(expenses(s).slice(0, 10)).toEqual(Array(10).fill('120'));
    // The last fiscal year's half runs from its first period to mid-year.
    expect(s.rows.at(-1)).toMatchObject({ period: 'FY2032-P06', netBookValue: '0' });
  });

  it('half year: an asset placed in service in the last period still gets half a year in it', () => {
    const s = depreciationSchedule({ ...base, inServiceDate: '2026-12-31', convention: 'half-year' }, periods);
    expect(s.rows[0]).toMatchObject({ period: 'FY2026-P12', expense: '1200' });
  });
});

describe('depreciation in a retail 4-4-5 calendar', () => {
  // NRF-style: the year ends on the Saturday nearest 31 January; 2023 has 53 weeks.
  const retail = createFiscalCalendar({
    kind: 'retail',
    pattern: '4-4-5',
    endWeekday: 6,
    rule: 'nearest',
    endMonth: 1,
    naming: 'start-year',
  });
  const spans = periodsBetween(retail, '2022-02-01', '2029-01-31');

  it('counts each 4- or 5-week period as one month of life', () => {
    const s = depreciationSchedule({ ...base, inServiceDate: '2022-02-15' }, spans);
    expect(s.rows).toHaveLength(60);
    expect(new Set(expenses(s))).toEqual(new Set(['200']));
    // Every fiscal year, the 53-week one included, gets twelve periods' worth.
    expect(spans.filter((p) => p.fiscalYear === 2023).reduce((days, p) => days + p.days, 0)).toBe(371);
    expect(Object.values(expenseByYear(s))).toEqual(['2400', '2400', '2400', '2400', '2400']);
  });

  it('applies the half-year convention by retail fiscal year', () => {
    const s = depreciationSchedule({ ...base, inServiceDate: '2022-08-01', convention: 'half-year' }, spans);
    expect(Object.values(expenseByYear(s))).toEqual(['1200', '2400', '2400', '2400', '2400', '1200']);
  });

  it('finds the periods an asset needs from the calendar itself', () => {
    const life = lifePeriods(retail, { ...base, inServiceDate: '2024-05-05', convention: 'mid-month' });
    const s = depreciationSchedule({ ...base, inServiceDate: '2024-05-05', convention: 'mid-month' }, life);
    expect(s.status).toBe('fully-depreciated');
    expect(s.totalExpense).toBe('12000');
    expect(life[0]!.start <= '2024-05-05').toBe(true);
  });
});
