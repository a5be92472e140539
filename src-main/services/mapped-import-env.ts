import { createHash } from 'node:crypto';
import { AppError } from '../../src-shared/ipc/errors';
import type {
  CodeDimension,
  CodeMapEntry,
  ImportFileOptions,
  ImportKind,
  ImportMapping,
  ImportSource,
} from '../../src-shared/model/imports';
import type { ValidationEnv } from '../engine/mapped-import/validate-row';
import type { Sqlite } from '../db/client';
import { currentSettings, type WorkbookContext } from './context';

/** The table each kind's rows go into. */
export const KIND_TABLE = {
  actuals: 'actuals',
  'purchase-orders': 'purchase_orders',
  labour: 'labour_entries',
} as const satisfies Record<ImportKind, string>;

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

/**
 * The saved source `id` of `kind`.
 * @throws AppError 'not-found' for an unknown id, 'validation' when it is a source of another kind
 */
export function requireSource(db: Sqlite, id: string, kind?: ImportKind): ImportSource {
  const s = listSources(db).find((x) => x.id === id);
  if (!s) throw new AppError('not-found', `No import source ${id}`, { field: 'sourceId' });
  if (kind && s.kind !== kind) {
    throw new AppError('validation', `The source "${s.name}" is for ${s.kind}, not ${kind}`, { field: 'sourceId' });
  }
  return s;
}

function codeMap(db: Sqlite, table: string): Map<string, string> {
  const rows = db.prepare(`SELECT id, code FROM ${table}`).raw().all() as [string, string][];
  return new Map(rows.map(([id, code]) => [code.toUpperCase(), id]));
}

/** What a file of `kind` is validated against: codes, currencies, translations, closed months, keys. */
export function loadEnv(ctx: WorkbookContext, kind: ImportKind, source: ImportSource | null): ValidationEnv {
  const db = ctx.db;
  const currencies = db.prepare('SELECT code, minor_units FROM currencies').raw().all() as [string, number][];
  const keys = db
    .prepare(`SELECT source_key FROM ${KIND_TABLE[kind]} WHERE source_key IS NOT NULL`)
    .pluck()
    .all() as string[];
  return {
    baseCurrency: currentSettings(ctx).baseCurrency,
    codes: {
      costCenter: codeMap(db, 'cost_centers'),
      service: codeMap(db, 'services'),
      account: codeMap(db, 'accounts'),
      vendor: codeMap(db, 'vendors'),
    },
    currencies: new Map(currencies.map(([c, m]) => [c.toUpperCase(), m])),
    translations: new Map(
      (source?.codeMaps ?? []).map((m) => [`${m.dimension}:${m.externalCode.toUpperCase()}`, m.outlayCode]),
    ),
    closedMonths: new Set(db.prepare('SELECT month FROM closed_periods').pluck().all() as string[]),
    existingKeys: new Set(keys),
  };
}

/**
 * A hash of everything that decides what an import writes besides the file: kind, mapping,
 * options and the source's translations. Apply compares it with the preview's.
 */
export function mappingKeyOf(
  kind: ImportKind,
  mapping: ImportMapping,
  options: ImportFileOptions,
  source: ImportSource | null,
): string {
  const sorted = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  const maps = (source?.codeMaps ?? []).map((m) => [m.dimension, m.externalCode, m.outlayCode]);
  const text = JSON.stringify([
    kind,
    mapping.sheet ?? '',
    mapping.headerRow,
    sorted(mapping.columns),
    sorted(mapping.defaults),
    sorted(options),
    maps,
  ]);
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** Dimensions a translation may be for, as the table stores them. */
export const DIMENSION_TABLE: Record<Exclude<CodeDimension, 'currency'>, string> = {
  costCenter: 'cost_centers',
  service: 'services',
  account: 'accounts',
  vendor: 'vendors',
};
