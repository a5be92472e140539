import { monthLabel } from '../../../src-shared/calendar/fiscal';
import type { AccountingSummary, AccountingSummaryPeriod } from '../../../src-shared/model';

/**
 * Column heading of a period as finance writes it: the month ("Jul 2026") for a calendar-
 * months calendar, the period number ("P01") for a retail one, whose periods are weeks.
 */
export function periodHeading(p: AccountingSummaryPeriod, calendarKind: AccountingSummary['calendarKind']): string {
  return calendarKind === 'retail' ? `P${String(p.index).padStart(2, '0')}` : monthLabel(p.month);
}

/** Tooltip of a period column: key and dates, and for a retail period the budget month booked in it. */
export function periodTooltip(p: AccountingSummaryPeriod, calendarKind: AccountingSummary['calendarKind']): string {
  const dates = `${p.key}: ${p.start} – ${p.end}`;
  return calendarKind === 'retail' ? `${dates} (budget and actuals of ${monthLabel(p.month)})` : dates;
}
