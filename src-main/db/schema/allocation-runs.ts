import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One stored allocation of a month: the current run of a period is the one chargeback
 * invoices are built from; a re-run supersedes it (kept for the audit trail and for the
 * invoices already issued from it).
 */
export const allocationRuns = sqliteTable(
  'allocation_runs',
  {
    id: text('id').primaryKey(),
    period: text('period').notNull(),
    /** Which cloud cost measure was allocated: 'effective' (accrual) or 'billed' (cash). */
    basis: text('basis', { enum: ['effective', 'billed'] }).notNull(),
    status: text('status', { enum: ['current', 'superseded'] }).notNull(),
    /** JSON: the rules and driver tables as run (so the trace survives later edits). */
    inputs: text('inputs').notNull(),
    ranAt: text('ran_at').notNull(),
    ranBy: text('ran_by').notNull(),
  },
  (t) => [index('allocation_runs_period_idx').on(t.period, t.status)],
);

/** The engine's SourceGroup: aggregates one rule took together. `seq` is the group index postings point to. */
export const allocationSources = sqliteTable(
  'allocation_sources',
  {
    runId: text('run_id')
      .notNull()
      .references(() => allocationRuns.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    rule: text('rule').notNull(),
    currency: text('currency').notNull(),
    /** JSON array of aggregate ids (billing_aggregates / actuals keys). */
    aggregateIds: text('aggregate_ids').notNull(),
    amount: text('amount').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] })],
);

/** The engine's Posting: one amount a rule moved, with its driver. */
export const allocationPostings = sqliteTable(
  'allocation_postings',
  {
    runId: text('run_id')
      .notNull()
      .references(() => allocationRuns.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    rule: text('rule').notNull(),
    step: integer('step').notNull(),
    method: text('method').notNull(),
    sourceGroup: integer('source_group'),
    fromNode: text('from_node'),
    sourceAmount: text('source_amount').notNull(),
    target: text('target').notNull(),
    currency: text('currency').notNull(),
    amount: text('amount').notNull(),
    driver: text('driver'),
    quantity: text('quantity'),
    driverTotal: text('driver_total'),
    percent: text('percent'),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] }), index('allocation_postings_target_idx').on(t.runId, t.target)],
);

/** Money no rule could place, by reason. */
export const allocationUnallocated = sqliteTable(
  'allocation_unallocated',
  {
    runId: text('run_id')
      .notNull()
      .references(() => allocationRuns.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    reason: text('reason').notNull(),
    rule: text('rule'),
    detail: text('detail').notNull(),
    currency: text('currency').notNull(),
    amount: text('amount').notNull(),
    sourceGroup: integer('source_group'),
    fromNode: text('from_node'),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] })],
);

/** What each target holds at the end of the run. */
export const allocationBalances = sqliteTable(
  'allocation_balances',
  {
    runId: text('run_id')
      .notNull()
      .references(() => allocationRuns.id, { onDelete: 'cascade' }),
    target: text('target').notNull(),
    currency: text('currency').notNull(),
    amount: text('amount').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.target, t.currency] })],
);
