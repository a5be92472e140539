import { sql } from 'drizzle-orm';
import { check, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** GL accounts. */
export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    expenseType: text('expense_type', { enum: ['CapEx', 'OpEx'] }).notNull(),
  },
  (t) => [
    uniqueIndex('accounts_code_unique').on(sql`upper(${t.code})`),
    check('accounts_expense_type', sql`${t.expenseType} IN ('CapEx', 'OpEx')`),
  ],
);
