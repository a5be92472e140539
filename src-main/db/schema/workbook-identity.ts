import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The workbook's stable id (one row, id 1): a random id the migration that creates the table
 * gives every workbook, new or upgraded, so a file exported from it can be recognised when it
 * comes back. Nobody edits it, so it is not journaled. A copy made with Save As shares it.
 */
export const workbookIdentity = sqliteTable(
  'workbook_identity',
  {
    id: integer('id').primaryKey(),
    workbookId: text('workbook_id').notNull(),
  },
  (t) => [check('workbook_identity_single_row', sql`${t.id} = 1`)],
);
