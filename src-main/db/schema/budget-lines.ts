import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';
import { costCenters } from './cost-centers';
import { currencies } from './currencies';
import { scenarios } from './scenarios';
import { services } from './services';
import { vendors } from './vendors';

/**
 * One budget line of a scenario. `position` keeps the grid order stable across
 * undo (a re-inserted row would otherwise get a new rowid and move).
 */
export const budgetLines = sqliteTable(
  'budget_lines',
  {
    id: text('id').primaryKey(),
    scenarioId: text('scenario_id')
      .notNull()
      .references(() => scenarios.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    costCenterId: text('cost_center_id')
      .notNull()
      .references(() => costCenters.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    vendorId: text('vendor_id').references(() => vendors.id),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    expenseType: text('expense_type', { enum: ['CapEx', 'OpEx'] }).notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [
    index('budget_lines_scenario_position_idx').on(t.scenarioId, t.position),
    index('budget_lines_cost_center_idx').on(t.costCenterId),
    index('budget_lines_service_idx').on(t.serviceId),
    index('budget_lines_account_idx').on(t.accountId),
    index('budget_lines_vendor_idx').on(t.vendorId),
    check('budget_lines_expense_type', sql`${t.expenseType} IN ('CapEx', 'OpEx')`),
  ],
);
