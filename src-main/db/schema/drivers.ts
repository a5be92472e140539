import { sql } from 'drizzle-orm';
import { check, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Business drivers of cost (headcount, users, devices, transactions, storage TB, vCPUs…).
 * unit: what one unit is ("user", "TB"). forecast_method: how months without a planned
 * value are forecast from the actuals ('auto', 'ets' or an engine model id), or 'none'
 * to hold the last value.
 */
export const drivers = sqliteTable(
  'drivers',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
    description: text('description').notNull().default(''),
    forecastMethod: text('forecast_method').notNull().default('auto'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('drivers_code_unique').on(sql`upper(${t.code})`),
    check('drivers_code_not_blank', sql`trim(${t.code}) <> ''`),
  ],
);
