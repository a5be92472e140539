import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalPeriodOf, fiscalYearMonths, fiscalYearOfDate } from '../../../../src-shared/calendar/fiscal';
import {
  createFiscalCalendar,
  fiscalYearBounds,
  periodsBetween,
} from '../../../../src-shared/calendar/fiscal-calendar';
import { fromEpochDay, toEpochDay } from '../../../../src-shared/calendar/iso-date';

describe('calendar-month fiscal years', () => {
  it.each([
    [1, 2027, '2027-01-01', '2027-12-31'],
    [4, 2027, '2026-04-01', '2027-03-31'],
    [7, 2027, '2026-07-01', '2027-06-30'],
    [10, 2027, '2026-10-01', '2027-09-30'],
  ])('with a start in month %i, FY%i runs from %s to %s', (startMonth, fy, start, end) => {
    const cal = createFiscalCalendar({ kind: 'calendar-months', startMonth });
    expect(fiscalYearBounds(cal, fy)).toEqual({ start, end });
    const p = cal.periods(fy);
    expect(p).toHaveLength(12);
    expect(p.map((s) => s.start.slice(0, 7))).toEqual(fiscalYearMonths(fy, startMonth));
    expect(p.every((s) => s.weeks === undefined)).toBe(true);
    expect(cal.label(fy)).toBe(`FY${fy}`);
  });

  it('gives February its leap day and each period its days', () => {
    const cal = createFiscalCalendar({ kind: 'calendar-months', startMonth: 7 });
    const p = cal.periods(2028);
    expect(p[7]).toMatchObject({ key: 'FY2028-P08', start: '2028-02-01', end: '2028-02-29', days: 29 });
    expect(p.reduce((n, s) => n + s.days, 0)).toBe(366);
  });

  it('looks up the period of a date at the fiscal year boundary', () => {
    const cal = createFiscalCalendar({ kind: 'calendar-months', startMonth: 7 });
    expect(cal.periodOf('2026-06-30').key).toBe('FY2026-P12');
    expect(cal.periodOf('2026-07-01').key).toBe('FY2027-P01');
    expect(cal.fiscalYearOf('2027-06-30')).toBe(2027);
  });

  it('can number years by their start, so a July-start FY2026 runs 2026-07-01…2027-06-30', () => {
    const cal = createFiscalCalendar({ kind: 'calendar-months', startMonth: 7, naming: 'start-year' });
    expect(fiscalYearBounds(cal, 2026)).toEqual({ start: '2026-07-01', end: '2027-06-30' });
    expect(cal.fiscalYearOf('2027-06-30')).toBe(2026);
  });

  it('agrees with fiscal.ts on the fiscal year and period of any date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: toEpochDay('1990-01-01'), max: toEpochDay('2060-12-31') }),
        (startMonth, day) => {
          const date = fromEpochDay(day);
          const span = createFiscalCalendar({ kind: 'calendar-months', startMonth }).periodOf(date);
          expect(span.fiscalYear).toBe(fiscalYearOfDate(date, startMonth));
          expect(span.index).toBe(fiscalPeriodOf(date.slice(0, 7), startMonth));
        },
      ),
    );
  });

  it('lists the periods between two dates across fiscal years', () => {
    const cal = createFiscalCalendar({ kind: 'calendar-months', startMonth: 4 });
    const keys = periodsBetween(cal, '2026-02-15', '2026-05-01').map((s) => s.key);
    expect(keys).toEqual(['FY2026-P11', 'FY2026-P12', 'FY2027-P01', 'FY2027-P02']);
  });
});
