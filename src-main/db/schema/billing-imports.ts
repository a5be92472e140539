import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One applied cloud billing file: which file (name, SHA-256, format), the grain and tag keys
 * it was aggregated at, and its exact per-currency totals. A later import of the same
 * provider, billing account and billing period replaces its aggregates; the import row stays
 * (with `replaced_by`) so the audit trail keeps what was once imported.
 */
export const billingImports = sqliteTable(
  'billing_imports',
  {
    id: text('id').primaryKey(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    /** 'focus-1.0'…, 'aws-cur', 'azure-actual', 'azure-amortized', 'gcp', 'oci'. */
    format: text('format').notNull(),
    /** JSON array of GrainDimension. */
    grain: text('grain').notNull(),
    /** JSON array of canonical tag keys aggregated on. */
    tagKeys: text('tag_keys').notNull(),
    rowCount: integer('row_count').notNull(),
    aggregateCount: integer('aggregate_count').notNull(),
    /** JSON array of { currency, rows, billedCost, effectiveCost, listCost?, contractedCost? } (Money strings, exact). */
    totals: text('totals').notNull(),
    /** JSON array of the billing periods ('YYYY-MM') the file holds. */
    periods: text('periods').notNull(),
    importedAt: text('imported_at').notNull(),
    importedBy: text('imported_by').notNull(),
    /** Set when every aggregate of this import was replaced by a later one. */
    replacedBy: text('replaced_by'),
  },
  (t) => [index('billing_imports_sha_idx').on(t.sha256)],
);
