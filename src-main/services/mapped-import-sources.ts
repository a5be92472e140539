import { AppError } from '../../src-shared/ipc/errors';
import type {
  CodeDimension,
  CodeMapEntry,
  ImportFileOptions,
  ImportKind,
  ImportMapping,
  ImportSource,
} from '../../src-shared/model/imports';
import { runCommand } from './command';
import { currentSettings, type WorkbookContext } from './context';
import { newId } from './ids';
import { batchIdsOfSource, codeExists, listClosedMonths, listSources } from '../repo/imports-repo';
import { requireSource } from './mapped-import-env';

export interface SaveSourceArgs {
  id?: string | undefined;
  kind: ImportKind;
  name: string;
  mapping?: ImportMapping | undefined;
  options?: ImportFileOptions | undefined;
}

/**
 * Create a source, or rename it / save its mapping and file options (one undoable command).
 * @throws AppError 'conflict' when another source of the kind has the name (any case)
 */
export function saveSource(ctx: WorkbookContext, args: SaveSourceArgs): ImportSource {
  const name = args.name.trim();
  if (name === '') throw new AppError('validation', 'An import source needs a name', { field: 'name' });
  const clash = listSources(ctx.db, args.kind).find(
    (s) => s.name.toUpperCase() === name.toUpperCase() && s.id !== args.id,
  );
  if (clash)
    throw new AppError('conflict', `There is already a ${args.kind} source named "${clash.name}"`, { field: 'name' });
  const id = args.id ?? newId();
  runCommand(ctx, { command: 'imports/save-source', label: `Save import source ${name}`, payload: args }, (tx) => {
    const row = {
      name,
      ...(args.mapping ? { mapping: JSON.stringify(args.mapping) } : {}),
      ...(args.options ? { options: JSON.stringify(args.options) } : {}),
    };
    if (args.id) {
      requireSource(ctx.db, args.id, args.kind);
      tx.update('import_sources', { id }, row);
    } else {
      tx.insert('import_sources', { id, kind: args.kind, mapping: '{}', options: '{}', ...row });
    }
  });
  return requireSource(ctx.db, id);
}

/** Delete a source and its translations (batches keep their rows and lose the link). */
export function deleteSource(ctx: WorkbookContext, id: string): void {
  const s = requireSource(ctx.db, id);
  runCommand(
    ctx,
    { command: 'imports/delete-source', label: `Delete import source ${s.name}`, payload: { id } },
    (tx) => {
      tx.deleteRows('import_code_maps', ['source_id'], [[id]]);
      for (const b of batchIdsOfSource(ctx.db, id)) tx.update('import_batches', { id: b }, { source_id: null });
      tx.delete('import_sources', { id });
    },
  );
}

export interface SetCodeMapArgs {
  sourceId: string;
  /** Added or changed translations. */
  set: CodeMapEntry[];
  /** Translations to drop. */
  remove: { dimension: CodeDimension; externalCode: string }[];
}

/**
 * Add, change or remove a source's code translations (one undoable command). Each Outlay
 * code must exist in the workbook.
 * @throws AppError 'validation' naming the external code whose target is unknown
 */
export function setCodeMap(ctx: WorkbookContext, args: SetCodeMapArgs): ImportSource {
  const s = requireSource(ctx.db, args.sourceId);
  for (const e of args.set) {
    if (!codeExists(ctx.db, e.dimension, e.outlayCode)) {
      throw new AppError('validation', `"${e.externalCode}" → "${e.outlayCode}": no ${e.dimension} with that code`, {
        field: 'outlayCode',
        externalCode: e.externalCode,
      });
    }
  }
  runCommand(ctx, { command: 'imports/set-code-map', label: `Code translations of ${s.name}`, payload: args }, (tx) => {
    for (const r of args.remove) {
      tx.delete('import_code_maps', { source_id: s.id, dimension: r.dimension, external_code: r.externalCode.trim() });
    }
    for (const e of args.set) {
      const key = { source_id: s.id, dimension: e.dimension, external_code: e.externalCode.trim() };
      if (tx.get('import_code_maps', key)) tx.update('import_code_maps', key, { outlay_code: e.outlayCode.trim() });
      else tx.insert('import_code_maps', { ...key, outlay_code: e.outlayCode.trim() });
    }
  });
  return requireSource(ctx.db, s.id);
}

/** Close or reopen a month for imports (one undoable command). */
export function setPeriodClosed(ctx: WorkbookContext, month: string, closed: boolean): string[] {
  runCommand(
    ctx,
    {
      command: 'imports/set-period-closed',
      label: `${closed ? 'Close' : 'Reopen'} ${month}`,
      payload: { month, closed },
    },
    (tx) => {
      if (!closed) tx.delete('closed_periods', { month });
      else if (!tx.get('closed_periods', { month })) {
        tx.insert('closed_periods', {
          month,
          closed_at: ctx.now().toISOString(),
          closed_by: currentSettings(ctx).userName,
        });
      }
    },
  );
  return listClosedMonths(ctx.db);
}
