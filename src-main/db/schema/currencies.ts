import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** ISO 4217 currencies the workbook knows; minor_units drives rounding of spreads. */
export const currencies = sqliteTable(
  'currencies',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    minorUnits: integer('minor_units').notNull(),
  },
  (t) => [
    check('currencies_code_format', sql`${t.code} GLOB '[A-Z][A-Z][A-Z]'`),
    check('currencies_minor_units_range', sql`${t.minorUnits} BETWEEN 0 AND 4`),
  ],
);
