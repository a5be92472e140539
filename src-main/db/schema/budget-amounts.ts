import { sql } from 'drizzle-orm';
import { check, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { budgetLines } from './budget-lines';

/**
 * Monthly amounts of a budget line: canonical decimal strings, no row for zero.
 * The primary key (line_id, month) serves the grid's range read per line.
 */
export const budgetAmounts = sqliteTable(
  'budget_amounts',
  {
    lineId: text('line_id')
      .notNull()
      .references(() => budgetLines.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    amount: text('amount').notNull(),
  },
  (t) => [primaryKey({ columns: [t.lineId, t.month] }), check('budget_amounts_not_zero', sql`${t.amount} <> '0'`)],
);
