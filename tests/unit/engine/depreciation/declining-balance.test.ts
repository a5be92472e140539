import { describe, expect, it } from 'vitest';
import { D } from '../../../../src-shared/money';
import { depreciationSchedule } from '../../../../src-main/engine/depreciation';
import { asset, expenseByYear, monthPeriods } from './fixtures';

const periods = monthPeriods('2026-01-01', '2045-12-31');

/** Each fiscal year's expense as a percent of cost. */
function percentByYear(cost: string, byYear: Record<number, string>): number[] {
  return Object.values(byYear).map((x) => new D(x).div(cost).times(100).toNumber());
}

describe('double-declining balance', () => {
  // Kieso, Weygandt & Warfield, Intermediate Accounting, ch. 11, Ill. 11-7 (Stanley Coal
  // Mines crane, cost 500,000, salvage 50,000, 5 years, rate 40 %): 200,000, 120,000,
  // 72,000, 43,200, then 14,800 so book value stops at salvage.
  it.each([true, false])(
    'reproduces the Kieso crane schedule (switch to straight line: %s)',
    (switchToStraightLine) => {
      const s = depreciationSchedule(
        asset({ cost: '500000', salvage: '50000', method: 'double-declining-balance', switchToStraightLine }),
        periods,
      );
      expect(expenseByYear(s)).toEqual({ 2026: '200000', 2027: '120000', 2028: '72000', 2029: '43200', 2030: '14800' });
      expect(s.rows.at(-1)!.netBookValue).toBe('50000');
    },
  );

  it('spreads each depreciation year evenly over its periods', () => {
    const s = depreciationSchedule(
      asset({ cost: '500000', salvage: '50000', method: 'double-declining-balance' }),
      periods,
    );
    expect(s.rows.slice(0, 3).map((r) => r.expense)).toEqual(['16666.67', '16666.66', '16666.67']);
    expect(s.rows[12]!.expense).toBe('10000');
  });

  // Partial periods as Kieso ch. 11 ("Depreciation and Partial Periods") computes them:
  // each life year's amount is allocated to the fiscal years it spans. In service 1 April:
  // FY1 = 9/12 × 200,000; FY2 = 3/12 × 200,000 + 9/12 × 120,000; and so on.
  it('allocates life years to fiscal years when the asset starts mid-year', () => {
    const s = depreciationSchedule(
      asset({ cost: '500000', salvage: '50000', method: 'double-declining-balance', inServiceDate: '2026-04-01' }),
      periods,
    );
    expect(expenseByYear(s)).toEqual({
      2026: '150000',
      2027: '140000',
      2028: '84000',
      2029: '50400',
      2030: '21900',
      2031: '3700',
    });
  });

  // Straight line on the remaining base takes over once it is larger, the rule of Excel's
  // VDB function (no_switch = FALSE): VDB(10000, 0, 5, 3, 4) = 1,080.
  it('switches to straight line when that gives more, or takes the rest in the last year without the switch', () => {
    const ddb = asset({ cost: '10000', method: 'double-declining-balance' });
    expect(Object.values(expenseByYear(depreciationSchedule(ddb, periods)))).toEqual([
      '4000',
      '2400',
      '1440',
      '1080',
      '1080',
    ]);
    const plain = depreciationSchedule({ ...ddb, switchToStraightLine: false }, periods);
    expect(Object.values(expenseByYear(plain))).toEqual(['4000', '2400', '1440', '864', '1296']);
  });

  // IRS Publication 946, Table A-1 (200 % declining balance switching to straight line,
  // half-year convention), 5-year property: 20.00, 32.00, 19.20, 11.52, 11.52, 5.76 %.
  it('matches the IRS MACRS table for 5-year property exactly', () => {
    const s = depreciationSchedule(
      asset({
        cost: '10000',
        method: 'double-declining-balance',
        convention: 'half-year',
        inServiceDate: '2026-09-14',
      }),
      periods,
    );
    expect(expenseByYear(s)).toEqual({
      2026: '2000',
      2027: '3200',
      2028: '1920',
      2029: '1152',
      2030: '1152',
      2031: '576',
    });
  });

  // IRS Publication 946, Table A-1: 3-year and 7-year property (200 % DB, half-year). The
  // table rounds each percent to 0.01 and nudges some years so the column adds to 100, so
  // each year must agree within 0.01 % of cost.
  it.each([
    [36, [33.33, 44.45, 14.81, 7.41]],
    [84, [14.29, 24.49, 17.49, 12.49, 8.93, 8.92, 8.93, 4.46]],
  ])('agrees with the IRS MACRS table for %i-month property within 0.01 %%', (months, table) => {
    const cost = '100000';
    const s = depreciationSchedule(
      asset({ cost, usefulLifeMonths: months, method: 'double-declining-balance', convention: 'half-year' }),
      periods,
    );
    const pct = percentByYear(cost, expenseByYear(s));
    expect(pct).toHaveLength(table.length);
    pct.forEach((p, i) => expect(Math.abs(p - table[i]!)).toBeLessThanOrEqual(0.01 + 1e-9));
    expect(s.totalExpense).toBe(cost);
  });
});

describe('declining balance at another rate', () => {
  // IRS Publication 946, Table A-1, 15-year property: 150 % declining balance switching to
  // straight line, half-year convention; the switch comes in year 7.
  it('matches the IRS 150 % table for 15-year property within 0.01 %', () => {
    const table = [5.0, 9.5, 8.55, 7.7, 6.93, 6.23, 5.9, 5.9, 5.91, 5.9, 5.91, 5.9, 5.91, 5.9, 5.91, 2.95];
    const cost = '100000';
    const s = depreciationSchedule(
      asset({
        cost,
        usefulLifeMonths: 180,
        method: 'declining-balance',
        decliningBalancePercent: 150,
        convention: 'half-year',
      }),
      periods,
    );
    const pct = percentByYear(cost, expenseByYear(s));
    expect(pct).toHaveLength(16);
    pct.forEach((p, i) => expect(Math.abs(p - table[i]!)).toBeLessThanOrEqual(0.01 + 1e-9));
  });

  it('applies 150 % of the straight-line rate by default and switches when straight line is larger', () => {
    // 30 % a year on 100,000: 30,000, 21,000; in year 3 declining balance would give 14,700
    // but straight line on the 49,000 left over 3 years gives 16,333.33, so it switches.
    const s = depreciationSchedule(asset({ cost: '100000', method: 'declining-balance' }), periods);
    expect(Object.values(expenseByYear(s))).toEqual(['30000', '21000', '16333.33', '16333.34', '16333.33']);
  });

  it('never takes the book value below salvage, even at a steep rate', () => {
    const s = depreciationSchedule(
      asset({
        cost: '9000',
        salvage: '4000',
        method: 'declining-balance',
        decliningBalancePercent: 300,
        usefulLifeMonths: 36,
      }),
      periods,
    );
    // Rate 100 % a year: the first year alone would take 9,000; it stops at 5,000.
    expect(Object.values(expenseByYear(s))).toEqual(['5000', '0', '0']);
    expect(s.rows.every((r) => new D(r.netBookValue).gte(4000))).toBe(true);
  });
});
