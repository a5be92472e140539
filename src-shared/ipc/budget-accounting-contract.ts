import { z } from 'zod';
import type { CommittedSpend, ConvertedTotals } from '../model';
import { zCurrency, zFiscalYear, zMoney } from './schemas';

const zBasis = z.enum(['accrual', 'cash']);

/** Amounts of one group per currency: 12 Money strings, one per budget month. */
const zConvertGroup = z.object({
  key: z.string().max(200),
  byCurrency: z.record(zCurrency, z.array(zMoney).length(12)),
});

/**
 * Channels that bring the accounting engine into the budget screens: committed spend
 * (contracts, invoices, assets) per budget month in the accrual or cash view, and
 * base-currency conversion of grid totals. Spread into the one request map in contract.ts.
 */
export const budgetAccountingContract = {
  /**
   * Committed spend of a budget fiscal year, one row per contract (escalated, auto-renewals
   * to the year end), stand-alone invoice and asset, per calendar month of the budget year
   * (whatever the accounting calendar), in each item's own currency. Read only.
   */
  'budget/get-committed': {
    input: z.object({ fiscalYear: zFiscalYear, basis: zBasis }),
    output: null as unknown as CommittedSpend,
  },
  /**
   * Convert per-currency monthly totals of a budget year to the base currency at budget
   * FX rates: each currency's month is converted once and rounded to the base currency's
   * minor units with the workbook's rounding mode; a group's base month is the exact sum
   * of those, its total the sum of its months. Missing rates are listed, not zeroed.
   */
  'budget/convert-totals': {
    input: z.object({ fiscalYear: zFiscalYear, groups: z.array(zConvertGroup).max(10_000) }),
    output: null as unknown as ConvertedTotals,
  },
} as const;
