import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { budgetLines } from './budget-lines';
import { drivers } from './drivers';

/**
 * A budget line whose monthly cost is computed from a driver:
 * fixed_amount + unit_rate × driver, plus tier_amount for every started tier of
 * tier_size units (a new licence tier every N users) when both are set. Amounts are Money
 * strings in the line's currency per month; unit_rate escalates by `escalation` (the
 * contracts' rule JSON) from start_month. The line's budget amounts are recomputed from
 * this whenever the driver or the scenario's assumptions change. No ON DELETE action: the
 * commands that delete a line or driver delete the model too.
 */
export const driverLineModels = sqliteTable(
  'driver_line_models',
  {
    lineId: text('line_id')
      .primaryKey()
      .references(() => budgetLines.id),
    driverId: text('driver_id')
      .notNull()
      .references(() => drivers.id),
    fixedAmount: text('fixed_amount').notNull(),
    unitRate: text('unit_rate').notNull(),
    escalation: text('escalation').notNull(),
    tierSize: text('tier_size'),
    tierAmount: text('tier_amount'),
    startMonth: text('start_month').notNull(),
    endMonth: text('end_month'),
  },
  (t) => [index('driver_line_models_driver_idx').on(t.driverId)],
);
