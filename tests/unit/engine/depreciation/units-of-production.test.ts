import { describe, expect, it } from 'vitest';
import { depreciationSchedule } from '../../../../src-main/engine/depreciation';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { asset, expenseByYear, expenses, monthPeriods } from './fixtures';

const periods = monthPeriods('2026-01-01', '2032-12-31');
const keys = periods.map((p) => p.key);
const crane = asset({ cost: '500000', salvage: '50000', method: 'units-of-production', totalUnits: 30000 });

/** Units per period key from a list starting at the first period. */
const usage = (units: number[], from = 0) => Object.fromEntries(units.map((u, i) => [keys[from + i]!, u]));

describe('units-of-production depreciation', () => {
  // Kieso, Weygandt & Warfield, Intermediate Accounting, ch. 11, Ill. 11-3 (activity method):
  // (500,000 − 50,000) / 30,000 hours = 15 per hour; 4,000 hours in the first year = 60,000.
  it('charges the Kieso crane 15 per hour, 60,000 for 4,000 hours in its first year', () => {
    const hours = [300, 350, 400, 300, 250, 350, 400, 300, 350, 300, 350, 350];
    const s = depreciationSchedule({ ...crane, unitsByPeriod: usage(hours) }, periods);
    expect(expenseByYear(s)[2026]).toBe('60000');
    expect(expenses(s).slice(0, 3)).toEqual(['4500', '5250', '6000']);
  });

  it('is fully depreciated as soon as the expected units are used up', () => {
    const s = depreciationSchedule({ ...crane, unitsByPeriod: usage([10000, 15000, 8000, 500]) }, periods);
    expect(expenses(s)).toEqual(['150000', '225000', '75000']);
    expect(s.status).toBe('fully-depreciated');
    expect(s.rows.at(-1)!.netBookValue).toBe('50000');
  });

  it('expenses what is left in the last period of the useful life when usage falls short', () => {
    const s = depreciationSchedule({ ...crane, usefulLifeMonths: 12, unitsByPeriod: usage([1000, 1000]) }, periods);
    expect(s.rows).toHaveLength(12);
    expect(expenses(s).slice(0, 3)).toEqual(['15000', '15000', '0']);
    expect(s.rows.at(-1)!.expense).toBe('420000');
    expect(s.totalExpense).toBe('450000');
  });

  it('handles fractional units exactly', () => {
    const s = depreciationSchedule(
      asset({
        cost: '100',
        method: 'units-of-production',
        totalUnits: 0.3,
        usefulLifeMonths: 3,
        unitsByPeriod: usage([0.1, 0.1, 0.1]),
      }),
      periods,
    );
    expect(expenses(s)).toEqual(['33.33', '33.34', '33.33']);
  });

  it('ignores the convention and counts units from the in-service period', () => {
    const s = depreciationSchedule({ ...crane, convention: 'next-period', unitsByPeriod: usage([3000]) }, periods);
    expect(s.rows[0]!.expense).toBe('45000');
  });

  it('refuses missing expected units or negative usage, naming the field', () => {
    expect(() => depreciationSchedule({ ...crane, totalUnits: undefined }, periods)).toThrow(EngineInputError);
    try {
      depreciationSchedule({ ...crane, unitsByPeriod: { [keys[0]!]: -5 } }, periods);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ item: 'A-1', field: `unitsByPeriod.${keys[0]}` });
    }
  });
});
