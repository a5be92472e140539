/**
 * Queries of the mapped imports: saved sources and their code translations, batches, the
 * rows a kind was imported into, closed months, and the code lookups validation needs.
 */
import type {
  CodeDimension,
  CodeMapEntry,
  ImportBatch,
  ImportFileOptions,
  ImportKind,
  ImportMapping,
  ImportSource,
  LabourEntryRow,
  PurchaseOrderRow,
} from '../../src-shared/model/imports';
import type { Sqlite } from '../db/client';

/** The table each kind's rows go into. */
export const KIND_TABLE = {
  actuals: 'actuals',
  'purchase-orders': 'purchase_orders',
  labour: 'labour_entries',
} as const satisfies Record<ImportKind, string>;

/** Dimensions a translation may be for, as the table stores them. */
export const DIMENSION_TABLE: Record<Exclude<CodeDimension, 'currency'>, string> = {
  costCenter: 'cost_centers',
  service: 'services',
  account: 'accounts',
  vendor: 'vendors',
};

interface SourceRowDb {
  id: string;
  kind: ImportKind;
  name: string;
  mapping: string;
  options: string;
}

function parseJson<T>(text: string): T | null {
  const v: unknown = JSON.parse(text);
  return v && typeof v === 'object' && Object.keys(v).length > 0 ? (v as T) : null;
}

/** Every saved source (of one kind when given), by name, with its mapping and translations. */
export function listSources(db: Sqlite, kind?: ImportKind): ImportSource[] {
  const rows = db
    .prepare(
      `SELECT id, kind, name, mapping, options FROM import_sources ${kind ? 'WHERE kind = ?' : ''} ORDER BY upper(name)`,
    )
    .all(...(kind ? [kind] : [])) as SourceRowDb[];
  const maps = db
    .prepare(
      'SELECT source_id, dimension, external_code AS externalCode, outlay_code AS outlayCode FROM import_code_maps ORDER BY dimension, external_code',
    )
    .all() as (CodeMapEntry & { source_id: string })[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    mapping: parseJson<ImportMapping>(r.mapping),
    options: parseJson<ImportFileOptions>(r.options),
    codeMaps: maps
      .filter((m) => m.source_id === r.id)
      .map(({ dimension, externalCode, outlayCode }) => ({ dimension, externalCode, outlayCode })),
  }));
}

/** Upper-cased code → id of one dimension table. */
export function idsByCode(db: Sqlite, table: string): Map<string, string> {
  const rows = db.prepare(`SELECT id, code FROM ${table}`).raw().all() as [string, string][];
  return new Map(rows.map(([id, code]) => [code.toUpperCase(), id]));
}

/** Upper-cased currency code → minor units. */
export function currencyUnits(db: Sqlite): Map<string, number> {
  const rows = db.prepare('SELECT code, minor_units FROM currencies').raw().all() as [string, number][];
  return new Map(rows.map(([c, m]) => [c.toUpperCase(), m]));
}

/** Whether `dimension` (or currency) has the code, in any case. */
export function codeExists(db: Sqlite, dimension: CodeDimension, code: string): boolean {
  const table = dimension === 'currency' ? 'currencies' : DIMENSION_TABLE[dimension];
  return db.prepare(`SELECT 1 FROM ${table} WHERE upper(code) = upper(?)`).get(code) !== undefined;
}

/** The source keys of the rows already imported into `kind`'s table. */
export function importedSourceKeys(db: Sqlite, kind: ImportKind): Set<string> {
  return new Set(
    db.prepare(`SELECT source_key FROM ${KIND_TABLE[kind]} WHERE source_key IS NOT NULL`).pluck().all() as string[],
  );
}

/** The closed months, ascending. */
export function listClosedMonths(db: Sqlite): string[] {
  return db.prepare('SELECT month FROM closed_periods ORDER BY month').pluck().all() as string[];
}

/** Whether a file with this SHA-256 was imported as `kind` before. */
export function fileImportedBefore(db: Sqlite, sha256: string, kind: ImportKind): boolean {
  return db.prepare('SELECT 1 FROM import_batches WHERE sha256 = ? AND kind = ?').get(sha256, kind) !== undefined;
}

/** Ids of the batches imported through a source. */
export function batchIdsOfSource(db: Sqlite, sourceId: string): string[] {
  return db.prepare('SELECT id FROM import_batches WHERE source_id = ?').pluck().all(sourceId) as string[];
}

/** Past imports, newest first (of one kind when given). */
export function listBatches(db: Sqlite, kind?: ImportKind): ImportBatch[] {
  const rows = db
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
export function listPurchaseOrders(db: Sqlite): PurchaseOrderRow[] {
  return db
    .prepare(
      `SELECT x.id, x.po_number AS poNumber, x.po_line AS poLine, x.date, ${DIMS}, x.description, x.amount, x.currency,
              x.batch_id AS batchId
       FROM purchase_orders x ${JOINS} ORDER BY x.po_number, x.po_line, x.id`,
    )
    .all() as PurchaseOrderRow[];
}

/** Imported labour entries, by month and person. */
export function listLabour(db: Sqlite): LabourEntryRow[] {
  return db
    .prepare(
      `SELECT x.id, x.date, x.month, x.person_id AS personId, x.person_kind AS personKind, x.hours, x.rate, x.amount,
              x.currency, ${DIMS}, x.batch_id AS batchId
       FROM labour_entries x ${JOINS} ORDER BY x.month, x.person_id, x.date, x.id`,
    )
    .all() as LabourEntryRow[];
}
