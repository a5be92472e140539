import type { Money } from '../money';
import type { ExpenseType } from './entities';
import type { TcoCategory, TcoView } from './tco-result';

/** Where a TCO alternative's costs go: the scenario and the dimensions of the lines posted. */
export interface TcoPostingTarget {
  modelId: string;
  alternativeId: string;
  scenarioId: string;
  /** Cash (hardware when bought) or P&L (depreciation and write-offs instead). */
  view: TcoView;
  costCenterId: string;
  serviceId: string;
  /** Account of the CapEx lines (hardware, depreciation, write-off); the OpEx account when absent. */
  accountIdCapex?: string | undefined;
  accountIdOpex: string;
  vendorId?: string | undefined;
  /** First model month ("YYYY-MM") posted; default the model's first month. */
  fromMonth?: string | undefined;
}

/** One budget line a TCO posting creates or replaces: one per cost category with any cost. */
export interface TcoPostedLine {
  category: TcoCategory;
  expenseType: ExpenseType;
  accountId: string;
  description: string;
  /** The existing line whose amounts are replaced, or null for a new line. */
  lineId: string | null;
  /** Money strings, model currency, one per posted month (zeros included). */
  amounts: Money[];
  /** Money: Σ amounts. */
  total: Money;
}

/** What a TCO posting writes (or, for a dry run, would write). */
export interface TcoPosting {
  /** The journal seq of the command; null for a dry run. */
  seq: number | null;
  /** "<modelId>/<alternativeId>": the budget_line_sources ref of every line. */
  ref: string;
  currency: string;
  /** "YYYY-MM" of the posted months, in order. */
  months: string[];
  lines: TcoPostedLine[];
  /** Lines of an earlier posting of the same ref that no longer get a cost and are deleted. */
  removedLineIds: string[];
  /** Money: Σ of every line; equals the alternative's total of the view over `months`. */
  total: Money;
}
