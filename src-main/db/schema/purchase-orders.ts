import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';
import { costCenters } from './cost-centers';
import { currencies } from './currencies';
import { importBatches } from './import-batches';
import { services } from './services';
import { vendors } from './vendors';

/** Purchase order lines imported from procurement (amount: canonical decimal string). */
export const purchaseOrders = sqliteTable(
  'purchase_orders',
  {
    id: text('id').primaryKey(),
    batchId: text('batch_id')
      .notNull()
      .references(() => importBatches.id),
    sourceKey: text('source_key').notNull(),
    poNumber: text('po_number').notNull(),
    poLine: text('po_line').notNull().default(''),
    date: text('date').notNull(),
    month: text('month').notNull(),
    vendorId: text('vendor_id').references(() => vendors.id),
    costCenterId: text('cost_center_id')
      .notNull()
      .references(() => costCenters.id),
    serviceId: text('service_id').references(() => services.id),
    accountId: text('account_id').references(() => accounts.id),
    description: text('description').notNull().default(''),
    amount: text('amount').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
  },
  (t) => [index('purchase_orders_batch_idx').on(t.batchId), index('purchase_orders_month_idx').on(t.month)],
);
