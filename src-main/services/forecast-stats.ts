import { fiscalYearOf, type MonthKey } from '../../src-shared/calendar/fiscal';
import type { ForecastYearTotal } from '../../src-shared/model';
import { D, roundMoney, type Money } from '../../src-shared/money';
import { ExactSum } from '../repo/exact-sum';

/**
 * A statistic (a forecast, an interval bound, a fitted value) as Money: rounded half-up
 * to `minorUnits`. Throws RangeError for a value that is not finite, which a caller
 * checks for first (the engine's forecasts are never NaN; a bad one must not cross).
 */
export function moneyOf(x: number, minorUnits: number): Money {
  if (!Number.isFinite(x)) throw new RangeError(`forecast value ${x} is not a finite number`);
  return roundMoney(new D(x), minorUnits, 'HALF_UP');
}

/**
 * The average of the 12 months ending at each month, rounded half-up to `minorUnits`
 * (Money); null for the first 11 months, which have no full year behind them.
 */
export function rolling12(values: readonly Money[], minorUnits: number): (Money | null)[] {
  const out: (Money | null)[] = [];
  let sum = new D(0);
  values.forEach((v, t) => {
    sum = sum.plus(v);
    if (t >= 12) sum = sum.minus(values[t - 12]!);
    out.push(t >= 11 ? roundMoney(sum.div(12), minorUnits, 'HALF_UP') : null);
  });
  return out;
}

/**
 * Year-over-year growth per month in percent, 2 decimals half-up ("12.5", "-3.25"):
 * (v − v₋₁₂) / |v₋₁₂| × 100. Null for the first 12 months and where the month a year
 * before is 0 (growth from nothing has no percentage).
 */
export function yearOverYear(values: readonly Money[]): (string | null)[] {
  return values.map((v, t) => {
    const before = t >= 12 ? new D(values[t - 12]!) : null;
    if (before === null || before.isZero()) return null;
    return roundMoney(new D(v).minus(before).div(before.abs()).times(100), 2, 'HALF_UP');
  });
}

/** Exact totals of monthly amounts per fiscal year, in year order (years cut by the horizon are partial). */
export function fiscalYearTotals(
  months: readonly MonthKey[],
  amounts: readonly Money[],
  fyStartMonth: number,
): ForecastYearTotal[] {
  const years = new Map<number, { months: number; sum: ExactSum }>();
  months.forEach((m, i) => {
    const fy = fiscalYearOf(m, fyStartMonth);
    let y = years.get(fy);
    if (!y) years.set(fy, (y = { months: 0, sum: new ExactSum() }));
    y.months++;
    y.sum.add(amounts[i]!);
  });
  return [...years].map(([fiscalYear, y]) => ({ fiscalYear, months: y.months, total: y.sum.value() }));
}

/** Parameters in words for a table cell: "alpha 0.312, phi 0.98" (3 significant digits). */
export function paramsSummary(params: Readonly<Record<string, number>>): string {
  return Object.entries(params)
    .filter(([, v]) => Number.isFinite(v))
    .map(([k, v]) => `${k} ${Number(v.toPrecision(3))}`)
    .join(', ');
}
