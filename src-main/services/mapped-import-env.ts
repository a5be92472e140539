import { createHash } from 'node:crypto';
import { AppError } from '../../src-shared/ipc/errors';
import type { ImportFileOptions, ImportKind, ImportMapping, ImportSource } from '../../src-shared/model/imports';
import type { ValidationEnv } from '../engine/mapped-import/validate-row';
import type { Sqlite } from '../db/client';
import {
  currencyUnits,
  DIMENSION_TABLE,
  idsByCode,
  importedSourceKeys,
  listClosedMonths,
  listSources,
} from '../repo/imports-repo';
import { currentSettings, type WorkbookContext } from './context';

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

/** What a file of `kind` is validated against: codes, currencies, translations, closed months, keys. */
export function loadEnv(ctx: WorkbookContext, kind: ImportKind, source: ImportSource | null): ValidationEnv {
  const db = ctx.db;
  return {
    baseCurrency: currentSettings(ctx).baseCurrency,
    codes: {
      costCenter: idsByCode(db, DIMENSION_TABLE.costCenter),
      service: idsByCode(db, DIMENSION_TABLE.service),
      account: idsByCode(db, DIMENSION_TABLE.account),
      vendor: idsByCode(db, DIMENSION_TABLE.vendor),
    },
    currencies: currencyUnits(db),
    translations: new Map(
      (source?.codeMaps ?? []).map((m) => [`${m.dimension}:${m.externalCode.toUpperCase()}`, m.outlayCode]),
    ),
    closedMonths: new Set(listClosedMonths(db)),
    existingKeys: importedSourceKeys(db, kind),
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
