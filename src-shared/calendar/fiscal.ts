/**
 * Fiscal calendar maths for calendar-month fiscal years. A month is keyed "YYYY-MM".
 * A fiscal year is named after the calendar year in which it ends, as finance writes it:
 * with a July start, FY2027 runs 2026-07 … 2027-06. With a January start FY2027 = 2027.
 */
export type MonthKey = string;

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(s: string): boolean {
  return MONTH_KEY.test(s);
}

export function monthKey(year: number, month1to12: number): MonthKey {
  return `${String(year).padStart(4, '0')}-${String(month1to12).padStart(2, '0')}`;
}

export function parseMonthKey(key: MonthKey): { year: number; month: number } {
  const m = MONTH_KEY.exec(key);
  if (!m) throw new Error(`"${key}" is not a month (expected YYYY-MM)`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function addMonths(key: MonthKey, n: number): MonthKey {
  const { year, month } = parseMonthKey(key);
  const idx = year * 12 + (month - 1) + n;
  return monthKey(Math.floor(idx / 12), (idx % 12) + 1);
}

/** The 12 months of fiscal year `fy` for a year starting in `startMonth` (1 = January). */
export function fiscalYearMonths(fy: number, startMonth: number): MonthKey[] {
  const first = startMonth === 1 ? monthKey(fy, 1) : monthKey(fy - 1, startMonth);
  return Array.from({ length: 12 }, (_, i) => addMonths(first, i));
}

/** The fiscal year a month belongs to. */
export function fiscalYearOf(key: MonthKey, startMonth: number): number {
  const { year, month } = parseMonthKey(key);
  return startMonth === 1 || month < startMonth ? year : year + 1;
}

/** 1-based period number of a month inside its fiscal year. */
export function fiscalPeriodOf(key: MonthKey, startMonth: number): number {
  const { month } = parseMonthKey(key);
  return ((month - startMonth + 12) % 12) + 1;
}

export function fiscalYearLabel(fy: number): string {
  return `FY${fy}`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Column header for a month: "Jul 2026". */
export function monthLabel(key: MonthKey): string {
  const { year, month } = parseMonthKey(key);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** The fiscal year containing a calendar date given as "YYYY-MM-DD". */
export function fiscalYearOfDate(isoDate: string, startMonth: number): number {
  return fiscalYearOf(isoDate.slice(0, 7), startMonth);
}
