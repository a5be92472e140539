/**
 * Channels that bring the accounting engine into the budget screens: committed spend
 * (contracts, invoices, assets) per budget month in the accrual or cash view, and
 * base-currency conversion of grid totals. Spread into the one request map in contract.ts.
 */
export const budgetAccountingContract = {} as const;
