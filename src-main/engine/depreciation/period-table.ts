import type { FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import { addDays, isIsoDate } from '../../../src-shared/calendar/iso-date';
import { EngineInputError } from '../errors';

/**
 * A validated, searchable view of a list of fiscal periods. Schedules for thousands of
 * assets usually share one period list, so the view is built once per list (cached by
 * identity; the engine never mutates the list, and callers must not either).
 */
export interface PeriodTable {
  readonly spans: readonly FiscalPeriodSpan[];
  readonly length: number;
  /** Position of the period holding an ISO date, or -1 when no period holds it. */
  positionOf(date: string): number;
}

const cache = new WeakMap<readonly FiscalPeriodSpan[], PeriodTable>();

function buildTable(spans: readonly FiscalPeriodSpan[]): PeriodTable {
  if (spans.length === 0) throw new EngineInputError('no fiscal periods were given', 'periods', 'periods');
  const starts: string[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const p = spans[i]!;
    if (!isIsoDate(p.start) || !isIsoDate(p.end) || p.end < p.start) {
      throw new EngineInputError(`period ${p.key} runs from "${p.start}" to "${p.end}"`, p.key, 'end');
    }
    if (!Number.isInteger(p.index) || p.index < 1 || p.index > 12) {
      throw new EngineInputError(`period ${p.key} has index ${p.index}; expected 1…12`, p.key, 'index');
    }
    if (i > 0 && addDays(spans[i - 1]!.end, 1) !== p.start) {
      throw new EngineInputError(
        `period ${p.key} starts on ${p.start}, not the day after ${spans[i - 1]!.key} ends`,
        p.key,
        'start',
      );
    }
    starts[i] = p.start;
  }
  const last = spans[spans.length - 1]!.end;
  return {
    spans,
    length: spans.length,
    positionOf(date: string): number {
      if (date < starts[0]! || date > last) return -1;
      // ISO dates compare as strings: the last period starting on or before the date holds it.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= date) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/**
 * The table for a period list: contiguous periods (each starting the day after the one
 * before ends), valid ISO dates, indexes 1…12.
 *
 * @throws EngineInputError naming the first bad period (item = period key)
 */
export function periodTable(spans: readonly FiscalPeriodSpan[]): PeriodTable {
  let table = cache.get(spans);
  if (!table) {
    table = buildTable(spans);
    cache.set(spans, table);
  }
  return table;
}
