import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { departments } from './departments';

/**
 * An issued chargeback or showback invoice of one business unit and month. A reissue is a
 * new revision; the old one is kept as 'superseded' so the change stays visible.
 */
export const invoices = sqliteTable(
  'invoices',
  {
    id: text('id').primaryKey(),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id),
    month: text('month').notNull(),
    revision: integer('revision').notNull(),
    mode: text('mode', { enum: ['chargeback', 'showback'] }).notNull(),
    status: text('status', { enum: ['issued', 'superseded'] }).notNull(),
    currency: text('currency').notNull(),
    total: text('total').notNull(),
    /** JSON: the engine's Invoice (lines with keys, rule and driver of each shared line). */
    content: text('content').notNull(),
    allocationRunId: text('allocation_run_id'),
    rateCardId: text('rate_card_id'),
    /** Why this revision was issued ('' for the first). */
    reason: text('reason').notNull().default(''),
    issuedAt: text('issued_at').notNull(),
    issuedBy: text('issued_by').notNull(),
  },
  (t) => [
    uniqueIndex('invoices_unit_month_revision_unique').on(t.departmentId, t.month, t.revision),
    index('invoices_month_idx').on(t.month, t.status),
  ],
);

/** A business unit disputes one invoice line; the analyst resolves it by credit, move or re-tag. */
export const invoiceDisputes = sqliteTable(
  'invoice_disputes',
  {
    id: text('id').primaryKey(),
    invoiceId: text('invoice_id')
      .notNull()
      .references(() => invoices.id),
    lineKey: text('line_key').notNull(),
    reason: text('reason').notNull(),
    raisedBy: text('raised_by').notNull(),
    raisedAt: text('raised_at').notNull(),
    status: text('status', { enum: ['open', 'resolved', 'rejected'] }).notNull(),
    /** JSON: the engine's DisputeResolution, or { kind: 'reject', note }. */
    resolution: text('resolution'),
    resolvedBy: text('resolved_by'),
    resolvedAt: text('resolved_at'),
    /** The revision issued by the resolution. */
    resolvedInvoiceId: text('resolved_invoice_id'),
  },
  (t) => [index('invoice_disputes_invoice_idx').on(t.invoiceId)],
);

/**
 * Standing changes to a month's chargeback inputs made by resolutions: credits, moved shared
 * costs, re-tagged usage. Every later (re)issue of the month applies them.
 */
export const chargebackAdjustments = sqliteTable(
  'chargeback_adjustments',
  {
    id: text('id').primaryKey(),
    month: text('month').notNull(),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id),
    kind: text('kind', { enum: ['credit', 'move', 'retag'] }).notNull(),
    /** JSON: the resolution's details (CreditNote, or the move/retag). */
    payload: text('payload').notNull(),
    disputeId: text('dispute_id').references(() => invoiceDisputes.id),
  },
  (t) => [index('chargeback_adjustments_month_idx').on(t.month)],
);
