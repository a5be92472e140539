import {
  addMonthsClamped,
  epochDayOf,
  fromEpochDay,
  parseIsoDate,
  toEpochDay,
  type IsoDate,
} from '../../../src-shared/calendar/iso-date';

export interface BillingPeriod {
  start: IsoDate;
  end: IsoDate;
  /** Days of service billed (the last period may be cut short by the contract end). */
  days: number;
  /** Days of the full billing period. */
  fullDays: number;
}

/** A billing period as epoch days: first and last day of service (inclusive) and full length. */
export interface BillingSpan {
  from: number;
  to: number;
  fullDays: number;
}

/**
 * The billing periods of a contract as epoch days: `months`-long periods counted from
 * `start` (each start is start + k·months, clamped to the month's last day, so a 31 January
 * start never drifts), the last one ending on `end` and possibly cut short. They tile
 * start…end without gaps. Throws RangeError for an invalid date.
 */
export function billingSpans(start: IsoDate, end: IsoDate, months: number): BillingSpan[] {
  const { year, month, day } = parseIsoDate(start);
  const last = toEpochDay(end);
  const startOf = (k: number): number => {
    const s = addMonthsClamped(year, month, day, months * k);
    return epochDayOf(s.year, s.month, s.day);
  };
  const out: BillingSpan[] = [];
  for (let k = 0, s = toEpochDay(start); s <= last; k++) {
    const next = startOf(k + 1);
    out.push({ from: s, to: Math.min(next - 1, last), fullDays: next - s });
    s = next;
  }
  return out;
}

/** `billingSpans` with ISO dates and day counts, as billing events show them. */
export function billingPeriods(start: IsoDate, end: IsoDate, months: number): BillingPeriod[] {
  return billingSpans(start, end, months).map((p) => ({
    start: fromEpochDay(p.from),
    end: fromEpochDay(p.to),
    days: p.to - p.from + 1,
    fullDays: p.fullDays,
  }));
}
