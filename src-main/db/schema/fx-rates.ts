import { sql } from 'drizzle-orm';
import { check, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { currencies } from './currencies';

/**
 * FX rates per currency pair and calendar month "YYYY-MM": 1 unit of `from` is worth
 * budget_rate (and, once known, actual_rate) units of `to`. Rates are decimal strings.
 */
export const fxRates = sqliteTable(
  'fx_rates',
  {
    fromCurrency: text('from_currency')
      .notNull()
      .references(() => currencies.code),
    toCurrency: text('to_currency')
      .notNull()
      .references(() => currencies.code),
    period: text('period').notNull(),
    budgetRate: text('budget_rate').notNull(),
    actualRate: text('actual_rate'),
  },
  (t) => [
    primaryKey({ columns: [t.fromCurrency, t.toCurrency, t.period] }),
    check('fx_rates_pair', sql`${t.fromCurrency} <> ${t.toCurrency}`),
    check('fx_rates_period', sql`${t.period} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`),
  ],
);
