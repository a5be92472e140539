/**
 * A fiscal calendar, whatever its shape: calendar months, or 4-4-5 / 4-5-4 / 5-4-4
 * retail periods of whole weeks with a 53rd week in some years. Dates are ISO
 * "YYYY-MM-DD" strings (no time zone: a date is a day in the books, not an instant).
 */
export interface FiscalPeriodSpan {
  /** Stable key, e.g. "FY2027-P01". */
  key: string;
  fiscalYear: number;
  /** 1-based period inside the fiscal year (1…12; a 53-week year still has 12 periods, one of them longer). */
  index: number;
  /** First day, inclusive. */
  start: string;
  /** Last day, inclusive. */
  end: string;
  /** Days in the period. */
  days: number;
  /** Whole weeks in the period (retail calendars only). */
  weeks?: number;
}

/**
 * How a fiscal year is numbered. 'end-year' (the default, as in fiscal.ts): after the
 * calendar year of its last month, so a July-start FY2027 runs 2026-07-01…2027-06-30.
 * 'start-year': after the calendar year of its first month, as the NRF numbers retail
 * years ("fiscal 2023" = 2023-01-29…2024-02-03). The two agree for a January start.
 */
export type FiscalYearNaming = 'end-year' | 'start-year';

export type FiscalCalendarSpec =
  | { kind: 'calendar-months'; startMonth: number; naming?: FiscalYearNaming }
  | {
      kind: 'retail';
      pattern: '4-4-5' | '4-5-4' | '5-4-4';
      /** The fiscal year ends on this weekday (0 = Sunday … 6 = Saturday)… */
      endWeekday: number;
      /** …either the last such weekday of `endMonth`, or the one nearest its last day. */
      rule: 'last' | 'nearest';
      endMonth: number;
      /** Which period gets the extra week in a 53-week year (default 12, the last). */
      extraWeekPeriod?: number;
      naming?: FiscalYearNaming;
    };

export interface FiscalCalendar {
  readonly spec: FiscalCalendarSpec;
  /** The periods of fiscal year `fy`, in order. */
  periods(fy: number): FiscalPeriodSpan[];
  /** The period containing a date; throws RangeError for an invalid date. */
  periodOf(date: string): FiscalPeriodSpan;
  fiscalYearOf(date: string): number;
  /** "FY2027", as finance writes it. */
  label(fy: number): string;
}
