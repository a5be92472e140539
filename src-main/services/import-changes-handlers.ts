import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';
import { applyImportChanges } from './import-changes-apply';
import { loadImport } from './import-changes-load';

type SliceHandlers = Pick<Handlers, 'excel/preview-changes' | 'excel/apply-changes'>;

/** The channels of the round-trip import. */
export function importChangesHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'excel/preview-changes': async ({ file }, run) => (await loadImport(ctx, file, run)).preview,
    'excel/apply-changes': (args, run) => applyImportChanges(ctx, args, run),
  };
}
