import { fiscalYearOf, type MonthKey } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import type { PostedLine, SkippedLine } from '../../src-shared/ipc/post-forecast-contract';
import type { ScenarioForecast, ScenarioForecastRow } from '../../src-shared/model';
import { allocate, D, isZeroMoney, sumMoney, type Money } from '../../src-shared/money';
import { convertAmount, MissingFxRateError } from '../engine/fx';
import type { AmountTuple } from '../repo/budget-repo';
import type { BudgetLineDbRow } from '../repo/rows';
import type { AccountingEnv } from './accounting-env';

/** What one line gets: its row of the plan plus the amount of every posted month. */
export interface LinePlan {
  line: PostedLine;
  amounts: { month: MonthKey; amount: Money }[];
}

/**
 * The months to post: the asked ones (each must be a forecast month), else every forecast
 * month in a fiscal year the workbook has periods for. Ascending, without repeats.
 */
export function postedMonths(
  forecastMonths: readonly MonthKey[],
  asked: readonly MonthKey[] | undefined,
  storedYears: readonly number[],
  fyStartMonth: number,
): MonthKey[] {
  if (asked) {
    const known = new Set(forecastMonths);
    asked.forEach((m, i) => {
      if (!known.has(m)) {
        const range = forecastMonths.length ? `${forecastMonths[0]} to ${forecastMonths.at(-1)}` : 'none';
        throw new AppError('validation', `months.${i}: ${m} is not a forecast month (forecast months: ${range}).`, {
          field: `months.${i}`,
        });
      }
    });
    return [...new Set(asked)].sort();
  }
  const years = new Set(storedYears);
  return forecastMonths.filter((m) => years.has(fiscalYearOf(m, fyStartMonth)));
}

const dimsKey = (l: BudgetLineDbRow) =>
  [l.cost_center_id, l.service_id, l.account_id, l.vendor_id ?? '', l.description].join('\u0000');

/**
 * Pair each source line with its target line. In place, a line is its own target. Into
 * another scenario, the target is the line on the same cost center, service, account,
 * vendor and description (what a scenario copy keeps); several alike pair up in grid order.
 */
export function matchTargets(
  source: readonly BudgetLineDbRow[],
  target: readonly BudgetLineDbRow[],
  inPlace: boolean,
): Map<string, BudgetLineDbRow> {
  if (inPlace) return new Map(source.map((l) => [l.id, l]));
  const free = new Map<string, BudgetLineDbRow[]>();
  for (const t of target) free.set(dimsKey(t), [...(free.get(dimsKey(t)) ?? []), t]);
  const out = new Map<string, BudgetLineDbRow>();
  for (const s of source) {
    const t = free.get(dimsKey(s))?.shift();
    if (t) out.set(s.id, t);
  }
  return out;
}

/** A line of the source scenario with a forecast and a line to post it into. */
interface Member {
  row: ScenarioForecastRow;
  target: BudgetLineDbRow;
}

/**
 * Plan every line: its forecast in the posted months, converted from the base currency into
 * the line's at each month's budget rate (rounded once per month to its minor units, with
 * the workbook's rounding), and its old and new totals. Lines on the same cost center,
 * service, account and vendor share one history; those with the same effective forecast
 * (no inputs of their own that set them apart) share that forecast: each month of it is
 * split between them (largest remainder, exact to the cent) in proportion to their budget
 * in that month's fiscal year, all to the first when none has any, so it is never posted
 * twice. Lines without a forecast or target are skipped. A missing rate refuses the
 * posting, naming the line and month.
 */
