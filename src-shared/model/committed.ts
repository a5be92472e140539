import type { MonthKey } from '../calendar/fiscal';
import type { Money } from '../money/money';
import type { DimensionLinks } from './accounting';
import type { SummaryView } from './accounting-summary';
import type { ExpenseType, Id } from './entities';

/** Where a committed row comes from: a contract's schedule, a stand-alone invoice or an asset. */
export type CommittedSourceKind = 'contract' | 'invoice' | 'asset';

/**
 * The committed spend of one source item in one budget fiscal year (read-only in the
 * budget grid: it is edited where the item lives).
 */
export interface CommittedRow extends DimensionLinks {
  /** "contract:<id>", "invoice:<id>" or "asset:<id>": unique within a year. */
  key: string;
  source: CommittedSourceKind;
  sourceId: Id;
  /** Contract code, invoice reference (or its id) or asset tag. */
  code: string;
  name: string;
  currency: string;
  expenseType: ExpenseType;
  /** Money, transaction currency, one per budget month (aligned with CommittedSpend.months). */
  amounts: Money[];
  total: Money;
  /** How the amounts were made: "Contract C-014, annual in advance, +3 %/yr; accrual by days". */
  explanation: string;
  /** Assets only: the in-service date (ISO), when the purchase itself happens. */
  inServiceDate?: string;
}

/** Committed spend of a budget fiscal year in the accrual or cash view. */
export interface CommittedSpend {
  fiscalYear: number;
  basis: SummaryView;
  /** The calendar months of the budget year (the same as `budget/get-grid`'s). */
  months: MonthKey[];
  rows: CommittedRow[];
}

/** A budget FX rate the conversion needed and the workbook lacks. */
export interface MissingRate {
  from: string;
  to: string;
  /** "YYYY-MM". */
  month: string;
}

/** One group of amounts per currency to convert (e.g. the grid's grand totals). */
export interface ConvertGroupInput {
  key: string;
  /** Money per budget month, in the currency named by the key of the record. */
  byCurrency: Record<string, Money[]>;
}

/** A group converted to the base currency at budget rates. */
export interface ConvertedGroup {
  key: string;
  /**
   * Per currency, its monthly amounts converted and rounded to the base currency's minor
   * units (workbook rounding); null for a month whose rate is missing.
   */
  byCurrency: Record<string, (Money | null)[]>;
  /** Σ over currencies of the converted amounts per month; null when any rate of the month is missing. */
  amounts: (Money | null)[];
  /** Σ of `amounts`; null when any month is missing. */
  total: Money | null;
}

export interface ConvertedTotals {
  fiscalYear: number;
  baseCurrency: string;
  months: MonthKey[];
  groups: ConvertedGroup[];
  /** Every (currency, month) without a budget rate, each once, in month then currency order. */
  missing: MissingRate[];
}
