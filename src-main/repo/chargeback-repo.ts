import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';
import type { PostingDbRow } from './allocation-repo';

/** A business unit (department) and how it is billed; units without a chargeback_units row are charged. */
export interface UnitRecord {
  departmentId: string;
  code: string;
  name: string;
  mode: 'chargeback' | 'showback';
}

/** Every department as a billing unit, ordered by code. */
export function listUnitRecords(db: Sqlite): UnitRecord[] {
  return db
    .prepare(
      `SELECT d.id AS departmentId, d.code, d.name, coalesce(u.mode, 'chargeback') AS mode
       FROM departments d LEFT JOIN chargeback_units u ON u.department_id = d.id ORDER BY d.code`,
    )
    .all() as UnitRecord[];
}

/** Cost center code → its department id, for `cc:<code>` allocation targets. */
export function costCenterDepartments(db: Sqlite): Map<string, string> {
  const rows = db.prepare('SELECT code, department_id AS departmentId FROM cost_centers').all() as {
    code: string;
    departmentId: string;
  }[];
  return new Map(rows.map((r) => [r.code, r.departmentId]));
}

export interface RunRecord {
  id: string;
  period: string;
  basis: string;
  inputs: string;
  ranAt: string;
}

/** The month's current allocation run, if any. */
export function currentRunOf(db: Sqlite, month: string): RunRecord | undefined {
  return db
    .prepare(
      `SELECT id, period, basis, inputs, ran_at AS ranAt FROM allocation_runs
       WHERE period = ? AND status = 'current' ORDER BY ran_at DESC LIMIT 1`,
    )
    .get(month) as RunRecord | undefined;
}

/** One stored posting of a run, with its position (see allocation_postings). */
export type PostingRecord = PostingDbRow & { seq: number };

/** The postings of a run in order. */
export function postingsOf(db: Sqlite, runId: string): PostingRecord[] {
  return db
    .prepare(
      `SELECT seq, rule, step, method, source_group AS sourceGroup, from_node AS fromNode,
              source_amount AS sourceAmount, target, currency, amount, driver, quantity,
              driver_total AS driverTotal, percent
       FROM allocation_postings WHERE run_id = ? ORDER BY seq`,
    )
    .all(runId) as PostingRecord[];
}

/** A run's source groups: rule, amount and how many aggregates each took. */
export function sourcesOf(
  db: Sqlite,
  runId: string,
): { seq: number; rule: string; currency: string; amount: string; aggregateCount: number }[] {
  return db
    .prepare(
      `SELECT seq, rule, currency, amount, json_array_length(aggregate_ids) AS aggregateCount
       FROM allocation_sources WHERE run_id = ? ORDER BY seq`,
    )
    .all(runId) as { seq: number; rule: string; currency: string; amount: string; aggregateCount: number }[];
}

/** What each target holds at the end of a run. */
export function balancesOf(db: Sqlite, runId: string): { target: string; currency: string; amount: string }[] {
  return db
    .prepare('SELECT target, currency, amount FROM allocation_balances WHERE run_id = ? ORDER BY target, currency')
    .all(runId) as { target: string; currency: string; amount: string }[];
}

/** The fiscal year's highest published rate card, if any. */
export function publishedCardOf(db: Sqlite, fiscalYear: number): { id: string; version: number } | undefined {
  return db
    .prepare(
      `SELECT id, version FROM rate_cards WHERE fiscal_year = ? AND status = 'published'
       ORDER BY version DESC LIMIT 1`,
    )
    .get(fiscalYear) as { id: string; version: number } | undefined;
}

/** A card's rates by service id. */
export function cardRates(db: Sqlite, cardId: string): { serviceId: string; rate: string }[] {
  return db.prepare('SELECT service_id AS serviceId, rate FROM rate_card_entries WHERE card_id = ?').all(cardId) as {
    serviceId: string;
    rate: string;
  }[];
}

/** The service catalogue. */
export function catalogueRecords(db: Sqlite): { id: string; code: string; name: string; unit: string }[] {
  return db.prepare('SELECT id, code, name, unit FROM chargeback_services ORDER BY code').all() as {
    id: string;
    code: string;
    name: string;
    unit: string;
  }[];
}

/** The month's consumption by department and service. */
export function usageOf(db: Sqlite, month: string): { departmentId: string; serviceId: string; quantity: string }[] {
  return db
    .prepare(
      `SELECT department_id AS departmentId, service_id AS serviceId, quantity FROM service_usage
       WHERE month = ? ORDER BY department_id, service_id`,
    )
    .all(month) as { departmentId: string; serviceId: string; quantity: string }[];
}