export function planLines(input: {
  env: AccountingEnv;
  forecast: ScenarioForecast;
  months: readonly MonthKey[];
  sourceLines: readonly BudgetLineDbRow[];
  targets: ReadonlyMap<string, BudgetLineDbRow>;
  /** Every budget amount of the target lines. */
  existing: readonly AmountTuple[];
  /** Target lines costed from a driver (by id, the driver's code): their amounts are computed, not posted into. */
  driverCosted: ReadonlyMap<string, { code: string }>;
}): { lines: LinePlan[]; skipped: SkippedLine[] } {
  const { env, forecast, months, targets } = input;
  const byId = new Map(input.sourceLines.map((l) => [l.id, l]));
  const groups = new Map<string, Member[]>();
  const skipped: SkippedLine[] = [];
  for (const row of forecast.rows) {
    const source = byId.get(row.key);
    const target = targets.get(row.key);
    const skip = (reason: string) => skipped.push({ lineId: row.key, label: row.label, reason });
    if (!source || row.mean.length === 0) skip(row.notes[0] ?? 'no forecast');
    else if (!target) skip('no line on the same dimensions and description in the target scenario');
    else if (input.driverCosted.has(target.id))
      skip(`costed from driver ${input.driverCosted.get(target.id)!.code}: its amounts follow the driver`);
    else {
      // Lines with inputs of their own (overrides, cleanings…) get a forecast of their own:
      // only lines whose effective forecasts are the same are one forecast to split.
      const history = `${dimsKey({ ...source, description: '' })}|${row.mean.join(',')}`;
      groups.set(history, [...(groups.get(history) ?? []), { row, target }]);
    }
  }
  const fyStart = env.settings.fyStartMonth;
  const at = new Map(forecast.months.map((m, i) => [m, i]));
  const fyTotals = new Map<string, Money>();
  const old = new Map<string, Money>();
  for (const [lineId, month, amount] of input.existing) {
    const key = `${lineId}|${fiscalYearOf(month, fyStart)}`;
    fyTotals.set(key, sumMoney([fyTotals.get(key) ?? '0', amount]));
    old.set(`${lineId}|${month}`, amount);
  }
  const lines: LinePlan[] = [];
  for (const members of groups.values()) {
    const mean = members[0]!.row.mean;
    const shares = months.map((m) => {
      const base = mean[at.get(m) ?? -1] ?? '0';
      if (members.length === 1) return [base];
      const fy = fiscalYearOf(m, fyStart);
      const weights = members.map(({ row, target }) => {
        const total = fyTotals.get(`${target.id}|${fy}`) ?? '0';
        const inBase = toCurrency(env, total, target.currency, env.baseCurrency, m, row.label);
        return new D(inBase).isPositive() ? inBase : '0';
      });
      if (weights.every(isZeroMoney)) return members.map((_, i) => (i === 0 ? base : '0'));
      return allocate(base, weights, env.currencies.get(env.baseCurrency) ?? 2);
    });
    members.forEach(({ row, target }, i) => {
      const base = shares.map((s) => s[i] ?? '0');
      const amounts = months.map((month, k) => ({
        month,
        amount: toCurrency(env, base[k]!, env.baseCurrency, target.currency, month, row.label),
      }));
      lines.push({
        amounts,
        line: {
          lineId: target.id,
          sourceLineId: row.key,
          label: row.label,
          description: row.description,
          currency: target.currency,
          oldTotal: sumMoney(months.map((m) => old.get(`${target.id}|${m}`) ?? '0')),
          newTotal: sumMoney(amounts.map((a) => a.amount)),
          forecastTotal: sumMoney(base),
        },
      });
    });
  }
  const order = new Map(forecast.rows.map((r, i) => [r.key, i]));
  lines.sort((a, b) => (order.get(a.line.sourceLineId) ?? 0) - (order.get(b.line.sourceLineId) ?? 0));
  return { lines, skipped };
}

/**
 * An amount converted at the month's budget rate, rounded once to the target's minor units;
 * a missing rate is a 'validation' error naming the line and month.
 */
function toCurrency(env: AccountingEnv, amount: Money, from: string, to: string, month: MonthKey, line: string): Money {
  if (isZeroMoney(amount)) return '0';
  if (from === to) return amount;
  try {
    const out = convertAmount(env.rates, { amount, currency: from }, to, month, 'budget', {
      rounding: env.rounding,
      item: `line ${line}`,
    });
    return isZeroMoney(out) ? '0' : out;
  } catch (e) {
    if (!(e instanceof MissingFxRateError)) throw e;
    const currency = from === env.baseCurrency ? to : from;
    throw new AppError(
      'validation',
      `Line ${line} is in ${currency} but there is no budget FX rate ${from}→${to} for ${month}; ` +
        `add the rate under FX rates before posting the forecast.`,
      { item: line, field: 'currency', currency, month },
    );
  }
}
