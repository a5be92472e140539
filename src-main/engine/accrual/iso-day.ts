/**
 * ISO dates ("YYYY-MM-DD") as day numbers: whole days since 1970-01-01, so day arithmetic
 * (overlaps, "+ 30 days", period lookup) is plain integer maths with no time zone and no
 * `Date` object. The civil-calendar conversions are Howard Hinnant's proleptic Gregorian
 * algorithms (days_from_civil / civil_from_days).
 */

/** Whole days since 1970-01-01 (negative before it). */
export type DayNumber = number;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1…12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!;
}

/** Day number of a civil date (month 1…12, day 1…31); no range check. */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function civilFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Day number of a strict ISO date "YYYY-MM-DD" (year 0001…9999, a real day of that
 * month, February 29 only in leap years); `null` for anything else.
 */
export function parseIsoDay(value: unknown): DayNumber | null {
  // Character codes rather than a regex: this runs for every date of every item.
  if (typeof value !== 'string' || value.length !== 10) return null;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromCivil(year, month, day);
}

/** The decimal number in s[from, to), or -1 if any character is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** ISO "YYYY-MM-DD" of a day number. */
export function formatIsoDay(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Last day of the calendar month containing `dayNumber`. */
export function endOfMonth(dayNumber: DayNumber): DayNumber {
  const { year, month, day } = civilFromDay(dayNumber);
  return dayNumber + (daysInMonth(year, month) - day);
}
