import { sql } from 'drizzle-orm';
import { check, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Changes a user made to the history a scope's forecast is fitted on, by month:
 * - cleaning: an outlier the detector flagged, `decision` accepted (use `value`, the
 *   cleaned Money) or rejected (keep the posted value); `reason` says why it was flagged;
 * - one-off: a month tagged as a one-off event (incident recovery, licence true-up),
 *   left out of the baseline; `reason` names the event;
 * - level-shift: from `month` on the level changed by `value` (Money, signed).
 * Scope as in forecast_profiles.
 */
export const forecastAdjustments = sqliteTable(
  'forecast_adjustments',
  {
    scopeKind: text('scope_kind').notNull(),
    scopeId: text('scope_id').notNull(),
    month: text('month').notNull(),
    kind: text('kind', { enum: ['cleaning', 'one-off', 'level-shift'] }).notNull(),
    decision: text('decision', { enum: ['accepted', 'rejected'] }),
    value: text('value'),
    reason: text('reason').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scopeKind, t.scopeId, t.month, t.kind] }),
    check('forecast_adjustments_kind', sql`${t.kind} IN ('cleaning', 'one-off', 'level-shift')`),
    check(
      'forecast_adjustments_decision',
      sql`(${t.kind} = 'cleaning') = (${t.decision} IS NOT NULL) AND (${t.decision} IS NULL OR ${t.decision} IN ('accepted', 'rejected'))`,
    ),
  ],
);
