import { subMoney, sumMoney, type Money } from '../../../src-shared/money';
import { convertToBase, type ConvertOptions } from './convert';
import type { CurrencyAmount } from './fx-types';
import type { FxRateTable } from './rate-table';

/** One budget-versus-actual comparison in one period. */
export interface VarianceInput {
  period: string;
  /** The budget in its transaction currency; always converted at the budget rate. */
  budget: CurrencyAmount;
  /** The actual in its transaction currency; converted at both rates. */
  actual: CurrencyAmount;
}

/**
 * A variance in base currency split into its causes. All fields are Money strings in the
 * base currency, each converted amount rounded once to its minor units. Sign: actual minus
 * budget, so for a cost a positive variance is an overspend.
 */
export interface VarianceSplit {
  period: string;
  /** Budget at budget rate. */
  budgetBase: Money;
  /** Actual at budget rate: the actual as if exchange rates had gone to plan. */
  actualAtBudgetRate: Money;
  /** Actual at actual rate: what was really spent, in base currency. */
  actualAtActualRate: Money;
  /** actualAtBudgetRate − budgetBase: more or less bought, or at other prices. */
  volumePriceVariance: Money;
  /** actualAtActualRate − actualAtBudgetRate: caused only by exchange rates moving. */
  fxVariance: Money;
  /** actualAtActualRate − budgetBase = volumePriceVariance + fxVariance, exactly. */
  totalVariance: Money;
}

/** Throws if a split does not add up; the parts are differences of the same rounded amounts. */
function proveSplit(s: VarianceSplit): VarianceSplit {
  if (sumMoney([s.volumePriceVariance, s.fxVariance]) !== s.totalVariance) {
    throw new Error(
      `variance split for ${s.period} does not add up: ${s.volumePriceVariance} + ${s.fxVariance} ≠ ${s.totalVariance}`,
    );
  }
  return s;
}

/**
 * The FX effect on one actual: its base-currency value at the budget rate and at the actual
 * rate, and their difference (`fxVariance` = atActualRate − atBudgetRate). Money strings in
 * base currency. Throws as convertToBase (missing budget or actual rate for the period…).
 */
export function actualFxEffect(
  table: FxRateTable,
  actual: CurrencyAmount,
  period: string,
  opts: ConvertOptions = {},
): { atBudgetRate: Money; atActualRate: Money; fxVariance: Money } {
  const atBudgetRate = convertToBase(table, actual, period, 'budget', opts);
  const atActualRate = convertToBase(table, actual, period, 'actual', opts);
  return { atBudgetRate, atActualRate, fxVariance: subMoney(atActualRate, atBudgetRate) };
}

/**
 * Split actual − budget (base currency) into a volume/price variance measured at budget
 * rates and an FX variance, the remainder caused by rates. The parts add up exactly to the
 * total (checked before returning). Throws as convertToBase.
 */
export function splitVariance(table: FxRateTable, input: VarianceInput, opts: ConvertOptions = {}): VarianceSplit {
  const budgetBase = convertToBase(table, input.budget, input.period, 'budget', {
    ...opts,
    item: opts.item ?? 'budget',
  });
  const fx = actualFxEffect(table, input.actual, input.period, { ...opts, item: opts.item ?? 'actual' });
  return proveSplit({
    period: input.period,
    budgetBase,
    actualAtBudgetRate: fx.atBudgetRate,
    actualAtActualRate: fx.atActualRate,
    volumePriceVariance: subMoney(fx.atBudgetRate, budgetBase),
    fxVariance: fx.fxVariance,
    totalVariance: subMoney(fx.atActualRate, budgetBase),
  });
}

/**
 * Field-by-field sum of splits (e.g. all lines of a cost centre, or all periods of a year),
 * labelled `period`. Sums of exact parts stay exact, so the total still adds up; checked.
 */
export function sumVarianceSplits(splits: readonly VarianceSplit[], period: string): VarianceSplit {
  const total = (f: keyof Omit<VarianceSplit, 'period'>) => sumMoney(splits.map((s) => s[f]));
  return proveSplit({
    period,
    budgetBase: total('budgetBase'),
    actualAtBudgetRate: total('actualAtBudgetRate'),
    actualAtActualRate: total('actualAtActualRate'),
    volumePriceVariance: total('volumePriceVariance'),
    fxVariance: total('fxVariance'),
    totalVariance: total('totalVariance'),
  });
}
