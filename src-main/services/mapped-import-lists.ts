import type { ImportBatch, ImportKind, LabourEntryRow, PurchaseOrderRow } from '../../src-shared/model/imports';
import type { WorkbookContext } from './context';

/** Past imports, newest first (of one kind when given). */
export function listBatches(ctx: WorkbookContext, kind?: ImportKind): ImportBatch[] {
  const rows = ctx.db
    .prepare(
      `SELECT b.id, b.kind, coalesce(s.name, '') AS sourceName, b.file_name AS fileName, b.sha256,
              b.row_count AS rowCount, b.imported_count AS importedCount, b.left_out_count AS leftOutCount,
              b.duplicate_count AS duplicateCount, b.totals, b.imported_at AS importedAt, b.imported_by AS importedBy
       FROM import_batches b LEFT JOIN import_sources s ON s.id = b.source_id
       ${kind ? 'WHERE b.kind = ?' : ''} ORDER BY b.imported_at DESC, b.id DESC`,
    )
    .all(...(kind ? [kind] : [])) as (Omit<ImportBatch, 'totals'> & { totals: string })[];
  return rows.map((r) => ({ ...r, totals: JSON.parse(r.totals) as ImportBatch['totals'] }));
}

const DIMS = `coalesce(v.code, '') AS vendor, cc.code AS costCenter, coalesce(sv.code, '') AS service, coalesce(a.code, '') AS account`;
const JOINS = `JOIN cost_centers cc ON cc.id = x.cost_center_id LEFT JOIN services sv ON sv.id = x.service_id
  LEFT JOIN accounts a ON a.id = x.account_id LEFT JOIN vendors v ON v.id = x.vendor_id`;

/** Imported purchase order lines, by PO number and line. */
export function listPurchaseOrders(ctx: WorkbookContext): PurchaseOrderRow[] {
  return ctx.db
    .prepare(
      `SELECT x.id, x.po_number AS poNumber, x.po_line AS poLine, x.date, ${DIMS}, x.description, x.amount, x.currency,
              x.batch_id AS batchId
       FROM purchase_orders x ${JOINS} ORDER BY x.po_number, x.po_line, x.id`,
    )
    .all() as PurchaseOrderRow[];
}

/** Imported labour entries, by month and person. */
export function listLabour(ctx: WorkbookContext): LabourEntryRow[] {
  return ctx.db
    .prepare(
      `SELECT x.id, x.date, x.month, x.person_id AS personId, x.person_kind AS personKind, x.hours, x.rate, x.amount,
              x.currency, ${DIMS}, x.batch_id AS batchId
       FROM labour_entries x ${JOINS} ORDER BY x.month, x.person_id, x.date, x.id`,
    )
    .all() as LabourEntryRow[];
}
