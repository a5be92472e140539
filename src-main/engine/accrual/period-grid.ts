import type { FiscalCalendar, FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import {
  endOfMonthEpochDay,
  fromEpochDay,
  toEpochDayOrNull,
  type EpochDay,
} from '../../../src-shared/calendar/iso-date';
import { EngineInputError } from '../errors';

/**
 * The horizon of a view: contiguous periods as day numbers. Amounts are kept in
 * "buckets": 0 = before the first period, 1…count = the periods, count + 1 = after.
 */
export interface PeriodGrid {
  keys: string[];
  starts: number[];
  ends: number[];
  count: number;
  first: EpochDay;
  last: EpochDay;
  calendar: Pick<FiscalCalendar, 'periodOf'> | undefined;
}

/**
 * Check and convert the periods of a view.
 * @throws EngineInputError (item = the period key, or "periods") when the list is empty,
 *   a date is invalid, a period ends before it starts, `days` disagrees with its dates,
 *   or a period does not start the day after the previous one ends (a gap or overlap
 *   would drop or double-count amounts).
 */
export function buildPeriodGrid(
  periods: readonly FiscalPeriodSpan[],
  calendar?: Pick<FiscalCalendar, 'periodOf'>,
): PeriodGrid {
  if (periods.length === 0) throw new EngineInputError('A view needs at least one period', 'periods', 'periods');
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  periods.forEach((p, i) => {
    const key = p.key || `periods[${i}]`;
    const fail = (field: string, problem: string): never => {
      throw new EngineInputError(`Period "${key}", ${field}: ${problem}`, key, field);
    };
    const start = toEpochDayOrNull(p.start) ?? fail('start', `${JSON.stringify(p.start)} is not a valid date`);
    const end = toEpochDayOrNull(p.end) ?? fail('end', `${JSON.stringify(p.end)} is not a valid date`);
    if (end < start) fail('end', `ends (${p.end}) before it starts (${p.start})`);
    if (p.days !== undefined && p.days !== end - start + 1)
      fail('days', `${p.days} days, but its dates span ${end - start + 1}`);
    const prevEnd = ends[i - 1];
    if (prevEnd !== undefined && start !== prevEnd + 1) {
      fail('start', `starts ${p.start}, not the day after the previous period ends (${fromEpochDay(prevEnd)})`);
    }
    keys.push(key);
    starts.push(start);
    ends.push(end);
  });
  return { keys, starts, ends, count: keys.length, first: starts[0]!, last: ends[ends.length - 1]!, calendar };
}

/** Bucket of a day: 0 before the horizon, 1…count inside it, count + 1 after it. */
export function bucketOf(grid: PeriodGrid, day: EpochDay): number {
  if (day < grid.first) return 0;
  if (day > grid.last) return grid.count + 1;
  let lo = 0;
  let hi = grid.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (grid.ends[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/**
 * Append to `out` the number of days of [from, to] in each period that range touches,
 * for days outside the horizon: periods of the grid's calendar if it has one, calendar
 * months otherwise.
 * @throws EngineInputError (item "calendar", field "periodOf") if the calendar returns a
 *   period that does not contain the date asked for.
 */
export function pushOutsideSegments(grid: PeriodGrid, from: EpochDay, to: EpochDay, out: number[]): void {
  let d = from;
  while (d <= to) {
    let periodEnd: EpochDay;
    if (grid.calendar) {
      const iso = fromEpochDay(d);
      const p = grid.calendar.periodOf(iso);
      const s = toEpochDayOrNull(p.start);
      const e = toEpochDayOrNull(p.end);
      if (s === null || e === null || s > d || e < d) {
        throw new EngineInputError(
          `The calendar's period for ${iso} (${p.start}…${p.end}) does not contain it`,
          'calendar',
          'periodOf',
        );
      }
      periodEnd = e;
    } else {
      periodEnd = endOfMonthEpochDay(d);
    }
    const segEnd = periodEnd < to ? periodEnd : to;
    out.push(segEnd - d + 1);
    d = segEnd + 1;
  }
}
