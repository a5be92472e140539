import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The append-only command journal: one row per command, undo or redo, with the
 * row-level before/after images (JSON) that undo, redo and the audit trail read.
 */
export const journal = sqliteTable(
  'journal',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    actor: text('actor').notNull(),
    at: text('at').notNull(),
    command: text('command').notNull(),
    label: text('label').notNull(),
    payload: text('payload').notNull(),
    changes: text('changes').notNull(),
    kind: text('kind', { enum: ['do', 'undo', 'redo'] }).notNull(),
    targetSeq: integer('target_seq'),
  },
  (t) => [check('journal_kind', sql`${t.kind} IN ('do', 'undo', 'redo')`)],
);
