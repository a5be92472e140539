import type { Money } from '../../../src-shared/money';
import type { ExpenseType } from '../../../src-shared/model/entities';
import type { FiscalCalendar } from '../../../src-shared/calendar/calendar-types';
import type { AccrualPolicyId } from '../../../src-shared/model/accounting';

/** One payment of a payment schedule: an ISO date and a Money string in the item's currency. */
export interface Instalment {
  date: string;
  amount: Money;
}

/**
 * A cost item: a contract, an invoice or a purchase. Amounts are Money strings in the
 * item's currency, with at most `minorUnits` decimals. Dates are ISO "YYYY-MM-DD".
 * Cash timing, first match wins: `paymentSchedule` (instalments summing to `amount`),
 * else `paymentDate`, else the due date from `invoiceDate` and `paymentTerms`.
 */
export interface CostItem {
  id: string;
  description?: string;
  /** Money string, transaction currency; negative for a credit note. */
  amount: Money;
  /** ISO 4217 code, e.g. "USD"; all items of one {@link buildViews} call share it. */
  currency: string;
  /** Decimals of the currency: JPY 0, USD 2, BHD 3. */
  minorUnits: number;
  invoiceDate: string;
  paymentDate?: string;
  /** "net 30", "net 45", "due on receipt", "end of month + 30"… see parsePaymentTerms. */
  paymentTerms?: string;
  paymentSchedule?: readonly Instalment[];
  /** The days the cost pays for, both ends inclusive. */
  servicePeriod: { start: string; end: string };
  expenseType: ExpenseType;
}

/**
 * How the accrual view spreads an item over its service period (a workbook setting):
 * - `by-days`: each period's share = service days in the period / all service days;
 * - `even-by-period`: every period touched by at least one service day gets an equal share.
 */
export type AccrualPolicy = AccrualPolicyId;

export interface ViewOptions {
  /**
   * Where service days fall before or after the given periods, the spread still needs
   * their period boundaries (for `even-by-period`, and so that rounding inside the
   * horizon does not depend on how wide the horizon is). Given a calendar, those days
   * are cut by its periods; without one, by calendar months.
   */
  calendar?: Pick<FiscalCalendar, 'periodOf'>;
  /** Extra breakdowns: dimension name → the key of an item in it (e.g. its cost center). */
  groupBy?: Readonly<Record<string, (item: CostItem) => string>>;
}

/**
 * Amounts per period, Money strings in the item currency. `before` and `after` hold what
 * falls outside the given periods, so nothing is dropped: before + Σ periods + after = total.
 */
export interface PeriodSeries {
  before: Money;
  periods: Money[];
  after: Money;
  total: Money;
}

/**
 * Balance-sheet amounts: `opening` at the start of the first period, then one per period
 * end. Money strings, item currency.
 */
export interface BalanceSeries {
  opening: Money;
  periods: Money[];
}

/**
 * Cash paid to date minus expense recognised to date. `net` > 0 is a prepaid asset,
 * < 0 an accrued liability. `asset` sums the items with a positive balance, `liability`
 * the magnitude of those with a negative one, so net = asset − liability; the balance
 * sheet shows asset and liability gross.
 */
export interface PrepaidBalances {
  net: BalanceSeries;
  asset: BalanceSeries;
  liability: BalanceSeries;
}

/** Accrual and cash views of a set of items, and their prepaid/accrued balances. */
export interface ViewTotals {
  /** Expense recognised; for a prepaid item this is also its amortization. */
  accrual: PeriodSeries;
  cash: PeriodSeries;
  balance: PrepaidBalances;
}

/** One item's views: its resolved payment dates, accrual, cash and prepaid balance. */
export interface ItemSchedule {
  itemId: string;
  payments: Instalment[];
  accrual: PeriodSeries;
  cash: PeriodSeries;
  /** Net prepaid (+) or accrued (−) balance of this item. */
  balance: BalanceSeries;
}

/** Result of {@link buildViews}. Period arrays follow `periodKeys`. */
export interface AccrualCashViews {
  currency: string;
  periodKeys: string[];
  total: ViewTotals;
  byExpenseType: Record<ExpenseType, ViewTotals>;
  /** dimension name → key → totals, for each `groupBy` dimension. */
  groups: Record<string, Record<string, ViewTotals>>;
}
