import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  addMonthsToDate,
  dayOfWeek,
  daysBetween,
  daysInclusive,
  endOfMonthEpochDay,
  fromEpochDay,
  isIsoDate,
  parseIsoDate,
  toEpochDay,
  toEpochDayOrNull,
} from '../../../../src-shared/calendar/iso-date';

// Test-only oracle: the platform's UTC calendar, which the engine itself never uses.
const utcDay = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);

describe('ISO dates as epoch days', () => {
  it('counts days from 1970-01-01', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(toEpochDay('2000-03-01')).toBe(11017);
    expect(fromEpochDay(19_756)).toBe('2024-02-03');
  });

  it('agrees with the UTC calendar for every day from 1900 to 2100 sampled at random', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDay(1900, 1, 1), max: utcDay(2100, 12, 31) }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(n)).toBe(iso);
        expect(toEpochDay(iso)).toBe(n);
        expect(dayOfWeek(iso)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });

  it('numbers days exactly as the UTC calendar does, from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (d) => {
        const iso = new Date(d * 864e5).toISOString().slice(0, 10);
        expect(toEpochDayOrNull(iso)).toBe(d);
        expect(fromEpochDay(d)).toBe(iso);
      }),
    );
  });

  it('round-trips the first and last supported days', () => {
    for (const d of ['0001-01-01', '9999-12-31', '2000-02-29', '1900-02-28'])
      expect(fromEpochDay(toEpochDay(d))).toBe(d);
  });

  it('rejects strings that are not calendar days', () => {
    for (const bad of [
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      '26-01-01',
      '2026-04-31',
      '',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => parseIsoDate(bad)).toThrow(RangeError);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('answers null, without throwing, for anything that is not a strict YYYY-MM-DD day', () => {
    for (const s of [
      '2026-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-00-10',
      '0000-01-01',
      '2026-1-01',
      ' 2026-01-01',
      '2026/01/01',
      '2026-01-01T00:00',
      20260101,
      null,
    ]) {
      expect(toEpochDayOrNull(s), String(s)).toBeNull();
    }
    expect(toEpochDayOrNull('2000-02-29')).toBe(toEpochDay('2000-02-29'));
    expect(() => toEpochDay('2026-02-29')).toThrow(/not a date on the calendar/);
    expect(() => toEpochDay('2026/02/01')).toThrow(/expected YYYY-MM-DD/);
  });
});

describe('date arithmetic', () => {
  it('measures days between dates, exclusive and inclusive', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysInclusive('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds months and clamps to the last day of a shorter month', () => {
    expect(addMonthsToDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToDate('2026-07-15', 12)).toBe('2027-07-15');
    expect(addMonthsToDate('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsToDate('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('finds the last day of the month holding an epoch day', () => {
    expect(fromEpochDay(endOfMonthEpochDay(toEpochDay('2024-02-10')))).toBe('2024-02-29');
    expect(fromEpochDay(endOfMonthEpochDay(toEpochDay('2026-02-28')))).toBe('2026-02-28');
    expect(fromEpochDay(endOfMonthEpochDay(toEpochDay('1969-12-01')))).toBe('1969-12-31');
  });

  it('moves civil dates by months with the day clamped, as addMonthsToDate does', () => {
    expect(addMonthsClamped(2026, 1, 31, 13)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addMonthsClamped(2026, 3, 31, -25)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('names weekdays from Sunday = 0', () => {
    expect(dayOfWeek('2024-02-03')).toBe(6);
    expect(dayOfWeek('2026-07-01')).toBe(3);
  });

  it('adding then subtracting days returns the same date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        const d = fromEpochDay(n);
        expect(addDays(addDays(d, k), -k)).toBe(d);
        expect(daysBetween(d, addDays(d, k))).toBe(k);
      }),
    );
  });
});
