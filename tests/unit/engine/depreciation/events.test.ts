import { describe, expect, it } from 'vitest';
import { sumMoney, subMoney } from '../../../../src-shared/money';
import { depreciationSchedule } from '../../../../src-main/engine/depreciation';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { asset, expenseByYear, expenses, monthPeriods } from './fixtures';

const periods = monthPeriods('2016-01-01', '2045-12-31');
// 12,000 over 60 months from January 2026: 200 a month.
const laptopFleet = asset({ cost: '12000', inServiceDate: '2026-01-05' });

function thrown(f: () => unknown): EngineInputError {
  try {
    f();
  } catch (e) {
    if (e instanceof EngineInputError) return e;
    throw e;
  }
  throw new Error('expected an EngineInputError');
}

describe('disposal before the end of life', () => {
  it('depreciates the disposal period, then writes off the whole net book value and ends the schedule', () => {
    const s = depreciationSchedule(
      { ...laptopFleet, salvage: '2000', events: [{ kind: 'disposal', date: '2027-01-20' }] },
      periods,
    );
    // (12,000 − 2,000) / 60 = 166.67 a month; 13 months = 2,166.67 accumulated.
    expect(s.status).toBe('disposed');
    expect(s.rows).toHaveLength(13);
    expect(s.rows.at(-1)).toMatchObject({
      period: 'FY2027-P01',
      expense: '166.67',
      accumulated: '2166.67',
      writeOff: '9833.33',
      netBookValue: '0',
      events: ['disposal'],
    });
    expect(sumMoney([s.totalExpense, s.totalWriteOff])).toBe('12000');
  });

  it('takes half a period in the disposal period under the mid-month convention', () => {
    const s = depreciationSchedule(
      { ...laptopFleet, convention: 'mid-month', events: [{ kind: 'disposal', date: '2026-04-30' }] },
      periods,
    );
    expect(expenses(s)).toEqual(['100', '200', '200', '100']);
    expect(s.rows.at(-1)!.writeOff).toBe('11400');
  });

  it('writes off the salvage left when a fully depreciated asset is disposed of later', () => {
    const s = depreciationSchedule(
      asset({
        cost: '1200',
        salvage: '200',
        usefulLifeMonths: 10,
        inServiceDate: '2026-01-01',
        events: [{ kind: 'disposal', date: '2026-12-01' }],
      }),
      periods,
    );
    expect(s.rows).toHaveLength(12);
    expect(s.rows.slice(10).map((r) => [r.expense, r.writeOff, r.netBookValue])).toEqual([
      ['0', '0', '200'],
      ['0', '200', '0'],
    ]);
  });
});

describe('impairment', () => {
  it('writes off the impairment in its period and spreads what is left over the remaining life', () => {
    // 60,000 over 60 months = 1,000 a month; after 12 months book value 48,000, impaired by
    // 12,000 to 36,000, then 36,000 / 48 = 750 a month (IAS 36.63: depreciation adjusted
    // for future periods after an impairment loss).
    const s = depreciationSchedule(
      asset({
        cost: '60000',
        inServiceDate: '2026-01-01',
        events: [{ kind: 'impairment', date: '2026-12-31', amount: '12000' }],
      }),
      periods,
    );
    expect(s.rows[11]).toMatchObject({
      expense: '1000',
      writeOff: '12000',
      accumulated: '12000',
      netBookValue: '36000',
    });
    expect(new Set(expenses(s).slice(12))).toEqual(new Set(['750']));
    expect(s.rows).toHaveLength(60);
    expect(sumMoney([s.totalExpense, s.totalWriteOff])).toBe('60000');
  });

  it('refuses an impairment larger than the net book value less salvage, naming the event', () => {
    const e = thrown(() =>
      depreciationSchedule(
        { ...laptopFleet, salvage: '1000', events: [{ kind: 'impairment', date: '2030-06-01', amount: '5000' }] },
        periods,
      ),
    );
    expect(e).toMatchObject({ item: 'A-1', field: 'events[0].amount' });
    expect(e.message).toContain('A-1');
  });

  it('lets a declining-balance asset continue straight-line after an impairment', () => {
    const s = depreciationSchedule(
      asset({
        cost: '10000',
        method: 'double-declining-balance',
        inServiceDate: '2026-01-01',
        events: [{ kind: 'impairment', date: '2026-12-15', amount: '1600' }],
      }),
      periods,
    );
    // Year 1: 4,000; book value 6,000 − 1,600 = 4,400 over the 48 months left.
    expect(expenseByYear(s)).toEqual({ 2026: '4000', 2027: '1100', 2028: '1100', 2029: '1100', 2030: '1100' });
  });
});

