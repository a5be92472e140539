import type { BillingCurrencyTotals, BillingImportRecord } from '../../src-shared/ipc/billing-import-types';
import { DEFAULT_TAG_ALIASES, type TagRules } from '../engine/cloud-billing/tags';
import { ExactSum } from '../engine/mapped-import/exact-sum';
import type { Sqlite } from '../db/client';

/** Columns of billing_aggregates in the order the import writes them. */
export const AGGREGATE_COLUMNS = [
  'id',
  'import_id',
  'billing_period',
  'charge_period',
  'provider',
  'billing_account',
  'sub_account',
  'service',
  'region',
  'resource_type',
  'charge_category',
  'commitment_discount',
  'tags',
  'currency',
  'billed_cost',
  'effective_cost',
  'list_cost',
  'contracted_cost',
  'row_count',
] as const;

/** Columns of billing_commitments in the order the import writes them. */
export const COMMITMENT_COLUMNS = [
  'id',
  'import_id',
  'billing_period',
  'charge_month',
  'provider',
  'billing_account',
  'commitment_discount_id',
  'commitment_discount_type',
  'commitment_discount_status',
  'charge_category',
  'pricing_category',
  'currency',
  'billed_cost',
  'effective_cost',
  'list_cost',
  'contracted_cost',
  'row_count',
] as const;

/** The replacement key of billing data: billing period 'YYYY-MM', provider, billing account. */
export type BillingKey = [period: string, provider: string, account: string];

interface ImportDbRow {
  id: string;
  file_name: string;
  sha256: string;
  format: string;
  grain: string;
  tag_keys: string;
  row_count: number;
  aggregate_count: number;
  totals: string;
  periods: string;
  imported_at: string;
  imported_by: string;
  replaced_by: string | null;
}

const fromRow = (r: ImportDbRow): BillingImportRecord => ({
  id: r.id,
  fileName: r.file_name,
  sha256: r.sha256,
  format: r.format,
  grain: JSON.parse(r.grain) as BillingImportRecord['grain'],
  tagKeys: JSON.parse(r.tag_keys) as string[],
  rowCount: r.row_count,
  aggregateCount: r.aggregate_count,
  totals: JSON.parse(r.totals) as BillingCurrencyTotals[],
  periods: JSON.parse(r.periods) as string[],
  importedAt: r.imported_at,
  importedBy: r.imported_by,
  replacedBy: r.replaced_by,
});

/** Every billing import, newest first. */
export function listBillingImports(db: Sqlite): BillingImportRecord[] {
  const rows = db.prepare('SELECT * FROM billing_imports ORDER BY imported_at DESC, id DESC').all() as ImportDbRow[];
  return rows.map(fromRow);
}

/** One import by id, or undefined. */
export function getBillingImport(db: Sqlite, id: string): BillingImportRecord | undefined {
  const row = db.prepare('SELECT * FROM billing_imports WHERE id = ?').get(id) as ImportDbRow | undefined;
  return row ? fromRow(row) : undefined;
}

/**
 * An import of the file with this SHA-256 that still holds every aggregate it wrote (nothing
 * of it replaced since), or undefined.
 */
export function intactImportBySha(db: Sqlite, sha256: string): BillingImportRecord | undefined {
  const row = db
    .prepare(
      `SELECT i.* FROM billing_imports i
        WHERE i.sha256 = ? AND i.replaced_by IS NULL
          AND (SELECT COUNT(*) FROM billing_aggregates a WHERE a.import_id = i.id) = i.aggregate_count
        ORDER BY i.imported_at DESC`,
    )
    .get(sha256) as ImportDbRow | undefined;
  return row ? fromRow(row) : undefined;
}

/** Ids of the imports holding aggregates or commitment rows under any of `keys`. */
export function importsHolding(db: Sqlite, keys: readonly BillingKey[]): string[] {
  const out = new Set<string>();
  const where = 'WHERE billing_period = ? AND provider = ? AND billing_account = ?';
  const aggs = db.prepare(`SELECT DISTINCT import_id FROM billing_aggregates ${where}`).pluck();
  const comm = db.prepare(`SELECT DISTINCT import_id FROM billing_commitments ${where}`).pluck();
  for (const k of keys) {
    for (const id of aggs.all(...k) as string[]) out.add(id);
    for (const id of comm.all(...k) as string[]) out.add(id);
  }
  return [...out];
}

