import { sql } from 'drizzle-orm';
import { blob, check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The append-only command journal: one row per command, undo or redo, with the
 * row-level before/after images that undo, redo and the audit trail read.
 *
 * `format` says how a row stores them (see repo/journal-codec.ts): 0 = the first
 * layout (payload and changes as plain JSON text, a list of RowChange); 1 = compact
 * (changes grouped per table and operation, columnar). In format 1 a large payload or
 * changes text is left empty and its deflated form is in the matching *_blob column.
 * The added columns come after the text ones and the blobs come last, so that a listing
 * reads the small columns without walking the blob's overflow pages.
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
    format: integer('format').notNull().default(0),
    /** Number of row changes (format 1; NULL in format 0, where it is counted from the JSON). */
    changeCount: integer('change_count'),
    /** JSON array of the tables touched, in first-touched order (format 1). */
    tables: text('tables'),
    changesBlob: blob('changes_blob', { mode: 'buffer' }),
    payloadBlob: blob('payload_blob', { mode: 'buffer' }),
  },
  (t) => [check('journal_kind', sql`${t.kind} IN ('do', 'undo', 'redo')`)],
);
