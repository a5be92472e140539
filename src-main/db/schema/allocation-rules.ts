import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Allocation driver tables (headcount, users, tickets, storage GB…): a quantity per target
 * node. Node ids name what receives cost: `cc:<cost center code>`, `bu:<department code>`,
 * `svc:<service code>`.
 */
export const allocationDrivers = sqliteTable(
  'allocation_drivers',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
  },
  (t) => [uniqueIndex('allocation_drivers_code_unique').on(sql`upper(${t.code})`)],
);

/** One driver quantity: `period` is 'YYYY-MM', or '' for every month without its own value. */
export const allocationDriverValues = sqliteTable(
  'allocation_driver_values',
  {
    driverId: text('driver_id')
      .notNull()
      .references(() => allocationDrivers.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    target: text('target').notNull(),
    /** Decimal string ≥ 0. */
    quantity: text('quantity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.driverId, t.period, t.target] })],
);

/** Ordered allocation rules; `source` and `method` are the engine's SourceSelector / AllocationMethod as JSON. */
export const allocationRules = sqliteTable(
  'allocation_rules',
  {
    id: text('id').primaryKey(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
    method: text('method').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    note: text('note').notNull().default(''),
  },
  (t) => [index('allocation_rules_position_idx').on(t.position)],
);
