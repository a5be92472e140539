import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';
import { costCenters } from './cost-centers';
import { currencies } from './currencies';
import { services } from './services';
import { vendors } from './vendors';

/**
 * Vendor contracts billed per period with an escalation rule. base_amount: Money string
 * in `currency`; escalation: the rule as JSON (validated with zod on the way in and out);
 * the renewal_* and notice_* columns are all null for a contract without renewal terms.
 * invoice_timing: invoiced on the first day of each billing period, or the day after it ends.
 */
export const contracts = sqliteTable(
  'contracts',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    vendorId: text('vendor_id').references(() => vendors.id),
    costCenterId: text('cost_center_id').references(() => costCenters.id),
    serviceId: text('service_id').references(() => services.id),
    accountId: text('account_id').references(() => accounts.id),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    expenseType: text('expense_type', { enum: ['CapEx', 'OpEx'] }).notNull(),
    baseAmount: text('base_amount').notNull(),
    billingFrequency: text('billing_frequency', { enum: ['monthly', 'quarterly', 'annual'] }).notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    escalation: text('escalation').notNull(),
    renewalDate: text('renewal_date'),
    noticeDays: integer('notice_days'),
    noticeMonths: integer('notice_months'),
    autoRenew: integer('auto_renew'),
    renewalTermMonths: integer('renewal_term_months'),
    paymentTerms: text('payment_terms').notNull(),
    invoiceTiming: text('invoice_timing', { enum: ['advance', 'arrears'] })
      .notNull()
      .default('advance'),
    prepaid: integer('prepaid').notNull().default(0),
  },
  (t) => [
    uniqueIndex('contracts_code_unique').on(sql`upper(${t.code})`),
    index('contracts_vendor_idx').on(t.vendorId),
    index('contracts_cost_center_idx').on(t.costCenterId),
    check('contracts_expense_type', sql`${t.expenseType} IN ('CapEx', 'OpEx')`),
    check('contracts_billing', sql`${t.billingFrequency} IN ('monthly', 'quarterly', 'annual')`),
    check('contracts_dates', sql`${t.endDate} >= ${t.startDate}`),
    check('contracts_prepaid', sql`${t.prepaid} IN (0, 1)`),
    check('contracts_invoice_timing', sql`${t.invoiceTiming} IN ('advance', 'arrears')`),
  ],
);
