import type { FiscalPeriodSpan, FiscalYearNaming } from './calendar-types';
import { addMonthsClamped, daysInMonth, isoDate, parseIsoDate } from './iso-date';

/**
 * Calendar-month fiscal years: twelve periods, each a calendar month, the year starting in
 * `startMonth` (1 = January). Numbering follows fiscal.ts ('end-year' by default).
 */

/** Calendar year of the first month of fiscal year `fy`. */
function firstYear(fy: number, startMonth: number, naming: FiscalYearNaming): number {
  if (naming === 'start-year' || startMonth === 1) return fy;
  return fy - 1;
}

export function periodKey(fy: number, index: number): string {
  return `FY${fy}-P${String(index).padStart(2, '0')}`;
}

/** The twelve month periods of fiscal year `fy`, in order. */
export function calendarMonthPeriods(fy: number, startMonth: number, naming: FiscalYearNaming): FiscalPeriodSpan[] {
  const y0 = firstYear(fy, startMonth, naming);
  return Array.from({ length: 12 }, (_, i) => {
    const { year, month } = addMonthsClamped(y0, startMonth, 1, i);
    const days = daysInMonth(year, month);
    return {
      key: periodKey(fy, i + 1),
      fiscalYear: fy,
      index: i + 1,
      start: isoDate(year, month, 1),
      end: isoDate(year, month, days),
      days,
    };
  });
}

/** The fiscal year containing an ISO date; throws RangeError for an invalid date. */
export function calendarMonthFiscalYearOf(date: string, startMonth: number, naming: FiscalYearNaming): number {
  const { year, month } = parseIsoDate(date);
  if (startMonth === 1) return year;
  if (naming === 'start-year') return month >= startMonth ? year : year - 1;
  return month >= startMonth ? year + 1 : year;
}
