import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { importSources } from './import-sources';

/**
 * One applied import: which file (name, SHA-256), under which source and mapping, and its
 * control totals (Money strings in `currency`, the base currency when rows mix currencies
 * is not assumed: totals are per the batch's single currency or '' when mixed).
 */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: text('id').primaryKey(),
    sourceId: text('source_id').references(() => importSources.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['actuals', 'purchase-orders', 'labour'] }).notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    mappingKey: text('mapping_key').notNull(),
    rowCount: integer('row_count').notNull(),
    importedCount: integer('imported_count').notNull(),
    leftOutCount: integer('left_out_count').notNull(),
    duplicateCount: integer('duplicate_count').notNull(),
    /** JSON array of { currency, fileTotal, importedTotal, leftOutTotal } (Money strings). */
    totals: text('totals').notNull(),
    importedAt: text('imported_at').notNull(),
    importedBy: text('imported_by').notNull(),
  },
  (t) => [index('import_batches_sha_idx').on(t.sha256)],
);

/** Months no import may post into (the books of that month are closed). */
export const closedPeriods = sqliteTable('closed_periods', {
  month: text('month').primaryKey(),
  closedAt: text('closed_at').notNull(),
  closedBy: text('closed_by').notNull(),
});
