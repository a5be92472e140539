import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import type { ConvertedGroup, ConvertedTotals, ConvertGroupInput, MissingRate } from '../../src-shared/model';
import { isZeroMoney, sumMoney, type Money } from '../../src-shared/money';
import { convertToBase, MissingFxRateError } from '../engine/fx';
import { loadAccountingEnv, type AccountingEnv } from './accounting-env';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';

/**
 * One currency's month in the base currency at the month's budget rate, rounded once to
 * the base currency's minor units with the workbook's rounding mode; null when the rate
 * is missing (recorded in `missing`).
 */
function convertMonth(
  env: AccountingEnv,
  amount: Money,
  currency: string,
  month: string,
  missing: Map<string, MissingRate>,
): Money | null {
  if (currency === env.baseCurrency || isZeroMoney(amount)) return amount;
  try {
    return convertToBase(env.rates, { amount, currency }, month, 'budget', { rounding: env.rounding });
  } catch (e) {
    if (!(e instanceof MissingFxRateError)) throw e;
    missing.set(`${month}|${currency}`, { from: currency, to: env.baseCurrency, month });
    return null;
  }
}

/**
 * Per-currency monthly totals of a budget year converted to the base currency at budget
 * FX rates. Rule: every (currency, month) amount is converted and rounded on its own;
 * a group's base month is the exact sum over its currencies of those rounded amounts and
 * its total the sum of its months, so the base figures reconcile to the cent with the
 * converted currency totals shown. A month lacking a rate is null (never a zero) and the
 * rate is listed in `missing`. An unknown currency is a 'validation' error.
 */
export function convertTotals(
  ctx: WorkbookContext,
  args: { fiscalYear: number; groups: readonly ConvertGroupInput[] },
): ConvertedTotals {
  const env = loadAccountingEnv(ctx);
  const months = fiscalYearMonths(args.fiscalYear, env.settings.fyStartMonth);
  const missing = new Map<string, MissingRate>();
  const groups = args.groups.map((g): ConvertedGroup => {
    const byCurrency: Record<string, (Money | null)[]> = {};
    for (const [currency, amounts] of Object.entries(g.byCurrency)) {
      byCurrency[currency] = engineCall(
        () => months.map((m, i) => convertMonth(env, amounts[i] ?? '0', currency, m, missing)),
        `${g.key} in ${currency}`,
      );
    }
    const amounts = months.map((_, i) => {
      const parts = Object.values(byCurrency).map((a) => a[i] ?? null);
      return parts.includes(null) ? null : sumMoney(parts.filter((p) => p !== null));
    });
    const total = amounts.includes(null) ? null : sumMoney(amounts.filter((a) => a !== null));
    return { key: g.key, byCurrency, amounts, total };
  });
  const order = [...missing.keys()].sort();
  return {
    fiscalYear: args.fiscalYear,
    baseCurrency: env.baseCurrency,
    months,
    groups,
    missing: order.map((k) => missing.get(k)!),
  };
}
