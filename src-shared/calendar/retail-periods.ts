import type { FiscalPeriodSpan, FiscalYearNaming } from './calendar-types';
import { periodKey } from './calendar-month-periods';
import { daysInMonth, fromEpochDay, isoDate, parseIsoDate, toEpochDay, weekdayOfEpochDay } from './iso-date';

/**
 * Retail (4-4-5, 4-5-4, 5-4-4) fiscal years of whole weeks.
 *
 * The year-end rule, as 26 U.S.C. §441(f)(1) defines a 52-53-week year and the NRF 4-5-4
 * Merchandising Calendar applies it: the fiscal year ends on a fixed weekday that is either
 * - 'last': the last such weekday in the end month, or
 * - 'nearest': the such weekday nearest the last day of the end month (up to three days
 *   into the next month; a tie cannot happen because weeks have seven days).
 * A year therefore has 364 or 371 days, 52 or 53 weeks. Each quarter has 13 weeks split
 * by the pattern; in a 53-week year the extra week goes to `extraWeekPeriod` (NRF adds it
 * to the last period, January). The NRF calendar ends on the Saturday nearest 31 January
 * and numbers years by their start ('start-year'): fiscal 2023 = 2023-01-29…2024-02-03,
 * 53 weeks (NRF, "4-5-4 Calendar", nrf.com/resources/4-5-4-calendar).
 */
export interface RetailRule {
  pattern: '4-4-5' | '4-5-4' | '5-4-4';
  endWeekday: number;
  rule: 'last' | 'nearest';
  endMonth: number;
  extraWeekPeriod: number;
  naming: FiscalYearNaming;
}

const WEEKS: Record<RetailRule['pattern'], readonly number[]> = {
  '4-4-5': [4, 4, 5],
  '4-5-4': [4, 5, 4],
  '5-4-4': [5, 4, 4],
};

/** Calendar year of the nominal end month of fiscal year `fy`. */
function endYearOf(fy: number, r: RetailRule): number {
  return r.naming === 'start-year' && r.endMonth !== 12 ? fy + 1 : fy;
}

/** Epoch day of the last day of the fiscal year whose nominal end month is in `endYear`. */
export function retailYearEndDay(endYear: number, r: RetailRule): number {
  const monthEnd = toEpochDay(isoDate(endYear, r.endMonth, daysInMonth(endYear, r.endMonth)));
  const back = (weekdayOfEpochDay(monthEnd) - r.endWeekday + 7) % 7;
  const lastInMonth = monthEnd - back;
  return r.rule === 'nearest' && back > 3 ? lastInMonth + 7 : lastInMonth;
}

/** The twelve periods of fiscal year `fy`, in order, with their weeks. */
export function retailPeriods(fy: number, r: RetailRule): FiscalPeriodSpan[] {
  const endYear = endYearOf(fy, r);
  const first = retailYearEndDay(endYear - 1, r) + 1;
  const last = retailYearEndDay(endYear, r);
  const totalWeeks = (last - first + 1) / 7;
  const pattern = WEEKS[r.pattern];
  let start = first;
  return Array.from({ length: 12 }, (_, i) => {
    const weeks = pattern[i % 3]! + (totalWeeks === 53 && i + 1 === r.extraWeekPeriod ? 1 : 0);
    const span: FiscalPeriodSpan = {
      key: periodKey(fy, i + 1),
      fiscalYear: fy,
      index: i + 1,
      start: fromEpochDay(start),
      end: fromEpochDay(start + weeks * 7 - 1),
      days: weeks * 7,
      weeks,
    };
    start += weeks * 7;
    return span;
  });
}

/** The fiscal year containing an ISO date; throws RangeError for an invalid date. */
export function retailFiscalYearOf(date: string, r: RetailRule): number {
  const day = toEpochDay(date);
  const { year } = parseIsoDate(date);
  // A year ends at most three days after its nominal end month, so the year whose end month
  // falls in year−1 is the earliest candidate and year+1 the latest.
  let endYear = year - 1;
  while (day > retailYearEndDay(endYear, r)) endYear++;
  return r.naming === 'start-year' && r.endMonth !== 12 ? endYear - 1 : endYear;
}
