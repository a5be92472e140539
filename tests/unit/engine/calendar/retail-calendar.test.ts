import { describe, expect, it } from 'vitest';
import type { FiscalCalendarSpec } from '../../../../src-shared/calendar/calendar-types';
import { createFiscalCalendar, fiscalYearBounds } from '../../../../src-shared/calendar/fiscal-calendar';

// NRF 4-5-4 Merchandising Calendar: the year ends on the Saturday nearest 31 January and
// is numbered by the calendar year in which it starts; the 53rd week goes to January.
const NRF: FiscalCalendarSpec = {
  kind: 'retail',
  pattern: '4-5-4',
  endWeekday: 6,
  rule: 'nearest',
  endMonth: 1,
  naming: 'start-year',
};

describe('the NRF 4-5-4 retail calendar', () => {
  const cal = createFiscalCalendar(NRF);

  // Source: NRF, "4-5-4 Calendar" (nrf.com/resources/4-5-4-calendar) and Coresight Research,
  // "The 4-5-4 US Retail Calendar, 2023–24": fiscal 2023 ends 3 February 2024 and has 53 weeks.
  it('makes fiscal 2023 run from 2023-01-29 to 2024-02-03 with 53 weeks, January getting five', () => {
    const p = cal.periods(2023);
    expect(fiscalYearBounds(cal, 2023)).toEqual({ start: '2023-01-29', end: '2024-02-03' });
    expect(p.map((s) => s.weeks)).toEqual([4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 5]);
    expect(p.map((s) => [s.start, s.end])).toEqual([
      ['2023-01-29', '2023-02-25'],
      ['2023-02-26', '2023-04-01'],
      ['2023-04-02', '2023-04-29'],
      ['2023-04-30', '2023-05-27'],
      ['2023-05-28', '2023-07-01'],
      ['2023-07-02', '2023-07-29'],
      ['2023-07-30', '2023-08-26'],
      ['2023-08-27', '2023-09-30'],
      ['2023-10-01', '2023-10-28'],
      ['2023-10-29', '2023-11-25'],
      ['2023-11-26', '2023-12-30'],
      ['2023-12-31', '2024-02-03'],
    ]);
    expect(p[11]!.days).toBe(35);
    expect(p[0]!.key).toBe('FY2023-P01');
  });

  it('makes the neighbouring years 52 weeks long and contiguous', () => {
    expect(fiscalYearBounds(cal, 2022)).toEqual({ start: '2022-01-30', end: '2023-01-28' });
    expect(fiscalYearBounds(cal, 2024)).toEqual({ start: '2024-02-04', end: '2025-02-01' });
    expect(fiscalYearBounds(cal, 2025)).toEqual({ start: '2025-02-02', end: '2026-01-31' });
  });

  // Source: NRF, "4-5-4 Calendar": the 53-week year "has occurred in FY'00, FY'06, FY'12
  // and FY'17 and will occur in FY'23".
  it('has 53-week years exactly in 2000, 2006, 2012, 2017 and 2023 between 1999 and 2024', () => {
    const long: number[] = [];
    for (let fy = 1999; fy <= 2024; fy++) {
      const weeks = cal.periods(fy).reduce((n, s) => n + (s.weeks ?? 0), 0);
      expect([52, 53]).toContain(weeks);
      if (weeks === 53) long.push(fy);
    }
    expect(long).toEqual([2000, 2006, 2012, 2017, 2023]);
    expect(fiscalYearBounds(cal, 2017)).toEqual({ start: '2017-01-29', end: '2018-02-03' });
  });

  it('finds the period of a date, including the days of February that close the previous year', () => {
    expect(cal.fiscalYearOf('2024-02-03')).toBe(2023);
    expect(cal.fiscalYearOf('2024-02-04')).toBe(2024);
    expect(cal.periodOf('2024-02-01').key).toBe('FY2023-P12');
    expect(cal.periodOf('2023-03-01').key).toBe('FY2023-P02');
    expect(cal.label(2023)).toBe('FY2023');
  });
});

describe('a 52-53-week year ending on the last Saturday of September', () => {
  // Source: Apple Inc., Form 10-K for fiscal 2023, Part II Item 8, Note 1: "The Company's fiscal
  // year is the 52- or 53-week period that ends on the last Saturday of September. … fiscal
  // years 2023 and 2022 spanned 53 and 52 weeks … A 14th week was included in the first
  // quarter of 2023"; fiscal 2023 ended September 30, 2023 and its first quarter December 31, 2022.
  const cal = createFiscalCalendar({
    kind: 'retail',
    pattern: '4-4-5',
    endWeekday: 6,
    rule: 'last',
    endMonth: 9,
    extraWeekPeriod: 3,
  });

  it('puts the 14th week of a 53-week year in the first quarter', () => {
    const p = cal.periods(2023);
    expect(fiscalYearBounds(cal, 2023)).toEqual({ start: '2022-09-25', end: '2023-09-30' });
    expect(p.map((s) => s.weeks)).toEqual([4, 4, 6, 4, 4, 5, 4, 4, 5, 4, 4, 5]);
    expect(p[2]!.end).toBe('2022-12-31');
  });

  it('ends fiscal 2022 and 2024 on the last Saturday of September with 52 weeks', () => {
    expect(fiscalYearBounds(cal, 2022).end).toBe('2022-09-24');
    expect(fiscalYearBounds(cal, 2024)).toEqual({ start: '2023-10-01', end: '2024-09-28' });
    expect(cal.periods(2024).reduce((n, s) => n + s.days, 0)).toBe(364);
  });
});

describe('retail patterns', () => {
  it.each([
    ['4-4-5', [4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5]],
    ['5-4-4', [5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4]],
  ] as const)('splits each quarter %s', (pattern, weeks) => {
    const cal = createFiscalCalendar({ kind: 'retail', pattern, endWeekday: 6, rule: 'nearest', endMonth: 1 });
    expect(cal.periods(2025).map((s) => s.weeks)).toEqual(weeks);
  });

  it('rejects a spec it cannot build', () => {
    const base = { kind: 'retail', pattern: '4-5-4', endWeekday: 6, rule: 'nearest', endMonth: 1 } as const;
    expect(() => createFiscalCalendar({ ...base, endWeekday: 7 })).toThrow(/endWeekday/);
    expect(() => createFiscalCalendar({ ...base, endMonth: 0 })).toThrow(/endMonth/);
    expect(() => createFiscalCalendar({ ...base, extraWeekPeriod: 13 })).toThrow(/extraWeekPeriod/);
    expect(() => createFiscalCalendar({ ...base, pattern: '4-4-4' as '4-4-5' })).toThrow(/pattern/);
    expect(() => createFiscalCalendar({ kind: 'calendar-months', startMonth: 13 })).toThrow(/startMonth/);
    expect(() => createFiscalCalendar(base).periodOf('2026-02-30')).toThrow(RangeError);
  });
});
