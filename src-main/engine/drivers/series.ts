import { addMonths, isMonthKey, type MonthKey } from '../../../src-shared/calendar/fiscal';
import type { DriverSeriesPoint } from '../../../src-shared/model/drivers';
import { D, isPlainDecimal, type Dec } from '../../../src-shared/money';
import { EngineInputError } from '../errors';
import { forecastSeries } from '../forecast/methods';
import { FORECAST_METHOD_IDS, type ForecastMethodId } from '../forecast/types';
import { monthsBetween } from './month-math';

/**
 * Decimal places of driver quantities the engine produces (forecast and grown values):
 * ten-thousandths of a unit, fine enough for fractional drivers (TB, FTE) and far below
 * anything a unit rate in cents could turn into money.
 */
export const DRIVER_SCALE = 4;

export interface DriverSeriesInput {
  /** Names the driver in errors (its code). */
  driver: string;
  /** 'auto' | 'ets' | a forecast method id | 'none' (hold the last actual). */
  method: string;
  /** Stored values; months need not be sorted. Quantities are decimal strings. */
  actuals: readonly { month: MonthKey; value: string }[];
  plans: readonly { month: MonthKey; value: string }[];
  /** The scenario's growth assumptions for this driver; several stack (multiply). */
  assumptions: readonly { fromMonth: MonthKey; annualGrowth: string }[];
  from: MonthKey;
  to: MonthKey;
}

export interface DriverSeries {
  /** The method used for forecast months ('none' when nothing had to be forecast). */
  method: string;
  notes: string[];
  points: DriverSeriesPoint[];
}

function quantity(driver: string, field: string, v: string): Dec {
  if (!isPlainDecimal(v.trim()))
    throw new EngineInputError(`Driver ${driver}: ${field} "${v}" is not a number`, driver, field);
  return new D(v.trim());
}

const fmt = (d: Dec) => d.toDecimalPlaces(DRIVER_SCALE).toFixed();

/**
 * The growth factor of month `m`: every assumption with fromMonth ≤ m contributes
 * (1 + g/100)^(n/12), n = months from its fromMonth counting that month as the first,
 * so +8 %/yr from January has grown by exactly 8 % in December.
 */
export function growthFactor(driver: string, assumptions: DriverSeriesInput['assumptions'], m: MonthKey): Dec {
  let f = new D(1);
  for (const [i, a] of assumptions.entries()) {
    if (!isMonthKey(a.fromMonth)) {
      throw new EngineInputError(
        `Driver ${driver}: assumptions[${i}].fromMonth "${a.fromMonth}" is not a month`,
        driver,
        'fromMonth',
      );
    }
    const g = quantity(driver, `assumptions[${i}].annualGrowth`, a.annualGrowth);
    if (g.lte(-100)) {
      throw new EngineInputError(
        `Driver ${driver}: annual growth ${a.annualGrowth}% would take the driver to zero or below`,
        driver,
        'annualGrowth',
      );
    }
    const n = monthsBetween(a.fromMonth, m) + 1;
    if (n > 0) f = f.times(g.div(100).plus(1).pow(new D(n).div(12)));
  }
  return f;
}

/** History as numbers in month order, gaps filled with the previous value (noted). */
function history(byMonth: Map<MonthKey, Dec>, notes: string[]): number[] {
  const months = [...byMonth.keys()].sort();
  if (months.length === 0) return [];
  const out: number[] = [];
  let gaps = 0;
  let prev = byMonth.get(months[0]!)!;
  for (let m = months[0]!; m <= months[months.length - 1]!; m = addMonths(m, 1)) {
    const v = byMonth.get(m);
    if (v === undefined) gaps++;
    else prev = v;
    out.push(prev.toNumber());
  }
  if (gaps > 0) notes.push(`${gaps} month(s) without an actual value took the previous month's value`);
  return out;
}

function methodOf(input: DriverSeriesInput): ForecastMethodId | 'none' {
  const m = input.method === 'ets' ? 'auto' : input.method;
  if (m === 'none') return 'none';
  if ((FORECAST_METHOD_IDS as readonly string[]).includes(m)) return m as ForecastMethodId;
  throw new EngineInputError(
    `Driver ${input.driver}: forecast method "${input.method}" is not known`,
    input.driver,
    'forecastMethod',
  );
}

/** Statistical forecast for `horizon` months after the history, clamped at zero (a driver is never negative). */
function forecastAfter(
  input: DriverSeriesInput,
  hist: number[],
  horizon: number,
  notes: string[],
): { method: string; values: Dec[] } {
  const last = new D(hist[hist.length - 1] ?? 0);
  const hold = () => Array.from({ length: horizon }, () => last);
  const method = methodOf(input);
  if (method === 'none' || horizon <= 0) return { method: 'none', values: hold() };
  try {
    const r = forecastSeries({ values: hist, frequency: hist.length >= 24 ? 12 : 1 }, horizon, method);
    notes.push(...r.notes);
    return { method: r.method, values: r.mean.map((x) => (Number.isFinite(x) && x > 0 ? new D(x) : new D(0))) };
  } catch (e) {
    if (!(e instanceof EngineInputError)) throw e;
    notes.push(`${method} could not forecast (${e.message}): held the last actual value`);
    return { method: 'none', values: hold() };
  }
}

/**
 * A driver's monthly series for one scenario from `from` to `to` (inclusive): the actual
 * where there is one; after the last actual the plan value where entered, otherwise the
 * statistical forecast of the actuals; those non-actual values then grow by the scenario's
 * assumptions (compounded monthly, see growthFactor). Quantities are rounded half-up to
 * DRIVER_SCALE decimals. Months before the first actual without a plan are 0 ('none').
 * @throws EngineInputError naming the driver and field for a value that is not a number,
 *   an unknown method or a growth of −100 % or less
 */
export function driverSeries(input: DriverSeriesInput): DriverSeries {
  const notes: string[] = [];
  const actual = new Map(input.actuals.map((a) => [a.month, quantity(input.driver, `actual ${a.month}`, a.value)]));
  const plan = new Map(input.plans.map((p) => [p.month, quantity(input.driver, `plan ${p.month}`, p.value)]));
  const hist = history(actual, notes);
  const lastActual = [...actual.keys()].sort().pop();
  const horizon = lastActual === undefined ? 0 : Math.max(0, monthsBetween(lastActual, input.to));
  const fc = lastActual === undefined ? { method: 'none', values: [] } : forecastAfter(input, hist, horizon, notes);
  const points: DriverSeriesPoint[] = [];
  for (let m = input.from; m <= input.to; m = addMonths(m, 1)) {
    const a = actual.get(m);
    const p = plan.get(m);
    const step = lastActual === undefined ? 0 : monthsBetween(lastActual, m);
    const f = step > 0 ? fc.values[step - 1] : undefined;
    const base = a ?? (step >= 0 ? (p ?? f) : p);
    const source: DriverSeriesPoint['source'] =
      a !== undefined ? 'actual' : base === undefined ? 'none' : p !== undefined && base === p ? 'plan' : 'forecast';
    const grown =
      a ?? (base ?? new D(0)).times(source === 'none' ? 1 : growthFactor(input.driver, input.assumptions, m));
    points.push({
      month: m,
      actual: a === undefined ? null : fmt(a),
      plan: p === undefined ? null : fmt(p),
      forecast: f === undefined ? null : fmt(f),
      value: fmt(grown),
      source,
    });
  }
  return { method: fc.method, notes, points };
}
