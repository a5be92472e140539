import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import type { ForecastHistoryMark, ForecastLevelShift } from '../../../src-shared/model/forecast';
import { addMoney, dec, roundMoney, type Money } from '../../../src-shared/money';
import { robustExpected } from './anomalies';

/** Fewer months than this after the baseline start: the baseline is ignored (a fit needs a few points). */
export const MIN_BASELINE_MONTHS = 3;

/** What a user stored about a history, as adjust-history applies it. */
export interface HistoryInputs {
  baselineStart: MonthKey | null;
  /** Accepted cleanings: the month's value is replaced by `value` (Money). */
  cleanings: readonly { month: MonthKey; value: Money }[];
  /** One-off months: replaced by what the robust decomposition expects without them. */
  oneOffs: readonly { month: MonthKey; reason: string }[];
  /** From `month` on the level changed by `amount` (Money, signed). */
  levelShifts: readonly ForecastLevelShift[];
}

export interface AdjustRequest {
  /** Consecutive months of the history. */
  months: readonly MonthKey[];
  /** Money per month, as posted. */
  values: readonly Money[];
  /** Periods per season for the decomposition (12 for months). */
  frequency: number;
  /** Decimals of the currency: expected values of one-offs are rounded half-up to them. */
  minorUnits: number;
  inputs: HistoryInputs;
}

export interface AdjustedHistory {
  /** Money per month, every month: cleaned, one-offs replaced, level shifts added. */
  values: Money[];
  /** Index of the first month the forecast is fitted on (0 without a usable baseline start). */
  start: number;
  marks: ForecastHistoryMark[];
  /** Level shifts dated after the last history month: they apply to the forecast instead. */
  futureShifts: ForecastLevelShift[];
  notes: string[];
}

/**
 * Apply a scope's stored inputs to its history before fitting, in this order:
 * 1. baseline start: months before it are left out of the fit (kept, marked); when fewer
 *    than MIN_BASELINE_MONTHS would remain, the whole history is used and a note says so;
 * 2. accepted cleanings replace their month's value;
 * 3. one-offs (winning over a cleaning of the same month) are replaced by the value the
 *    robust decomposition expects with every one-off treated as missing; a history too
 *    short to decompose keeps them, with a note;
 * 4. a level shift of X at month M adds X to every history month before M, so the model
 *    sees the new level throughout; a shift after the last month is returned in
 *    `futureShifts` for the forecast; one on or before the first month changes nothing.
 * Inputs for months outside the history are ignored with a note. Pure: Money in, Money out.
 */
export function adjustHistory(req: AdjustRequest): AdjustedHistory {
  const { months, inputs } = req;
  const n = months.length;
  const notes: string[] = [];
  const index = new Map(months.map((m, i) => [m, i]));
  const values = [...req.values];
  const marks: ForecastHistoryMark[] = months.map(() => ({
    beforeBaseline: false,
    cleaned: false,
    oneOff: null,
    shift: null,
  }));
  const outside = (what: string, month: MonthKey) => notes.push(`${what} of ${month} ignored: not a history month`);

  const start = baselineIndex(months, inputs.baselineStart, notes);
  for (let i = 0; i < start; i++) marks[i]!.beforeBaseline = true;

  for (const c of inputs.cleanings) {
    const i = index.get(c.month);
    if (i === undefined) outside('cleaning', c.month);
    else {
      values[i] = c.value;
      marks[i]!.cleaned = true;
    }
  }

  const oneOffs = inputs.oneOffs.flatMap((o) => {
    const i = index.get(o.month);
    if (i === undefined) outside('one-off', o.month);
    return i === undefined ? [] : [{ i, reason: o.reason }];
  });
  if (oneOffs.length > 0) {
    const expected = robustExpected(
      { values: req.values.map(Number), frequency: req.frequency },
      oneOffs.map((o) => o.i),
    );
    if (!expected) notes.push(`one-offs kept in the baseline: ${n} months are too few to estimate their usual value`);
    for (const o of oneOffs) {
      marks[o.i]!.oneOff = o.reason;
      if (!expected) continue;
      values[o.i] = roundMoney(dec(String(expected[o.i]!)), req.minorUnits, 'HALF_UP');
      marks[o.i]!.cleaned = false;
      notes.push(`${months[o.i]} is a one-off (${o.reason}): replaced by its expected value ${values[o.i]}`);
    }
  }

  const futureShifts: ForecastLevelShift[] = [];
  const last = months[n - 1];
  for (const s of inputs.levelShifts) {
    if (last === undefined || s.month > last) {
      futureShifts.push(s);
      continue;
    }
    const upTo = index.get(s.month);
    if (upTo === undefined) continue;
    for (let i = 0; i < upTo; i++) {
      values[i] = addMoney(values[i]!, s.amount);
      marks[i]!.shift = marks[i]!.shift === null ? s.amount : addMoney(marks[i]!.shift!, s.amount);
    }
    if (upTo > 0) notes.push(`level shift of ${s.amount} from ${s.month}: added to the ${upTo} months before it`);
  }
  return { values, start, marks, futureShifts, notes };
}

/** Where the fit starts: the baseline start's index, or 0 (with a note) when it leaves too little. */
function baselineIndex(months: readonly MonthKey[], baselineStart: MonthKey | null, notes: string[]): number {
  if (baselineStart === null || months.length === 0 || baselineStart <= months[0]!) return 0;
  const start = months.findIndex((m) => m >= baselineStart);
  const left = start < 0 ? 0 : months.length - start;
  if (left < MIN_BASELINE_MONTHS) {
    notes.push(
      `baseline start ${baselineStart} ignored: it leaves ${left} month${left === 1 ? '' : 's'}, a fit needs ${MIN_BASELINE_MONTHS}`,
    );
    return 0;
  }
  notes.push(`baseline from ${baselineStart}: the ${start} months before it are left out of the fit`);
  return start;
}

/** A forecast's bounds and mean as Money, aligned with its months. */
export interface MoneyForecast {
  months: MonthKey[];
  mean: Money[];
  lo80: Money[];
  hi80: Money[];
  lo95: Money[];
  hi95: Money[];
}

export interface EffectiveForecast {
  forecast: MoneyForecast;
  /** The mean after level shifts, before overrides. */
  computed: Money[];
  overridden: boolean[];
}

/**
 * The forecast the user sees: level shifts dated in the forecast add their amount to the
 * mean and both intervals from their month on; then each override replaces the mean of
 * its month (its intervals stay as computed, so the override can be judged against
 * them). Overrides of months outside the forecast are left unused.
 */
export function applyForecastInputs(
  f: MoneyForecast,
  futureShifts: readonly ForecastLevelShift[],
  overrides: readonly { month: MonthKey; amount: Money }[],
): EffectiveForecast {
  const shifted = (xs: readonly Money[]) =>
    xs.map((x, j) => futureShifts.reduce((v, s) => (f.months[j]! >= s.month ? addMoney(v, s.amount) : v), x));
  const computed = shifted(f.mean);
  const typed = new Map(overrides.map((o) => [o.month, o.amount]));
  const mean = computed.map((x, j) => typed.get(f.months[j]!) ?? x);
  return {
    forecast: {
      months: [...f.months],
      mean,
      lo80: shifted(f.lo80),
      hi80: shifted(f.hi80),
      lo95: shifted(f.lo95),
      hi95: shifted(f.hi95),
    },
    computed,
    overridden: f.months.map((m) => typed.has(m)),
  };
}
