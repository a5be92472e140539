import type { FiscalCalendar, FiscalCalendarSpec, FiscalPeriodSpan, FiscalYearNaming } from './calendar-types';
import { calendarMonthFiscalYearOf, calendarMonthPeriods } from './calendar-month-periods';
import { fiscalYearLabel } from './fiscal';
import { retailFiscalYearOf, retailPeriods, type RetailRule } from './retail-periods';

function checkInt(value: number, min: number, max: number, field: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`fiscal calendar ${field} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

function checkNaming(naming: FiscalYearNaming | undefined): FiscalYearNaming {
  const n = naming ?? 'end-year';
  if (n !== 'end-year' && n !== 'start-year') throw new RangeError(`fiscal calendar naming "${String(n)}" is unknown`);
  return n;
}

function retailRule(spec: Extract<FiscalCalendarSpec, { kind: 'retail' }>): RetailRule {
  if (!['4-4-5', '4-5-4', '5-4-4'].includes(spec.pattern)) {
    throw new RangeError(`fiscal calendar pattern "${spec.pattern}" is not 4-4-5, 4-5-4 or 5-4-4`);
  }
  if (spec.rule !== 'last' && spec.rule !== 'nearest') {
    throw new RangeError(`fiscal calendar rule "${String(spec.rule)}" is not "last" or "nearest"`);
  }
  checkInt(spec.endWeekday, 0, 6, 'endWeekday');
  checkInt(spec.endMonth, 1, 12, 'endMonth');
  const extraWeekPeriod = spec.extraWeekPeriod ?? 12;
  checkInt(extraWeekPeriod, 1, 12, 'extraWeekPeriod');
  return { ...spec, extraWeekPeriod, naming: checkNaming(spec.naming) };
}

/**
 * A fiscal calendar from its spec: calendar months from any start month, or a retail
 * 4-4-5 / 4-5-4 / 5-4-4 calendar of whole weeks with 52/53-week years (rule in
 * retail-periods.ts). Periods are computed once per fiscal year and cached; the spans
 * returned are frozen. Throws RangeError for an invalid spec, and from `periodOf` /
 * `fiscalYearOf` for a date that is not a real "YYYY-MM-DD" day.
 */
export function createFiscalCalendar(spec: FiscalCalendarSpec): FiscalCalendar {
  let periodsOf: (fy: number) => FiscalPeriodSpan[];
  let yearOf: (date: string) => number;
  if (spec.kind === 'calendar-months') {
    checkInt(spec.startMonth, 1, 12, 'startMonth');
    const naming = checkNaming(spec.naming);
    periodsOf = (fy) => calendarMonthPeriods(fy, spec.startMonth, naming);
    yearOf = (date) => calendarMonthFiscalYearOf(date, spec.startMonth, naming);
  } else if (spec.kind === 'retail') {
    const rule = retailRule(spec);
    periodsOf = (fy) => retailPeriods(fy, rule);
    yearOf = (date) => retailFiscalYearOf(date, rule);
  } else {
    throw new RangeError(`fiscal calendar kind "${String((spec as { kind: unknown }).kind)}" is unknown`);
  }

  const cache = new Map<number, readonly FiscalPeriodSpan[]>();
  const cached = (fy: number): readonly FiscalPeriodSpan[] => {
    checkInt(fy, 2, 9998, 'fiscal year');
    let spans = cache.get(fy);
    if (!spans) {
      spans = Object.freeze(periodsOf(fy).map((p) => Object.freeze(p)));
      cache.set(fy, spans);
    }
    return spans;
  };

  return {
    spec,
    periods: (fy) => cached(fy).slice(),
    fiscalYearOf: yearOf,
    periodOf(date) {
      const spans = cached(yearOf(date));
      // ISO dates compare as strings, so the first span ending on or after the date holds it.
      const span = spans.find((p) => date <= p.end);
      if (!span) throw new RangeError(`no fiscal period holds ${date}`);
      return span;
    },
    label: fiscalYearLabel,
  };
}

/** The first and last day (inclusive ISO dates) of fiscal year `fy` in a calendar. */
export function fiscalYearBounds(calendar: FiscalCalendar, fy: number): { start: string; end: string } {
  const spans = calendar.periods(fy);
  return { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
}

/** Every period from the one holding `from` to the one holding `to`, in order (inclusive). */
export function periodsBetween(calendar: FiscalCalendar, from: string, to: string): FiscalPeriodSpan[] {
  if (to < from) throw new RangeError(`period range ends (${to}) before it starts (${from})`);
  const out: FiscalPeriodSpan[] = [];
  const lastFy = calendar.fiscalYearOf(to);
  for (let fy = calendar.fiscalYearOf(from); fy <= lastFy; fy++) {
    for (const p of calendar.periods(fy)) if (p.end >= from && p.start <= to) out.push(p);
  }
  return out;
}