/** A stored invoice (content is the engine Invoice as JSON). */
export interface InvoiceRecord {
  id: string;
  departmentId: string;
  month: string;
  revision: number;
  mode: 'chargeback' | 'showback';
  status: 'issued' | 'superseded';
  currency: string;
  total: string;
  content: string;
  allocationRunId: string | null;
  rateCardId: string | null;
  reason: string;
  issuedAt: string;
  issuedBy: string;
}

const INVOICE_SELECT = `SELECT id, department_id AS departmentId, month, revision, mode, status, currency, total,
  content, allocation_run_id AS allocationRunId, rate_card_id AS rateCardId, reason, issued_at AS issuedAt,
  issued_by AS issuedBy FROM invoices`;

/** Every revision of the month's invoices, by unit then revision. */
export function invoicesOfMonth(db: Sqlite, month: string): InvoiceRecord[] {
  return db.prepare(`${INVOICE_SELECT} WHERE month = ? ORDER BY department_id, revision`).all(month) as InvoiceRecord[];
}

export function findInvoice(db: Sqlite, id: string): InvoiceRecord | undefined {
  return db.prepare(`${INVOICE_SELECT} WHERE id = ?`).get(id) as InvoiceRecord | undefined;
}

/** An invoices row (snake_case columns). */
export const invoiceRow = (r: InvoiceRecord): Row => ({
  id: r.id,
  department_id: r.departmentId,
  month: r.month,
  revision: r.revision,
  mode: r.mode,
  status: r.status,
  currency: r.currency,
  total: r.total,
  content: r.content,
  allocation_run_id: r.allocationRunId,
  rate_card_id: r.rateCardId,
  reason: r.reason,
  issued_at: r.issuedAt,
  issued_by: r.issuedBy,
});

/** A stored dispute. */
export interface DisputeRecord {
  id: string;
  invoiceId: string;
  lineKey: string;
  reason: string;
  raisedBy: string;
  raisedAt: string;
  status: 'open' | 'resolved' | 'rejected';
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  resolvedInvoiceId: string | null;
}

const DISPUTE_SELECT = `SELECT id, invoice_id AS invoiceId, line_key AS lineKey, reason, raised_by AS raisedBy,
  raised_at AS raisedAt, status, resolution, resolved_by AS resolvedBy, resolved_at AS resolvedAt,
  resolved_invoice_id AS resolvedInvoiceId FROM invoice_disputes`;

/** The disputes raised on any revision of the month's invoices, oldest first. */
export function disputesOfMonth(db: Sqlite, month: string): DisputeRecord[] {
  return db
    .prepare(`${DISPUTE_SELECT} WHERE invoice_id IN (SELECT id FROM invoices WHERE month = ?) ORDER BY raised_at, id`)
    .all(month) as DisputeRecord[];
}

export function findDispute(db: Sqlite, id: string): DisputeRecord | undefined {
  return db.prepare(`${DISPUTE_SELECT} WHERE id = ?`).get(id) as DisputeRecord | undefined;
}

/** An invoice_disputes row (snake_case columns). */
export const disputeRow = (r: DisputeRecord): Row => ({
  id: r.id,
  invoice_id: r.invoiceId,
  line_key: r.lineKey,
  reason: r.reason,
  raised_by: r.raisedBy,
  raised_at: r.raisedAt,
  status: r.status,
  resolution: r.resolution,
  resolved_by: r.resolvedBy,
  resolved_at: r.resolvedAt,
  resolved_invoice_id: r.resolvedInvoiceId,
});

/** A standing change to a month's inputs made by a dispute resolution. */
export interface AdjustmentRecord {
  id: string;
  month: string;
  departmentId: string;
  kind: 'credit' | 'move' | 'retag';
  payload: string;
  disputeId: string | null;
}

/** The month's adjustments in the order they were made (ids are time-ordered). */
export function adjustmentsOf(db: Sqlite, month: string): AdjustmentRecord[] {
  return db
    .prepare(
      `SELECT id, month, department_id AS departmentId, kind, payload, dispute_id AS disputeId
       FROM chargeback_adjustments WHERE month = ? ORDER BY id`,
    )
    .all(month) as AdjustmentRecord[];
}

/** A chargeback_adjustments row (snake_case columns). */
export const adjustmentRow = (r: AdjustmentRecord): Row => ({
  id: r.id,
  month: r.month,
  department_id: r.departmentId,
  kind: r.kind,
  payload: r.payload,
  dispute_id: r.disputeId,
});