/** Whether an import still holds any aggregate or commitment row. */
export function importHasRows(db: Sqlite, id: string): boolean {
  return (
    db
      .prepare(
        `SELECT EXISTS(SELECT 1 FROM billing_aggregates WHERE import_id = @id)
             OR EXISTS(SELECT 1 FROM billing_commitments WHERE import_id = @id)`,
      )
      .pluck()
      .get({ id }) === 1
  );
}

/**
 * Per-currency totals of an import's stored aggregates, summed exactly in JS (SQLite's SUM
 * of TEXT would go through doubles). A measure no aggregate carries is absent.
 */
export function storedBillingTotals(db: Sqlite, importId: string): BillingCurrencyTotals[] {
  type Acc = { rows: number; billed: ExactSum; effective: ExactSum; list?: ExactSum; contracted?: ExactSum };
  const acc = new Map<string, Acc>();
  const rows = db
    .prepare(
      `SELECT currency, billed_cost, effective_cost, list_cost, contracted_cost, row_count
         FROM billing_aggregates WHERE import_id = ?`,
    )
    .iterate(importId) as IterableIterator<{
    currency: string;
    billed_cost: string;
    effective_cost: string;
    list_cost: string | null;
    contracted_cost: string | null;
    row_count: number;
  }>;
  for (const r of rows) {
    let a = acc.get(r.currency);
    if (!a) acc.set(r.currency, (a = { rows: 0, billed: new ExactSum(), effective: new ExactSum() }));
    a.rows += r.row_count;
    a.billed.add(r.billed_cost);
    a.effective.add(r.effective_cost);
    if (r.list_cost !== null) (a.list ??= new ExactSum()).add(r.list_cost);
    if (r.contracted_cost !== null) (a.contracted ??= new ExactSum()).add(r.contracted_cost);
  }
  return [...acc]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([currency, a]) => ({
      currency,
      rows: a.rows,
      billedCost: a.billed.value(),
      effectiveCost: a.effective.value(),
      ...(a.list ? { listCost: a.list.value() } : {}),
      ...(a.contracted ? { contractedCost: a.contracted.value() } : {}),
    }));
}

/**
 * The tag keys imports aggregate on and the rules that normalise them, from the tag hygiene
 * tables; with no alias rows the engine's default spellings apply.
 */
export function billingTagSetup(db: Sqlite): { tagKeys: string[]; rules: TagRules } {
  const tagKeys = db
    .prepare('SELECT canonical_key FROM billing_tag_keys ORDER BY position, canonical_key')
    .pluck()
    .all() as string[];
  const aliasRows = db.prepare('SELECT alias, canonical_key FROM billing_tag_aliases ORDER BY alias').all() as {
    alias: string;
    canonical_key: string;
  }[];
  const valueRows = db.prepare('SELECT canonical_key, from_value, to_value FROM billing_tag_values').all() as {
    canonical_key: string;
    from_value: string;
    to_value: string;
  }[];
  const aliases: Record<string, string[]> = {};
  for (const r of aliasRows) (aliases[r.canonical_key] ??= []).push(r.alias);
  const values: Record<string, Record<string, string>> = {};
  for (const r of valueRows) (values[r.canonical_key] ??= {})[r.from_value.trim().toLowerCase()] = r.to_value;
  return { tagKeys, rules: { aliases: aliasRows.length > 0 ? aliases : DEFAULT_TAG_ALIASES, values } };
}

/**
 * "CUR|YYYY-MM" for every month a currency has a rate to or from `base` in fx_rates: a
 * mixed-currency bill needs one for each month it charges in another currency.
 */
export function ratedCurrencyMonths(db: Sqlite, base: string): Set<string> {
  const rows = db
    .prepare(
      `SELECT from_currency AS c, period FROM fx_rates WHERE to_currency = @base
       UNION SELECT to_currency AS c, period FROM fx_rates WHERE from_currency = @base`,
    )
    .all({ base }) as { c: string; period: string }[];
  return new Set(rows.map((r) => `${r.c}|${r.period}`));
}
