import type { Money } from '../money';
import type { ExpenseType, Id } from './entities';

/** The accounting summary of a fiscal year as it crosses the contract (accounting/summary). */

export type SummaryView = 'accrual' | 'cash';
export type SummaryBy = 'capex-opex' | 'cost-center' | 'tower';

export interface AccountingSummaryRow {
  /** Group key: 'CapEx' / 'OpEx', a cost center or tower id, or '' for items without one. */
  key: string;
  label: string;
  /** Money, base currency, one per period. */
  amounts: Money[];
  total: Money;
}

/** Money per period and their exact sum, base currency. */
export interface AccountingSummaryLine {
  amounts: Money[];
  total: Money;
}

/**
 * Where planned spend comes from: the scenario's manual budget lines, contracts (their
 * escalated schedules), stand-alone invoices (cost items of no contract) and assets.
 */
export const ACCOUNTING_SUMMARY_SOURCES = ['planned', 'contracts', 'invoices', 'assets'] as const;
export type AccountingSummarySource = (typeof ACCOUNTING_SUMMARY_SOURCES)[number];

/** One fiscal period of the summary, with the budget month mapped onto it. */
export interface AccountingSummaryPeriod {
  /** "FY2027-P01". */
  key: string;
  /** 1-based. */
  index: number;
  start: string;
  end: string;
  /** Calendar month whose budget rate converts contracts, invoices and assets of the period. */
  fxMonth: string;
  /**
   * The budget and actuals month booked into this period: month i of the fiscal year goes
   * to period i (the same month for calendar months; for a retail calendar, the i-th month).
   */
  month: string;
}

/** A foreign-currency actual month with no actual FX rate: converted at its budget rate instead. */
export interface AccountingSummaryMissingRate {
  /** "EUR/USD": the actual's currency against the base currency. */
  pair: string;
  currency: string;
  /** "YYYY-MM". */
  month: string;
  /** Σ of the actuals concerned, transaction currency. */
  amount: Money;
}

/**
 * Actuals of the fiscal year in base currency, grouped as the summary's rows, each cell
 * (currency × row × month) converted once at the month's actual rate and rounded.
 */
export interface AccountingSummaryActuals {
  /** Posted actual rows counted. */
  count: number;
  rows: AccountingSummaryRow[];
  /** At actual rates (budget rate where `missingActualRates` names the month). */
  total: AccountingSummaryLine;
  split: Record<ExpenseType, Money>;
  /** The same actuals at budget rates: what they would have cost had rates gone to plan. */
  atBudgetRate: AccountingSummaryLine;
  /** total − atBudgetRate: the part of the spend caused by exchange rates moving. */
  fxVariance: AccountingSummaryLine;
  /** total − the summary's total (actual minus plan); = volumePrice + fxVariance exactly. */
  variance: AccountingSummaryLine;
  /** atBudgetRate − the summary's total: spend above or below plan at budget rates. */
  volumePrice: AccountingSummaryLine;
  /** Months whose foreign actuals had no actual rate, by pair and month; empty when none. */
  missingActualRates: AccountingSummaryMissingRate[];
}

/**
 * Planned spend of one fiscal year in base currency at budget FX rates: a scenario's budget
 * lines (when asked), contracts, stand-alone invoices and assets; with the year's actuals.
 */
export interface AccountingSummary {
  fiscalYear: number;
  view: SummaryView;
  by: SummaryBy;
  baseCurrency: string;
  /** 'retail' when periods are 4-4-5 style weeks (budget month i then maps to period i). */
  calendarKind: 'calendar-months' | 'retail';
  periods: AccountingSummaryPeriod[];
  rows: AccountingSummaryRow[];
  /** Σ rows per period and overall, exactly. */
  total: AccountingSummaryLine;
  /** The same total split by expense type. */
  split: Record<ExpenseType, Money>;
  /** The split per period: CapEx + OpEx = total in every period. */
  splitByPeriod: Record<ExpenseType, AccountingSummaryLine>;
  /** The same total by source; Σ sources = total, exactly. */
  sources: Record<AccountingSummarySource, AccountingSummaryLine>;
  /** What went in; `costItems` excludes the invoices of contracts (counted by their contract). */
  counts: { contracts: number; costItems: number; assets: number };
  /** The scenario whose budget lines are in `planned`, and how many lines it has; null when none was asked. */
  scenario: { id: Id; name: string; budgetLines: number } | null;
  actual: AccountingSummaryActuals;
  /**
   * Balance sheet at each period end, Money in base currency at the period's budget rate:
   * contracts and invoices paid before they are expensed (prepaid expenses, e.g. a 3-year
   * licence paid up front, amortizing monthly) and expensed before they are paid (accrued
   * liabilities). The same in the accrual and the cash view.
   */
  balances: { prepaid: Money[]; accrued: Money[] };
}
