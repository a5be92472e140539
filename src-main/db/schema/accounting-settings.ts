import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The accounting settings of a workbook (one row, id 1; absent = the defaults: calendar
 * months from settings.fy_start_month, half-up rounding, accrual by days). A retail
 * calendar keeps its pattern, year-end weekday, rule and end month here; a calendar-months
 * calendar starts in settings.fy_start_month, so the budget grid and the accounting views
 * always agree on what FY2027 is.
 */
export const accountingSettings = sqliteTable(
  'accounting_settings',
  {
    id: integer('id').primaryKey(),
    calendarKind: text('calendar_kind', { enum: ['calendar-months', 'retail'] }).notNull(),
    retailPattern: text('retail_pattern', { enum: ['4-4-5', '4-5-4', '5-4-4'] }),
    retailEndWeekday: integer('retail_end_weekday'),
    retailRule: text('retail_rule', { enum: ['last', 'nearest'] }),
    retailEndMonth: integer('retail_end_month'),
    roundingMode: text('rounding_mode', { enum: ['HALF_UP', 'HALF_EVEN'] }).notNull(),
    accrualPolicy: text('accrual_policy', { enum: ['by-days', 'even-by-period'] }).notNull(),
  },
  (t) => [
    check('accounting_settings_single_row', sql`${t.id} = 1`),
    check('accounting_settings_calendar_kind', sql`${t.calendarKind} IN ('calendar-months', 'retail')`),
    check(
      'accounting_settings_retail_complete',
      sql`${t.calendarKind} <> 'retail' OR (${t.retailPattern} IN ('4-4-5', '4-5-4', '5-4-4') AND ${t.retailEndWeekday} BETWEEN 0 AND 6 AND ${t.retailRule} IN ('last', 'nearest') AND ${t.retailEndMonth} BETWEEN 1 AND 12)`,
    ),
    check('accounting_settings_rounding_mode', sql`${t.roundingMode} IN ('HALF_UP', 'HALF_EVEN')`),
    check('accounting_settings_accrual_policy', sql`${t.accrualPolicy} IN ('by-days', 'even-by-period')`),
  ],
);
