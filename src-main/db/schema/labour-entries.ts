import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';
import { costCenters } from './cost-centers';
import { currencies } from './currencies';
import { importBatches } from './import-batches';
import { services } from './services';
import { vendors } from './vendors';

/**
 * Labour booked by employees and contractors, imported from time tracking. `date` is '' when
 * the file gives only a month. Hours, rate and amount are canonical decimal strings.
 */
export const labourEntries = sqliteTable(
  'labour_entries',
  {
    id: text('id').primaryKey(),
    batchId: text('batch_id')
      .notNull()
      .references(() => importBatches.id),
    sourceKey: text('source_key').notNull(),
    date: text('date').notNull().default(''),
    month: text('month').notNull(),
    personId: text('person_id').notNull(),
    personKind: text('person_kind', { enum: ['employee', 'contractor'] }).notNull(),
    hours: text('hours').notNull().default(''),
    rate: text('rate').notNull().default(''),
    amount: text('amount').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    costCenterId: text('cost_center_id')
      .notNull()
      .references(() => costCenters.id),
    serviceId: text('service_id').references(() => services.id),
    accountId: text('account_id').references(() => accounts.id),
    vendorId: text('vendor_id').references(() => vendors.id),
  },
  (t) => [
    index('labour_entries_batch_idx').on(t.batchId),
    index('labour_entries_month_idx').on(t.month),
    check('labour_entries_person_kind', sql`${t.personKind} IN ('employee', 'contractor')`),
  ],
);
