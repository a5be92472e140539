import { describe, expect, it } from 'vitest';
import type { FiscalPeriodSpan } from '../../../../src-shared/calendar/calendar-types';
import { sumMoney } from '../../../../src-shared/money';
import { scheduleItem } from '../../../../src-main/engine/accrual';
import { calendarMonths, costItem } from './fixtures';

// A retail 4-4-5 year starting Sunday 2026-02-01, written out by hand (364 days).
const RETAIL_445: FiscalPeriodSpan[] = [
  { key: 'FY2027-P01', fiscalYear: 2027, index: 1, start: '2026-02-01', end: '2026-02-28', days: 28 },
  { key: 'FY2027-P02', fiscalYear: 2027, index: 2, start: '2026-03-01', end: '2026-03-28', days: 28 },
  { key: 'FY2027-P03', fiscalYear: 2027, index: 3, start: '2026-03-29', end: '2026-05-02', days: 35 },
  { key: 'FY2027-P04', fiscalYear: 2027, index: 4, start: '2026-05-03', end: '2026-05-30', days: 28 },
  { key: 'FY2027-P05', fiscalYear: 2027, index: 5, start: '2026-05-31', end: '2026-06-27', days: 28 },
  { key: 'FY2027-P06', fiscalYear: 2027, index: 6, start: '2026-06-28', end: '2026-08-01', days: 35 },
  { key: 'FY2027-P07', fiscalYear: 2027, index: 7, start: '2026-08-02', end: '2026-08-29', days: 28 },
  { key: 'FY2027-P08', fiscalYear: 2027, index: 8, start: '2026-08-30', end: '2026-09-26', days: 28 },
  { key: 'FY2027-P09', fiscalYear: 2027, index: 9, start: '2026-09-27', end: '2026-10-31', days: 35 },
  { key: 'FY2027-P10', fiscalYear: 2027, index: 10, start: '2026-11-01', end: '2026-11-28', days: 28 },
  { key: 'FY2027-P11', fiscalYear: 2027, index: 11, start: '2026-11-29', end: '2026-12-26', days: 28 },
  { key: 'FY2027-P12', fiscalYear: 2027, index: 12, start: '2026-12-27', end: '2027-01-30', days: 35 },
];

/** The calendar as the engine sees it: the period containing a date, from the literal list. */
const retailCalendar = {
  periodOf(date: string): FiscalPeriodSpan {
    const p = RETAIL_445.find((x) => x.start <= date && date <= x.end);
    if (!p) throw new RangeError(`${date} is outside the fixture year`);
    return p;
  },
};

