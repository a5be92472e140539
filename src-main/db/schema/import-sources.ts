import { sql } from 'drizzle-orm';
import { check, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A named system files come from (the GL, procurement, time tracking), per import kind, with
 * the mapping last used for it (JSON: sheet, header row, column → field, defaults) and its
 * file options (JSON: delimiter, encoding, decimal separator, date order).
 */
export const importSources = sqliteTable(
  'import_sources',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['actuals', 'purchase-orders', 'labour'] }).notNull(),
    name: text('name').notNull(),
    mapping: text('mapping').notNull().default('{}'),
    options: text('options').notNull().default('{}'),
  },
  (t) => [
    uniqueIndex('import_sources_kind_name_unique').on(t.kind, sql`upper(${t.name})`),
    check('import_sources_kind', sql`${t.kind} IN ('actuals', 'purchase-orders', 'labour')`),
  ],
);

/** A source's translation of its own codes to Outlay's, per dimension (cost center, account…). */
export const importCodeMaps = sqliteTable(
  'import_code_maps',
  {
    sourceId: text('source_id')
      .notNull()
      .references(() => importSources.id, { onDelete: 'cascade' }),
    dimension: text('dimension', { enum: ['costCenter', 'service', 'account', 'vendor', 'currency'] }).notNull(),
    externalCode: text('external_code').notNull(),
    outlayCode: text('outlay_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.dimension, t.externalCode] })],
);
