import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Forecast cells the user typed over: they stay as typed, and are shown as overridden,
 * whenever the forecast is recomputed. amount: Money string, base currency. Scope as in
 * forecast_profiles; month 'YYYY-MM'.
 */
export const forecastOverrides = sqliteTable(
  'forecast_overrides',
  {
    scopeKind: text('scope_kind').notNull(),
    scopeId: text('scope_id').notNull(),
    month: text('month').notNull(),
    amount: text('amount').notNull(),
    note: text('note').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scopeKind, t.scopeId, t.month] })],
);
