import { sql } from 'drizzle-orm';
import { check, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * What the user chose for the forecast of one scope (a budget line, a dimension member
 * or the workbook total): the method and an optional new baseline start. scope_id is the
 * line's or member's id ('' for the total); no foreign key because the scope is one of
 * several tables, so commands that delete a scope delete its profile themselves.
 * baseline_start: 'YYYY-MM', history before it is left out of the fit.
 */
export const forecastProfiles = sqliteTable(
  'forecast_profiles',
  {
    scopeKind: text('scope_kind', {
      enum: ['line', 'cost-center', 'service', 'tower', 'account', 'total'],
    }).notNull(),
    scopeId: text('scope_id').notNull(),
    method: text('method').notNull().default('auto'),
    baselineStart: text('baseline_start'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scopeKind, t.scopeId] }),
    check(
      'forecast_profiles_scope_kind',
      sql`${t.scopeKind} IN ('line', 'cost-center', 'service', 'tower', 'account', 'total')`,
    ),
  ],
);
