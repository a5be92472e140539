import type { FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import { toEpochDay } from '../../../src-shared/calendar/iso-date';
import type { Money } from '../../../src-shared/money';
import { formatMinorBig, splitMinorBig } from '../../../src-shared/money/minor-units';
import { EngineInputError } from '../errors';

/**
 * 'billing-date': each event falls wholly in the period holding its billing date (what is
 * invoiced when). 'service-days': each event is spread over the days of service it pays
 * for (what the service costs when), by largest remainder so its parts add up exactly.
 */
export type FiscalBasis = 'billing-date' | 'service-days';

export interface FiscalAmounts {
  /** One row per span passed in, in the same order; Money strings, contract currency. */
  byPeriod: { key: string; amount: Money }[];
  /** What falls before the first or after the last span (or in a gap between spans). */
  outside: Money;
  /** Sum of all amounts = sum of byPeriod + outside, exactly. */
  total: Money;
}

interface SpanDays {
  starts: number[];
  ends: number[];
}

// Callers pass the same spans for thousands of contracts; parse their dates once.
const spanCache = new WeakMap<readonly FiscalPeriodSpan[], SpanDays>();

function spanDays(spans: readonly FiscalPeriodSpan[]): SpanDays {
  const hit = spanCache.get(spans);
  if (hit) return hit;
  const starts: number[] = [];
  const ends: number[] = [];
  spans.forEach((s, i) => {
    const start = toEpochDay(s.start);
    const end = toEpochDay(s.end);
    if (end < start) throw new EngineInputError(`Fiscal period ${s.key} ends before it starts`, s.key, 'end');
    if (i > 0 && start <= ends[i - 1]!) {
      throw new EngineInputError(`Fiscal period ${s.key} overlaps or precedes ${spans[i - 1]!.key}`, s.key, 'start');
    }
    starts.push(start);
    ends.push(end);
  });
  const days = { starts, ends };
  spanCache.set(spans, days);
  return days;
}

/** Index of the first span ending on or after epoch day `day`. */
function firstSpanFrom(ends: readonly number[], day: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sums amounts (minor units) into fiscal periods given as sorted, non-overlapping spans;
 * throws EngineInputError for spans that overlap or run backwards.
 */
export class PeriodAccumulator {
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly acc: bigint[];
  private outside = 0n;
  private total = 0n;

  constructor(private readonly spans: readonly FiscalPeriodSpan[]) {
    ({ starts: this.starts, ends: this.ends } = spanDays(spans));
    this.acc = spans.map(() => 0n);
  }

  /** The whole amount to the period holding epoch day `day`. */
  addOnDay(day: number, units: bigint): void {
    this.total += units;
    const i = firstSpanFrom(this.ends, day);
    if (i < this.spans.length && this.starts[i]! <= day) this.acc[i]! += units;
    else this.outside += units;
  }

  /** The amount spread by days over epoch days from…to (inclusive), largest remainder. */
  addOverDays(from: number, to: number, units: bigint): void {
    this.total += units;
    const { starts, ends, acc } = this;
    let i = firstSpanFrom(ends, from);
    if (i >= starts.length || starts[i]! > to) {
      this.outside += units;
      return;
    }
    if (starts[i]! <= from && to <= ends[i]!) {
      acc[i]! += units;
      return;
    }
    const hits: number[] = [];
    const weights: bigint[] = [];
    let covered = 0;
    for (; i < starts.length && starts[i]! <= to; i++) {
      const days = Math.min(ends[i]!, to) - Math.max(starts[i]!, from) + 1;
      hits.push(i);
      weights.push(BigInt(days));
      covered += days;
    }
    weights.push(BigInt(to - from + 1 - covered));
    const parts = splitMinorBig(units, weights);
    hits.forEach((h, k) => (acc[h]! += parts[k]!));
    this.outside += parts[hits.length]!;
  }

  result(minorUnits: number): FiscalAmounts {
    return {
      byPeriod: this.spans.map((s, i) => ({ key: s.key, amount: formatMinorBig(this.acc[i]!, minorUnits) })),
      outside: formatMinorBig(this.outside, minorUnits),
      total: formatMinorBig(this.total, minorUnits),
    };
  }
}
