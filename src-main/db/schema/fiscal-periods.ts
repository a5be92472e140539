import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Calendar-month fiscal periods, generated for the fiscal years in use. */
export const fiscalPeriods = sqliteTable(
  'fiscal_periods',
  {
    fiscalYear: integer('fiscal_year').notNull(),
    period: integer('period').notNull(),
    month: text('month').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fiscalYear, t.period] }), uniqueIndex('fiscal_periods_month_unique').on(t.month)],
);
