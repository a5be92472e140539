/**
 * Pure date arithmetic on ISO "YYYY-MM-DD" strings. A date in the books is a day, not an
 * instant, so everything runs on epoch-day integers (days since 1970-01-01, proleptic
 * Gregorian) and never touches `Date` or a time zone: no DST gap or UTC offset can move a day.
 * Years 0001…9999 are supported. Invalid dates throw RangeError.
 */
export type IsoDate = string;

/** Whole days since 1970-01-01 (negative before it). */
export type EpochDay = number;

/** Days in a month of the proleptic Gregorian calendar (month 1…12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Gregorian leap year: divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Hand-rolled digit reading: schedules parse millions of dates, and a regex is the slow part.
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Year, month (1…12) and day of an ISO date; throws RangeError if it is not a real date. */
export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const ok = typeof date === 'string' && date.length === 10 && date[4] === '-' && date[7] === '-';
  const year = ok ? digits(date, 0, 4) : -1;
  const month = ok ? digits(date, 5, 7) : -1;
  const day = ok ? digits(date, 8, 10) : -1;
  if (year < 0 || month < 0 || day < 0) throw new RangeError(`"${String(date)}" is not a date (expected YYYY-MM-DD)`);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${date}" is not a date on the calendar`);
  }
  return { year, month, day };
}

/** True for a real calendar day written "YYYY-MM-DD". */
export function isIsoDate(value: string): boolean {
  return toEpochDayOrNull(value) !== null;
}

function pad(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : '0000'.slice(0, width - s.length) + s;
}

/** ISO date of a year, month (1…12) and day; throws RangeError if that day does not exist. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    throw new RangeError(`${year}-${month}-${day} is not a date on the calendar`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Civil-from-days and days-from-civil after Howard Hinnant, "chrono-Compatible Low-Level
// Date Algorithms" (2013): exact for the whole proleptic Gregorian calendar, integers only.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Epoch day of a strict ISO date "YYYY-MM-DD" (year 0001…9999, a real day of that month),
 * or `null` for anything else, strings or not. Never throws: for validating input in bulk.
 */
export function toEpochDayOrNull(value: unknown): EpochDay | null {
  if (typeof value !== 'string' || value.length !== 10) return null;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 (negative before it). Throws RangeError for an invalid date. */
export function toEpochDay(date: IsoDate): EpochDay {
  const { year, month, day } = parseIsoDate(date);
  return daysFromCivil(year, month, day);
}

/** Epoch day of a year, month (1…12) and day; throws RangeError if that day does not exist. */
export function epochDayOf(year: number, month: number, day: number): number {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    throw new RangeError(`${year}-${month}-${day} is not a date on the calendar`);
  }
  return daysFromCivil(year, month, day);
}

/** Year, month (1…12) and day of an epoch day; any whole number, no range check. */
export function civilFromEpochDay(epochDay: EpochDay): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The ISO date of an epoch day. Throws RangeError outside years 0001…9999. */
export function fromEpochDay(epochDay: EpochDay): IsoDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`epoch day ${epochDay} is not a whole number`);
  const { year, month, day } = civilFromEpochDay(epochDay);
  if (year < 1 || year > 9999) throw new RangeError(`epoch day ${epochDay} is outside years 0001…9999`);
  // A day from civilFromEpochDay exists, so it needs no check.
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The last day of the calendar month holding an epoch day, as an epoch day. */
export function endOfMonthEpochDay(epochDay: EpochDay): EpochDay {
  const { year, month, day } = civilFromEpochDay(epochDay);
  return epochDay + daysInMonth(year, month) - day;
}

/** `b − a` in days (positive when b is later). 2026-01-01 → 2026-01-31 is 30. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** Days from `start` to `end`, both inclusive (a one-day period has 1). */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  return daysBetween(start, end) + 1;
}

/** `date` moved by a whole number of days (negative moves back). Throws RangeError for an invalid date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * `date` moved by `months` calendar months; a day that does not exist in the target month
 * is clamped to its last day (2026-01-31 + 1 month = 2026-02-28), as contracts read it.
 */
export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`${months} is not a whole number of months`);
  const { year, month, day } = parseIsoDate(date);
  const moved = addMonthsClamped(year, month, day, months);
  return isoDate(moved.year, moved.month, moved.day);
}

/**
 * Year, month and day `months` calendar months after a civil date, the day clamped to the
 * last day of the target month as in addMonthsToDate. Whole numbers in, no range check.
 */
export function addMonthsClamped(
  year: number,
  month: number,
  day: number,
  months: number,
): { year: number; month: number; day: number } {
  const idx = year * 12 + (month - 1) + months;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { year: y, month: m, day: Math.min(day, daysInMonth(y, m)) };
}

/** Day of the week: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfEpochDay(toEpochDay(date));
}

/** Day of the week of an epoch day: 0 = Sunday … 6 = Saturday. */
export function weekdayOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** The last day of a month (1…12) as an ISO date. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (ISO strings sort as dates). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two ISO dates. */
export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The earlier of two ISO dates. */
export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
