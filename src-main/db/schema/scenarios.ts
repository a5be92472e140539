import { sql } from 'drizzle-orm';
import { check, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * Budget scenarios. copied_from_id has no ON DELETE action on purpose: the delete
 * command clears it itself so the journal records the change and undo restores it.
 */
export const scenarios = sqliteTable(
  'scenarios',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['baseline', 'what-if'] }).notNull(),
    copiedFromId: text('copied_from_id').references((): AnySQLiteColumn => scenarios.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('scenarios_name_unique').on(sql`upper(${t.name})`),
    check('scenarios_kind', sql`${t.kind} IN ('baseline', 'what-if')`),
  ],
);
