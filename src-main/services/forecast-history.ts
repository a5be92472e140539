import { addMonths, type MonthKey } from '../../src-shared/calendar/fiscal';
import type { Money } from '../../src-shared/money';
import { convertToBase, MissingFxRateError } from '../engine/fx';
import { ExactSum } from '../repo/exact-sum';
import type { ForecastActual } from '../repo/forecast-repo';
import type { AccountingEnv } from './accounting-env';
import { asValidationError } from './engine-input';
import { toBase } from './summary-tally';

/** Monthly actuals of one scope in the base currency, with the months they cover. */
export interface MonthlyHistory {
  /** Consecutive months from the scope's first actuals month to the workbook's last. */
  months: MonthKey[];
  /** Money per month, base currency; "0" for months without actuals. */
  values: Money[];
  /** Conversions at the budget rate for want of an actual rate, in words. */
  notes: string[];
}

/** Per currency and month, the exact sum of a scope's actuals in that currency. */
type CurrencyMonths = Map<string, Map<MonthKey, ExactSum>>;

/** The months from `first` to `last` inclusive (empty when `last` is earlier). */
export function monthRange(first: MonthKey, last: MonthKey): MonthKey[] {
  const out: MonthKey[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

/**
 * Monthly histories of several scopes at once: each actual goes to the scopes `keysOf`
 * names. Per scope, the actuals are summed exactly per currency and month, and each such
 * cell converted once into the base currency at the month's ACTUAL rate (rounded with the
 * workbook's rounding mode), so a history in the base currency alone is the exact sum of
 * its actuals. A month without an actual rate is converted at its budget rate and named
 * in the notes; a month with neither is a 'validation' error naming the pair and month.
 * Each history runs from the scope's first month with actuals to `lastMonth` (the
 * workbook's last actuals month), months without actuals being 0.
 */
export function monthlyHistories(
  env: AccountingEnv,
  actuals: Iterable<ForecastActual>,
  keysOf: (a: ForecastActual) => readonly string[],
  lastMonth: MonthKey,
  context: string,
): Map<string, MonthlyHistory> {
  const cells = new Map<string, CurrencyMonths>();
  for (const a of actuals) {
    for (const key of keysOf(a)) {
      let byCurrency = cells.get(key);
      if (!byCurrency) cells.set(key, (byCurrency = new Map()));
      let byMonth = byCurrency.get(a.currency);
      if (!byMonth) byCurrency.set(a.currency, (byMonth = new Map()));
      let sum = byMonth.get(a.month);
      if (!sum) byMonth.set(a.month, (sum = new ExactSum()));
      sum.add(a.amount);
    }
  }
  const out = new Map<string, MonthlyHistory>();
  for (const [key, byCurrency] of cells) out.set(key, historyOf(env, byCurrency, lastMonth, context));
  return out;
}

/** One scope's history: its currency cells converted and summed per month. */
function historyOf(
  env: AccountingEnv,
  byCurrency: CurrencyMonths,
  lastMonth: MonthKey,
  context: string,
): MonthlyHistory {
  let first = lastMonth;
  for (const byMonth of byCurrency.values()) for (const m of byMonth.keys()) if (m < first) first = m;
  const months = monthRange(first, lastMonth);
  const index = new Map(months.map((m, i) => [m, i]));
  const sums = months.map(() => new ExactSum());
  const atBudget = new Map<string, MonthKey[]>();
  for (const [currency, byMonth] of byCurrency) {
    for (const [month, sum] of byMonth) {
      const i = index.get(month);
      if (i === undefined) continue;
      sums[i]!.add(
        atActualRate(env, sum.value(), currency, month, context, () => {
          const pair = `${currency}/${env.baseCurrency}`;
          atBudget.set(pair, [...(atBudget.get(pair) ?? []), month]);
        }),
      );
    }
  }
  const notes = [...atBudget].map(
    ([pair, ms]) => `No actual FX rate for ${pair} in ${ms.sort().join(', ')}: converted at the budget rate`,
  );
  return { months, values: sums.map((s) => s.value()), notes };
}

/**
 * An amount in base currency at the month's actual rate; at its budget rate (calling
 * `onBudgetRate`) when the month has no actual rate. Throws a 'validation' AppError naming
 * the pair and month when it has no budget rate either.
 */
function atActualRate(
  env: AccountingEnv,
  amount: Money,
  currency: string,
  month: MonthKey,
  context: string,
  onBudgetRate: () => void,
): Money {
  if (currency === env.baseCurrency) return amount;
  try {
    return convertToBase(env.rates, { amount, currency }, month, 'actual', { rounding: env.rounding });
  } catch (e) {
    if (!(e instanceof MissingFxRateError) || e.kind !== 'actual') throw asValidationError(e, context);
    onBudgetRate();
    return toBase(env, amount, currency, month, 'budget', context);
  }
}
