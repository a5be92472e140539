import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';
import { costCenters } from './cost-centers';
import { currencies } from './currencies';
import { services } from './services';
import { vendors } from './vendors';

/** Posted actual costs per month (amount: canonical decimal string). */
export const actuals = sqliteTable(
  'actuals',
  {
    id: text('id').primaryKey(),
    month: text('month').notNull(),
    costCenterId: text('cost_center_id')
      .notNull()
      .references(() => costCenters.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    vendorId: text('vendor_id').references(() => vendors.id),
    amount: text('amount').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    source: text('source').notNull().default(''),
    reference: text('reference').notNull().default(''),
    /** The mapped import that brought the row in (null: entered or seeded). */
    batchId: text('batch_id'),
    /** What identifies the row in its source system, so a re-import skips it (null: not imported). */
    sourceKey: text('source_key'),
  },
  (t) => [
    index('actuals_month_idx').on(t.month),
    index('actuals_cost_center_idx').on(t.costCenterId),
    index('actuals_service_idx').on(t.serviceId),
    index('actuals_account_idx').on(t.accountId),
    index('actuals_vendor_idx').on(t.vendorId),
  ],
);
