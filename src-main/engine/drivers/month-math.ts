import { parseMonthKey, type MonthKey } from '../../../src-shared/calendar/fiscal';

/** Whole months from `a` to `b` (negative when b is before a). */
export function monthsBetween(a: MonthKey, b: MonthKey): number {
  const x = parseMonthKey(a);
  const y = parseMonthKey(b);
  return (y.year - x.year) * 12 + (y.month - x.month);
}
