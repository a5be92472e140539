import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { currencies } from './currencies';

/** The single settings row of a workbook (id is always 1). */
export const settings = sqliteTable(
  'settings',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    baseCurrency: text('base_currency')
      .notNull()
      .references(() => currencies.code),
    fyStartMonth: integer('fy_start_month').notNull(),
    fiscalCalendar: text('fiscal_calendar').notNull().default('calendar-months'),
    userName: text('user_name').notNull(),
  },
  (t) => [
    check('settings_single_row', sql`${t.id} = 1`),
    check('settings_fy_start_month_range', sql`${t.fyStartMonth} BETWEEN 1 AND 12`),
    check('settings_fiscal_calendar_kind', sql`${t.fiscalCalendar} IN ('calendar-months')`),
  ],
);
