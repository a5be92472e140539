import type { FiscalCalendar, FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import { periodsBetween } from '../../../src-shared/calendar/fiscal-calendar';
import { addMonthsToDate, isIsoDate, parseIsoDate } from '../../../src-shared/calendar/iso-date';
import { EngineInputError } from '../errors';
import type { DepreciableAsset } from './types';

function monthsBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/**
 * The fiscal periods an asset's whole schedule needs: from the period holding its
 * in-service date to at least the end of its (longest) life, plus slack of a year and a
 * month for the half-year, mid-month and next-period conventions, and through the last
 * event. Pass the result to {@link depreciationSchedule}. For many assets, build one list
 * covering all of them instead (periodsBetween), so it is validated once.
 *
 * @throws EngineInputError (item = asset id) for a missing or invalid in-service date,
 *   a useful life that is not a positive whole number of months, or an invalid event date
 */
export function lifePeriods(calendar: FiscalCalendar, asset: DepreciableAsset): FiscalPeriodSpan[] {
  const start = asset.inServiceDate;
  if (typeof start !== 'string' || !isIsoDate(start)) {
    throw new EngineInputError(
      `asset ${asset.id}: inServiceDate ${JSON.stringify(start)} is not a date`,
      asset.id,
      'inServiceDate',
    );
  }
  if (!Number.isInteger(asset.usefulLifeMonths) || asset.usefulLifeMonths < 1) {
    throw new EngineInputError(
      `asset ${asset.id}: usefulLifeMonths ${String(asset.usefulLifeMonths)} is not a positive whole number`,
      asset.id,
      'usefulLifeMonths',
    );
  }
  let months = asset.usefulLifeMonths;
  let last = start;
  for (const [i, e] of (asset.events ?? []).entries()) {
    if (typeof e.date !== 'string' || !isIsoDate(e.date)) {
      throw new EngineInputError(`asset ${asset.id}: events[${i}].date is not a date`, asset.id, `events[${i}].date`);
    }
    if (e.date > last) last = e.date;
    if (e.kind === 'life-change') {
      const elapsed = Math.max(0, monthsBetween(start, e.date)) + 1;
      months = Math.max(months, e.usefulLifeMonths ?? 0, elapsed + (e.remainingLifeMonths ?? 0));
    }
  }
  const lifeEnd = addMonthsToDate(start, months + 13);
  return periodsBetween(calendar, start, lifeEnd > last ? lifeEnd : last);
}
