import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-shared/calendar/iso-date';
import { sumMoney } from '../../../../src-shared/money';
import { amortizePrepaid, type PrepaidItem } from '../../../../src-main/engine/depreciation';
import { formatMinor } from '../../../../src-shared/money';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { monthPeriods } from './fixtures';

const periods = monthPeriods('2024-01-01', '2030-12-31');
const licence: PrepaidItem = {
  id: 'C-7',
  name: 'Atlassian Data Center, 3 years',
  amount: '36000',
  minorUnits: 2,
  serviceStart: '2025-01-01',
  serviceEnd: '2027-12-31',
};

describe('prepaid software and support amortization', () => {
  it('amortizes a three-year licence paid up front by 1,000 a month by period', () => {
    const rows = amortizePrepaid(licence, periods, { basis: 'periods' });
    expect(rows).toHaveLength(36);
    expect(new Set(rows.map((r) => r.expense))).toEqual(new Set(['1000']));
    expect(rows[0]).toMatchObject({ period: 'FY2025-P01', balance: '35000' });
    expect(rows.at(-1)).toMatchObject({ period: 'FY2027-P12', balance: '0' });
  });

  it('amortizes by days by default, so a leap-year February gets 29 days', () => {
    const rows = amortizePrepaid(
      { ...licence, amount: '36600', serviceStart: '2024-01-01', serviceEnd: '2024-12-31' },
      periods,
    );
    expect(rows.slice(0, 3).map((r) => r.expense)).toEqual(['3100', '2900', '3100']);
    expect(sumMoney(rows.map((r) => r.expense))).toBe('36600');
  });

  it('gives part periods their share of days and keeps the total exact', () => {
    const item = { ...licence, amount: '1000', serviceStart: '2025-01-15', serviceEnd: '2026-01-14' };
    const byDays = amortizePrepaid(item, periods);
    expect(byDays).toHaveLength(13);
    expect(byDays[0]!.expense).toBe('46.58'); // 17 of 365 days
    expect(sumMoney(byDays.map((r) => r.expense))).toBe('1000');
    const byPeriods = amortizePrepaid(item, periods, { basis: 'periods' });
    expect(byPeriods.map((r) => r.expense).slice(0, 3)).toEqual(['76.92', '76.93', '76.92']);
    expect(sumMoney(byPeriods.map((r) => r.expense))).toBe('1000');
  });

  it('mirrors a credit note with negative amortization', () => {
    const rows = amortizePrepaid({ ...licence, amount: '-3600', serviceEnd: '2025-12-31' }, periods, {
      basis: 'periods',
    });
    expect(rows.map((r) => r.expense).slice(0, 2)).toEqual(['-300', '-300']);
    expect(rows.at(-1)!.balance).toBe('0');
  });

  it.each([
    [{ serviceEnd: '2024-12-31' }, 'serviceEnd'],
    [{ serviceStart: '2023-06-01' }, 'serviceStart'],
    [{ serviceEnd: '2031-03-31' }, 'serviceEnd'],
    [{ amount: '12.345' }, 'amount'],
    [{ serviceStart: '2025-13-01' }, 'serviceStart'],
  ])('refuses %o, naming the field', (overrides, field) => {
    try {
      amortizePrepaid({ ...licence, ...overrides }, periods);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EngineInputError);
      expect(e).toMatchObject({ item: 'C-7', field });
    }
  });

  it('always amortizes exactly the amount paid, ending at a zero balance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 1100 }),
        fc.constantFrom('days' as const, 'periods' as const),
        (cents, startOffset, length, basis) => {
          const start = addDays('2024-01-01', startOffset);
          const amount = formatMinor(cents, 2);
          const rows = amortizePrepaid(
            { ...licence, amount, serviceStart: start, serviceEnd: addDays(start, length) },
            periods,
            { basis },
          );
          expect(sumMoney(rows.map((r) => r.expense))).toBe(amount);
          expect(rows.at(-1)!.balance).toBe('0');
        },
      ),
      { numRuns: 300 },
    );
  });
});