describe('accrual view', () => {
  // 2026-07-15 … 2027-07-14 is 365 days; each month's share is 1,200,000 cents × days / 365.
  // Floors sum to 1,199,993 cents; the 7 cents left go to the largest remainders:
  // the six 31-day months (.808) and February (.795), ahead of July 2026 (.411).
  const licence = costItem({
    id: 'lic-annual',
    amount: '12000',
    invoiceDate: '2026-07-10',
    paymentTerms: 'net 30',
    servicePeriod: { start: '2026-07-15', end: '2027-07-14' },
  });
  const byDaysThirteenMonths = [
    '558.9',
    '1019.18',
    '986.3',
    '1019.18',
    '986.3',
    '1019.18',
    '1019.18',
    '920.55',
    '1019.18',
    '986.3',
    '1019.18',
    '986.3',
    '460.27',
  ];

  it('spreads a 12,000 annual licence over calendar months by days, to the cent', () => {
    const s = scheduleItem(licence, calendarMonths(2026, 7, 13), 'by-days');
    expect(s.accrual.periods).toEqual(byDaysThirteenMonths);
    expect(s.accrual.before).toBe('0');
    expect(s.accrual.after).toBe('0');
    expect(sumMoney(s.accrual.periods)).toBe('12000');
  });

  it('reports service days after the horizon in the after bucket with the same period amounts', () => {
    // FY2027 with a July start: July 2026 … June 2027; the last 14 days fall after it.
    const s = scheduleItem(licence, calendarMonths(2026, 7, 12), 'by-days');
    expect(s.accrual.periods).toEqual(byDaysThirteenMonths.slice(0, 12));
    expect(s.accrual.after).toBe('460.27');
    expect(s.accrual.total).toBe('12000');
  });

  it('gives every month the service touches an equal share under the even-by-period policy', () => {
    // 13 months touched: 1,200,000 / 13 = 92,307.69 cents, 9 cents left for the earliest months.
    const s = scheduleItem(licence, calendarMonths(2026, 7, 13), 'even-by-period');
    expect(s.accrual.periods).toEqual([...Array(9).fill('923.08'), ...Array(4).fill('923.07')]);
    expect(sumMoney(s.accrual.periods)).toBe('12000');
  });

  it('spreads by days over literal 4-4-5 retail periods', () => {
    // 91 days = 28 + 28 + 35: exactly 4/13, 4/13, 5/13 of 1,300.
    const quarter = costItem({ amount: '1300', servicePeriod: { start: '2026-02-01', end: '2026-05-02' } });
    expect(scheduleItem(quarter, RETAIL_445, 'by-days').accrual.periods.slice(0, 4)).toEqual([
      '400',
      '400',
      '500',
      '0',
    ]);
    expect(scheduleItem(quarter, RETAIL_445, 'even-by-period').accrual.periods.slice(0, 3)).toEqual([
      '433.34',
      '433.33',
      '433.33',
    ]);

    // 30 days across the P2/P3 boundary: 14 and 16 days, 466.666… and 533.333….
    const straddle = costItem({
      amount: '1000',
      servicePeriod: { start: '2026-03-15', end: '2026-04-13' },
      paymentDate: '2026-03-31',
    });
    const s = scheduleItem(straddle, RETAIL_445, 'by-days');
    expect(s.accrual.periods.slice(0, 4)).toEqual(['0', '466.67', '533.33', '0']);
    expect(s.cash.periods.slice(0, 4)).toEqual(['0', '0', '1000', '0']);
  });

  it('cuts days outside the horizon by the calendar when one is given, by calendar months otherwise', () => {
    // Horizon P1–P2; service runs to the end of P3 (2026-03-29 … 05-02), which spans
    // parts of March, April and May.
    const item = costItem({ amount: '1300', servicePeriod: { start: '2026-02-01', end: '2026-05-02' } });
    const horizon = RETAIL_445.slice(0, 2);
    const withCalendar = scheduleItem(item, horizon, 'even-by-period', { calendar: retailCalendar });
    expect(withCalendar.accrual).toEqual({
      before: '0',
      periods: ['433.34', '433.33'],
      after: '433.33',
      total: '1300',
    });
    const withMonths = scheduleItem(item, horizon, 'even-by-period');
    expect(withMonths.accrual).toEqual({ before: '0', periods: ['260', '260'], after: '780', total: '1300' });
  });

  it('books a one-day service period entirely in the period of that day', () => {
    const item = costItem({ amount: '99.99', servicePeriod: { start: '2026-02-28', end: '2026-02-28' } });
    expect(scheduleItem(item, calendarMonths(2026, 1, 3), 'by-days').accrual.periods).toEqual(['0', '99.99', '0']);
  });

  it('splits a credit note as the mirror image of its invoice', () => {
    const credit = costItem({ amount: '-12000', servicePeriod: licence.servicePeriod });
    const s = scheduleItem(credit, calendarMonths(2026, 7, 13), 'by-days');
    expect(s.accrual.periods).toEqual(byDaysThirteenMonths.map((m) => `-${m}`));
  });

  it('keeps yen whole and three-decimal dinars exact', () => {
    const yen = costItem({
      amount: '100000',
      currency: 'JPY',
      minorUnits: 0,
      servicePeriod: { start: '2026-01-01', end: '2026-03-31' },
    });
    // 90 days: 31, 28, 31 → 34,444.4, 31,111.1, 34,444.4; the one yen left goes to January.
    expect(scheduleItem(yen, calendarMonths(2026, 1, 3), 'by-days').accrual.periods).toEqual([
      '34445',
      '31111',
      '34444',
    ]);
    const dinar = costItem({
      amount: '1',
      currency: 'BHD',
      minorUnits: 3,
      servicePeriod: { start: '2026-01-01', end: '2026-03-31' },
    });
    expect(scheduleItem(dinar, calendarMonths(2026, 1, 3), 'even-by-period').accrual.periods).toEqual([
      '0.334',
      '0.333',
      '0.333',
    ]);
  });
});
