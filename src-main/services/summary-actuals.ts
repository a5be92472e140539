import type { MonthKey } from '../../src-shared/calendar/fiscal';
import type {
  AccountingSummaryActuals,
  AccountingSummaryLine,
  AccountingSummaryMissingRate,
  SummaryBy,
} from '../../src-shared/model';
import type { Money } from '../../src-shared/money';
import { actualFxEffect, MissingFxRateError } from '../engine/fx';
import { listActualsBetween } from '../repo/actuals-repo';
import { ExactSum } from '../repo/exact-sum';
import type { AccountingEnv } from './accounting-env';
import type { WorkbookContext } from './context';
import { asValidationError } from './engine-input';
import type { SummaryGrouping } from './summary-grouping';
import { CurrencyCells, LineSums, RowSums, lineDifference, toBase, totalsOf } from './summary-tally';

export interface ActualsRequest {
  /** The fiscal year's months; month i is booked in period i. */
  months: readonly MonthKey[];
  by: SummaryBy;
  grouping: SummaryGrouping;
  /** The summary's planned total, which the actuals are compared with. */
  plan: AccountingSummaryLine;
  /** Names the calculation in errors ("FY2027 actuals"). */
  context: string;
}

/**
 * The year's posted actuals in base currency, grouped as the summary's rows. Each cell
 * (currency × row × month) is converted once at the month's actual rate and once at its
 * budget rate (engine `actualFxEffect`); their difference is the FX variance. A month with
 * a budget rate but no actual rate is converted at the budget rate, adds no FX variance and
 * is listed in `missingActualRates`; a month without a budget rate is a 'validation' error
 * naming the pair and month. Base-currency actuals need no rate and have no FX variance.
 */
export function summarizeActuals(
  ctx: WorkbookContext,
  env: AccountingEnv,
  req: ActualsRequest,
): AccountingSummaryActuals {
  const n = req.months.length;
  const monthIndex = new Map(req.months.map((m, i) => [m, i]));
  const list = listActualsBetween(ctx.orm, req.months[0]!, req.months[n - 1]!);
  const cells = new CurrencyCells(n);
  for (const a of list) {
    const i = monthIndex.get(a.month);
    if (i === undefined) continue;
    const links = { costCenterId: a.costCenterId, serviceId: a.serviceId, accountId: null, vendorId: null };
    cells.add(a.currency, { group: req.grouping.cellOf(links), type: a.expenseType }, i, a.amount);
  }

  const rows = new RowSums(n, req.by, req.grouping.rowOf);
  const atActual = new LineSums(n);
  const atBudget = new LineSums(n);
  const missing = new Map<string, { currency: string; month: MonthKey; sum: ExactSum }>();
  for (const { currency, key, amounts } of cells.rows()) {
    amounts.forEach((amount, i) => {
      if (amount === '0') return;
      const month = req.months[i]!;
      const { budget, actual } = convertBoth(env, amount, currency, month, req.context, () => {
        const k = `${month} ${currency}`;
        let m = missing.get(k);
        if (!m) missing.set(k, (m = { currency, month, sum: new ExactSum() }));
        m.sum.add(amount);
      });
      rows.add(key, i, actual);
      atActual.add(i, actual);
      atBudget.add(i, budget);
    });
  }

  const total = atActual.value();
  const budgetRate = atBudget.value();
  const missingActualRates: AccountingSummaryMissingRate[] = [...missing.values()]
    .sort((a, b) => a.month.localeCompare(b.month) || a.currency.localeCompare(b.currency))
    .map((m) => ({
      pair: `${m.currency}/${env.baseCurrency}`,
      currency: m.currency,
      month: m.month,
      amount: m.sum.value(),
    }));
  return {
    count: list.filter((a) => monthIndex.has(a.month)).length,
    rows: rows.finish(req.grouping.label, req.grouping.none),
    total,
    split: totalsOf(rows.splitLines()),
    atBudgetRate: budgetRate,
    fxVariance: lineDifference(total, budgetRate),
    variance: lineDifference(total, req.plan),
    volumePrice: lineDifference(budgetRate, req.plan),
    missingActualRates,
  };
}

/** One actual cell at the budget and the actual rate; `onNoActualRate` when it falls back to the budget rate. */
function convertBoth(
  env: AccountingEnv,
  amount: Money,
  currency: string,
  month: MonthKey,
  context: string,
  onNoActualRate: () => void,
): { budget: Money; actual: Money } {
  if (currency === env.baseCurrency) return { budget: amount, actual: amount };
  try {
    const fx = actualFxEffect(env.rates, { amount, currency }, month, { rounding: env.rounding });
    return { budget: fx.atBudgetRate, actual: fx.atActualRate };
  } catch (e) {
    if (!(e instanceof MissingFxRateError) || e.kind !== 'actual') throw asValidationError(e, context);
    onNoActualRate();
    const budget = toBase(env, amount, currency, month, 'budget', context);
    return { budget, actual: budget };
  }
}