describe('change of useful life or salvage (prospective)', () => {
  // Warren, Reeve & Duchac, Accounting, Practice Exercise 9-5B "Revision of depreciation":
  // cost 180,000, residual 14,400, 16 years → 10,350 a year; at the start of year 11 the
  // remaining life is 8 years and the residual 10,500 → (76,500 − 10,500) / 8 = 8,250 a year.
  it('reproduces Warren, Reeve & Duchac PE 9-5B', () => {
    const s = depreciationSchedule(
      asset({
        cost: '180000',
        salvage: '14400',
        usefulLifeMonths: 192,
        inServiceDate: '2016-01-01',
        events: [{ kind: 'life-change', date: '2026-01-01', remainingLifeMonths: 96, salvage: '10500' }],
      }),
      periods,
    );
    const years = expenseByYear(s);
    expect(years[2016]).toBe('10350');
    expect(s.rows.find((r) => r.period === 'FY2025-P12')!.netBookValue).toBe('76500');
    for (let fy = 2026; fy <= 2033; fy++) expect(years[fy]).toBe('8250');
    expect(s.rows.at(-1)).toMatchObject({ period: 'FY2033-P12', netBookValue: '10500' });
    expect(s.rows.find((r) => r.period === 'FY2026-P01')!.events).toEqual(['life-change']);
  });

  // Change-in-estimate exercise (Thurber Co.): cost 695,800, salvage 12,200, 10 years;
  // after 7 years the total life becomes 15 years and salvage 5,600:
  // (695,800 − 7 × 68,360 − 5,600) / 8 = 26,460 a year.
  it('accepts the new total life counted from the in-service date', () => {
    const s = depreciationSchedule(
      asset({
        cost: '695800',
        salvage: '12200',
        usefulLifeMonths: 120,
        inServiceDate: '2016-01-01',
        events: [{ kind: 'life-change', date: '2023-01-01', usefulLifeMonths: 180, salvage: '5600' }],
      }),
      periods,
    );
    const years = expenseByYear(s);
    expect(years[2022]).toBe('68360');
    expect(years[2023]).toBe('26460');
    expect(years[2030]).toBe('26460');
    expect(years[2031]).toBeUndefined();
    expect(s.rows.at(-1)!.netBookValue).toBe('5600');
  });

  it('expenses all that is left at once when the new life has already run out', () => {
    const s = depreciationSchedule(
      { ...laptopFleet, events: [{ kind: 'life-change', date: '2026-06-15', usefulLifeMonths: 3 }] },
      periods,
    );
    expect(expenses(s)).toEqual(['200', '200', '200', '200', '200', '11000']);
    expect(s.status).toBe('fully-depreciated');
  });

  it('refuses a revised salvage above the net book value', () => {
    const e = thrown(() =>
      depreciationSchedule(
        {
          ...laptopFleet,
          events: [{ kind: 'life-change', date: '2030-01-01', usefulLifeMonths: 72, salvage: '9000' }],
        },
        periods,
      ),
    );
    expect(e).toMatchObject({ field: 'events[0].salvage' });
  });
});

describe('event validation', () => {
  it.each([
    [{ kind: 'disposal', date: '2025-12-31' }, 'events[0].date'],
    [{ kind: 'impairment', date: '2026-05-01', amount: '-5' }, 'events[0].amount'],
    [{ kind: 'impairment', date: '2026-05-01', amount: '0' }, 'events[0].amount'],
    [{ kind: 'life-change', date: '2026-05-01' }, 'events[0].usefulLifeMonths'],
    [{ kind: 'life-change', date: '2026-05-01', remainingLifeMonths: -1 }, 'events[0].remainingLifeMonths'],
    [{ kind: 'transfer', date: '2026-05-01' }, 'events[0].kind'],
  ] as const)('refuses %o (field %s)', (event, field) => {
    const e = thrown(() => depreciationSchedule({ ...laptopFleet, events: [event as never] }, periods));
    expect(e).toMatchObject({ item: 'A-1', field });
  });

  it('refuses anything after a disposal', () => {
    const e = thrown(() =>
      depreciationSchedule(
        {
          ...laptopFleet,
          events: [
            { kind: 'impairment', date: '2027-03-01', amount: '100' },
            { kind: 'disposal', date: '2027-02-01' },
          ],
        },
        periods,
      ),
    );
    expect(e.field).toBe('events[0].date');
  });

  it('keeps an impairment and a disposal on the same day in that order', () => {
    const s = depreciationSchedule(
      {
        ...laptopFleet,
        events: [
          { kind: 'disposal', date: '2026-02-10' },
          { kind: 'impairment', date: '2026-02-10', amount: '600' },
        ],
      },
      periods,
    );
    expect(s.rows.at(-1)).toMatchObject({ writeOff: subMoney('12000', '400'), events: ['impairment', 'disposal'] });
  });
});
