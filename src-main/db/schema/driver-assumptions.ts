import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { drivers } from './drivers';
import { scenarios } from './scenarios';

/**
 * A scenario's growth assumption for a driver: from `from_month` ('YYYY-MM') the driver's
 * forecast grows by `annual_growth` percent a year (decimal string, "8" = +8 %/yr,
 * compounded monthly), on top of any earlier assumption. Scenarios differ only in these.
 * No ON DELETE action: the commands that delete a scenario or driver delete them.
 */
export const driverAssumptions = sqliteTable(
  'driver_assumptions',
  {
    id: text('id').primaryKey(),
    scenarioId: text('scenario_id')
      .notNull()
      .references(() => scenarios.id),
    driverId: text('driver_id')
      .notNull()
      .references(() => drivers.id),
    fromMonth: text('from_month').notNull(),
    annualGrowth: text('annual_growth').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('driver_assumptions_scenario_idx').on(t.scenarioId, t.driverId)],
);
