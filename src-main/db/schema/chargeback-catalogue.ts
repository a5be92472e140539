import { sql } from 'drizzle-orm';
import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { departments } from './departments';

/**
 * The service catalogue IT bills from: a billable unit per service ("vCPU-month",
 * "GB-month", "device-month", "ticket"). `node` is the allocation node whose allocated cost
 * the service's rate recovers (`svc:<service code>`).
 */
export const chargebackServices = sqliteTable(
  'chargeback_services',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** BillableUnit (src-shared/model/rates.ts: vcpu-month, gb-month, device-month, ticket, user-month, licence-month, hour, unit). */
    unit: text('unit').notNull(),
    node: text('node').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('chargeback_services_code_unique').on(sql`upper(${t.code})`)],
);

/** Consumption: quantity of a catalogue service a business unit (department) used in a month. */
export const serviceUsage = sqliteTable(
  'service_usage',
  {
    month: text('month').notNull(),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => chargebackServices.id, { onDelete: 'cascade' }),
    /** Decimal string ≥ 0. */
    quantity: text('quantity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.departmentId, t.serviceId] })],
);

/** Planned capacity (peak) of a service in a month, for rates at capacity. */
export const serviceCapacity = sqliteTable(
  'service_capacity',
  {
    serviceId: text('service_id')
      .notNull()
      .references(() => chargebackServices.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    capacity: text('capacity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.month] })],
);

/** How a business unit is billed: charged, or shown its costs for information (no budget authority). */
export const chargebackUnits = sqliteTable('chargeback_units', {
  departmentId: text('department_id')
    .primaryKey()
    .references(() => departments.id),
  mode: text('mode', { enum: ['chargeback', 'showback'] }).notNull(),
});
