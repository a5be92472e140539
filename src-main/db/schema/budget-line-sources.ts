import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { budgetLines } from './budget-lines';

/**
 * Where a budget line's amounts were posted from: a forecast (ref: the forecast scope
 * "line:<id>", "cost-center:<id>"…) or a TCO model (ref: "<model id>/<alternative id>"),
 * with the method or view and the time of posting. Posting again into the same scenario
 * from the same ref replaces the line's amounts. No ON DELETE action: deleting a line
 * deletes this row in the same command.
 */
export const budgetLineSources = sqliteTable('budget_line_sources', {
  lineId: text('line_id')
    .primaryKey()
    .references(() => budgetLines.id),
  kind: text('kind', { enum: ['forecast', 'tco'] }).notNull(),
  ref: text('ref').notNull(),
  detail: text('detail').notNull().default(''),
  postedAt: text('posted_at').notNull(),
});
