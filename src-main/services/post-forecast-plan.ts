import { fiscalYearOf, type MonthKey } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import type { PostedLine, SkippedLine } from '../../src-shared/ipc/post-forecast-contract';
import type { ScenarioForecast } from '../../src-shared/model';
import { isZeroMoney, sumMoney, type Money } from '../../src-shared/money';
import { convertAmount, MissingFxRateError } from '../engine/fx';
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

/**
 * Plan every line: its forecast in the posted months, converted from the base currency into
 * the line's at each month's budget rate (rounded once per month to its minor units, with
 * the workbook's rounding), and its old and new totals. Lines without a forecast or target
 * are skipped; a line whose history another line already took is skipped too, so one
 * history's forecast is never posted twice. A missing rate refuses the posting, naming the line.
 */
export function planLines(input: {
  env: AccountingEnv;
  forecast: ScenarioForecast;
  months: readonly MonthKey[];
  sourceLines: readonly BudgetLineDbRow[];
  targets: ReadonlyMap<string, BudgetLineDbRow>;
  oldAmounts: ReadonlyMap<string, Money>;
  inPlace: boolean;
}): { lines: LinePlan[]; skipped: SkippedLine[] } {
  const { env, forecast, months, targets } = input;
  const at = new Map(forecast.months.map((m, i) => [m, i]));
  const historyOwner = new Map<string, string>();
  const byId = new Map(input.sourceLines.map((l) => [l.id, l]));
  const lines: LinePlan[] = [];
  const skipped: SkippedLine[] = [];
  for (const row of forecast.rows) {
    const source = byId.get(row.key);
    const target = targets.get(row.key);
    const skip = (reason: string) => skipped.push({ lineId: row.key, label: row.label, reason });
    if (!source || row.mean.length === 0) {
      skip(row.notes[0] ?? 'no forecast');
      continue;
    }
    if (!target) {
      skip(`no line on the same dimensions and description in the target scenario`);
      continue;
    }
    const history = dimsKey({ ...source, description: '' });
    const owner = historyOwner.get(history);
    if (owner !== undefined) {
      skip(`shares its history with line ${owner}, which receives the forecast`);
      continue;
    }
    historyOwner.set(history, row.label);
    const label = input.inPlace ? row.label : `${row.label} (target line ${target.id})`;
    const base = months.map((m) => row.mean[at.get(m) ?? -1] ?? '0');
    const amounts = months.map((month, i) => ({
      month,
      amount: toLineCurrency(env, base[i]!, target.currency, month, label),
    }));
    const oldTotal = sumMoney(months.map((m) => input.oldAmounts.get(`${target.id}|${m}`) ?? '0'));
    lines.push({
      amounts,
      line: {
        lineId: target.id,
        sourceLineId: row.key,
        label: row.label,
        description: row.description,
        currency: target.currency,
        oldTotal,
        newTotal: sumMoney(amounts.map((a) => a.amount)),
        forecastTotal: sumMoney(base),
      },
    });
  }
  return { lines, skipped };
}

/** A base-currency forecast month in the line's currency; a missing budget rate names the line and month. */
function toLineCurrency(env: AccountingEnv, amount: Money, currency: string, month: MonthKey, label: string): Money {
  if (isZeroMoney(amount)) return '0';
  if (currency === env.baseCurrency) return amount;
  try {
    const out = convertAmount(env.rates, { amount, currency: env.baseCurrency }, currency, month, 'budget', {
      rounding: env.rounding,
      item: `line ${label}`,
    });
    return isZeroMoney(out) ? '0' : out;
  } catch (e) {
    if (!(e instanceof MissingFxRateError)) throw e;
    throw new AppError(
      'validation',
      `Line ${label} is in ${currency} but there is no budget FX rate ${env.baseCurrency}→${currency} for ${month}; ` +
        `add the rate under FX rates before posting the forecast.`,
      { item: label, field: 'currency', currency, month },
    );
  }
}
