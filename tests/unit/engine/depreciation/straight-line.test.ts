import { describe, expect, it } from 'vitest';
import { D, sumMoney } from '../../../../src-shared/money';
import { depreciationSchedule } from '../../../../src-main/engine/depreciation';
import { asset, expenseByYear, expenses, monthPeriods } from './fixtures';

const periods = monthPeriods('2026-01-01', '2056-12-31');

describe('straight-line depreciation', () => {
  // Kieso, Weygandt & Warfield, Intermediate Accounting, ch. 11, Stanley Coal Mines crane
  // (Ill. 11-2 data: cost 500,000, salvage 50,000, 5 years; Ill. 11-4: 90,000 a year).
  it('depreciates the Kieso crane by 90,000 a year down to its 50,000 salvage', () => {
    const s = depreciationSchedule(asset({ cost: '500000', salvage: '50000', inServiceDate: '2026-01-02' }), periods);
    expect(expenseByYear(s)).toEqual({ 2026: '90000', 2027: '90000', 2028: '90000', 2029: '90000', 2030: '90000' });
    expect(s.rows).toHaveLength(60);
    expect(new Set(expenses(s))).toEqual(new Set(['7500']));
    expect(s.rows.at(-1)).toMatchObject({ period: 'FY2030-P12', accumulated: '450000', netBookValue: '50000' });
    expect(s).toMatchObject({ status: 'fully-depreciated', depreciableBase: '450000', totalExpense: '450000' });
  });

  // IRS Publication 946, Table A-8 (straight line, half-year convention), 5-year column:
  // 10%, 20%, 20%, 20%, 20%, 10%.
  it('gives half a year in the first and last fiscal years under the half-year convention (IRS Pub 946 Table A-8)', () => {
    const s = depreciationSchedule(
      asset({ cost: '10000', convention: 'half-year', inServiceDate: '2026-03-20' }),
      periods,
    );
    expect(expenseByYear(s)).toEqual({
      2026: '1000',
      2027: '2000',
      2028: '2000',
      2029: '2000',
      2030: '2000',
      2031: '1000',
    });
  });

  // IRS Publication 946, Table A-6 (residential rental property, mid-month convention,
  // straight line, 27.5 years): month 1 → year 1 3.485 %, year 2 3.636 %, year 28 1.970 %;
  // month 7 → year 1 1.667 %, year 29 0.152 %.
  it.each([
    ['2026-01-10', { 2026: '3.485', 2027: '3.636', 2053: '1.970' }],
    ['2026-07-01', { 2026: '1.667', 2027: '3.636', 2053: '3.636', 2054: '0.152' }],
  ])('matches the IRS mid-month table for real property placed in service on %s', (date, expected) => {
    const cost = '330000';
    const s = depreciationSchedule(
      asset({ cost, usefulLifeMonths: 330, convention: 'mid-month', inServiceDate: date }),
      periods,
    );
    const pct = Object.fromEntries(
      Object.entries(expenseByYear(s)).map(([fy, x]) => [fy, new D(x).div(cost).times(100).toFixed(3)]),
    );
    expect(pct).toMatchObject(expected);
    expect(s.rows).toHaveLength(331);
    expect(s.rows[0]!.expense).toBe('500');
    expect(s.rows.at(-1)!.expense).toBe('500');
    expect(s.totalExpense).toBe(cost);
  });

  it('carries the rounding residue forward instead of piling it into the last period', () => {
    const s = depreciationSchedule(asset({ cost: '1000', usefulLifeMonths: 3 }), periods);
    expect(expenses(s)).toEqual(['333.33', '333.34', '333.33']);
    expect(s.rows.map((r) => r.accumulated)).toEqual(['333.33', '666.67', '1000']);
  });

  it('keeps every period within one minor unit of its exact share and the total exact', () => {
    const s = depreciationSchedule(asset({ cost: '123456.78', salvage: '1234.56', usefulLifeMonths: 47 }), periods);
    const exact = new D('122222.22').div(47);
    for (const e of expenses(s)) expect(new D(e).minus(exact).abs().lte('0.01')).toBe(true);
    expect(sumMoney(expenses(s))).toBe('122222.22');
  });

  it('rounds half even when the workbook asks for it', () => {
    const base = asset({ cost: '0.05', usefulLifeMonths: 2 });
    expect(expenses(depreciationSchedule(base, periods))).toEqual(['0.03', '0.02']);
    expect(expenses(depreciationSchedule(base, periods, { rounding: 'HALF_EVEN' }))).toEqual(['0.02', '0.03']);
  });

  it('posts whole yen for JPY and fils for BHD', () => {
    const yen = depreciationSchedule(asset({ cost: '1000000', minorUnits: 0, usefulLifeMonths: 36 }), periods);
    expect(expenses(yen).slice(0, 3)).toEqual(['27778', '27778', '27777']);
    expect(yen.totalExpense).toBe('1000000');
    const fils = depreciationSchedule(asset({ cost: '100', minorUnits: 3, usefulLifeMonths: 7 }), periods);
    expect(expenses(fils)).toEqual(['14.286', '14.285', '14.286', '14.286', '14.286', '14.285', '14.286']);
    expect(fils.totalExpense).toBe('100');
  });

  it('gives a zero schedule for an asset whose cost equals its salvage', () => {
    const s = depreciationSchedule(asset({ cost: '800', salvage: '800', usefulLifeMonths: 12 }), periods);
    expect(s.rows).toHaveLength(12);
    expect(new Set(expenses(s))).toEqual(new Set(['0']));
    expect(s.rows.at(-1)!.netBookValue).toBe('800');
  });
});
