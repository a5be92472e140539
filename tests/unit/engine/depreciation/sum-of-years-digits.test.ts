import { describe, expect, it } from 'vitest';
import { sumMoney } from '../../../../src-shared/money';
import { depreciationSchedule } from '../../../../src-main/engine/depreciation';
import { asset, expenseByYear, expenses, monthPeriods } from './fixtures';

const periods = monthPeriods('2026-01-01', '2040-12-31');
const crane = asset({ cost: '500000', salvage: '50000', method: 'sum-of-the-years-digits' });

describe("sum-of-the-years'-digits depreciation", () => {
  // Kieso, Weygandt & Warfield, Intermediate Accounting, ch. 11, Ill. 11-6 (Stanley Coal
  // Mines crane): 5/15, 4/15, 3/15, 2/15, 1/15 of 450,000.
  it('reproduces the Kieso crane schedule', () => {
    const s = depreciationSchedule(crane, periods);
    expect(expenseByYear(s)).toEqual({ 2026: '150000', 2027: '120000', 2028: '90000', 2029: '60000', 2030: '30000' });
    expect(s.rows.at(-1)!.netBookValue).toBe('50000');
  });

  it('spreads each life year evenly over its twelve periods', () => {
    const s = depreciationSchedule(crane, periods);
    expect(new Set(expenses(s).slice(0, 12))).toEqual(new Set(['12500']));
    expect(new Set(expenses(s).slice(12, 24))).toEqual(new Set(['10000']));
  });

  // Kieso ch. 11, "Depreciation and Partial Periods": life-year amounts are allocated to the
  // fiscal years they span. In service 1 April: FY1 = 9/12 × 150,000 = 112,500;
  // FY2 = 3/12 × 150,000 + 9/12 × 120,000 = 127,500; …; FY6 = 3/12 × 30,000 = 7,500.
  it('allocates life years across fiscal years for an asset placed in service on 1 April', () => {
    const s = depreciationSchedule({ ...crane, inServiceDate: '2026-04-01' }, periods);
    expect(expenseByYear(s)).toEqual({
      2026: '112500',
      2027: '127500',
      2028: '97500',
      2029: '67500',
      2030: '37500',
      2031: '7500',
    });
  });

  it('weighs a final part year by its length times the life left, and still totals the base', () => {
    // 30 months: weights 12 × 30, 12 × 18, 6 × 6 = 360, 216, 36 of 612.
    const s = depreciationSchedule(
      asset({ cost: '6120', method: 'sum-of-the-years-digits', usefulLifeMonths: 30 }),
      periods,
    );
    expect(expenseByYear(s)).toEqual({ 2026: '3600', 2027: '2160', 2028: '360' });
    expect(sumMoney(expenses(s))).toBe('6120');
  });

  it('puts half of the first life year in the first fiscal year under the half-year convention', () => {
    const s = depreciationSchedule({ ...crane, convention: 'half-year', inServiceDate: '2026-11-03' }, periods);
    expect(expenseByYear(s)).toEqual({
      2026: '75000',
      2027: '135000',
      2028: '105000',
      2029: '75000',
      2030: '45000',
      2031: '15000',
    });
    // The first fiscal year's half is booked in the two periods the asset is in service.
    expect(expenses(s).slice(0, 2)).toEqual(['37500', '37500']);
  });
});
