import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';
import { contracts } from './contracts';
import { costCenters } from './cost-centers';
import { currencies } from './currencies';
import { services } from './services';
import { vendors } from './vendors';

/**
 * Single invoices and purchases: the service period drives the accrual view, the payment
 * date (or the invoice date plus payment terms) the cash view. amount: Money string in
 * `currency`, negative for a credit note. contract_id: the item is an invoice of that
 * contract (whose schedule is what the accounting summary counts).
 */
export const costItems = sqliteTable(
  'cost_items',
  {
    id: text('id').primaryKey(),
    description: text('description').notNull().default(''),
    reference: text('reference').notNull().default(''),
    amount: text('amount').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    expenseType: text('expense_type', { enum: ['CapEx', 'OpEx'] }).notNull(),
    invoiceDate: text('invoice_date').notNull(),
    paymentDate: text('payment_date'),
    paymentTerms: text('payment_terms'),
    serviceStart: text('service_start').notNull(),
    serviceEnd: text('service_end').notNull(),
    costCenterId: text('cost_center_id').references(() => costCenters.id),
    serviceId: text('service_id').references(() => services.id),
    accountId: text('account_id').references(() => accounts.id),
    vendorId: text('vendor_id').references(() => vendors.id),
    contractId: text('contract_id').references(() => contracts.id),
  },
  (t) => [
    index('cost_items_cost_center_idx').on(t.costCenterId),
    index('cost_items_service_idx').on(t.serviceId),
    index('cost_items_contract_idx').on(t.contractId),
    check('cost_items_expense_type', sql`${t.expenseType} IN ('CapEx', 'OpEx')`),
    check('cost_items_service_period', sql`${t.serviceEnd} >= ${t.serviceStart}`),
  ],
);
