import { sql } from 'drizzle-orm';
import { check, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { drivers } from './drivers';

/**
 * Monthly values of a driver: `actual` (history) or `plan` (entered or pasted for a
 * future month; wins over the statistical forecast). value: canonical decimal string of
 * units (a quantity, exact, not money). No ON DELETE action: deleting a driver deletes its
 * values explicitly so the journal records them and undo restores them.
 */
export const driverValues = sqliteTable(
  'driver_values',
  {
    driverId: text('driver_id')
      .notNull()
      .references(() => drivers.id),
    month: text('month').notNull(),
    kind: text('kind', { enum: ['actual', 'plan'] }).notNull(),
    value: text('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.driverId, t.month] }),
    check('driver_values_kind', sql`${t.kind} IN ('actual', 'plan')`),
  ],
);
