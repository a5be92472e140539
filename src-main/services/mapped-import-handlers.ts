import type { Handlers } from '../../src-shared/ipc/contract';
import type { mappedImportContract } from '../../src-shared/ipc/mapped-import-contract';
import type { WorkbookContext } from './context';
import { applyImport } from './mapped-import-apply';
import { inspectImport } from './mapped-import-inspect';
import { deleteSource, saveSource, setCodeMap, setPeriodClosed } from './mapped-import-sources';
import { listBatches, listClosedMonths, listLabour, listPurchaseOrders, listSources } from '../repo/imports-repo';
import { scanFile } from './mapped-import-scan';

type SliceHandlers = Pick<Handlers, keyof typeof mappedImportContract>;

/** The channels of the mapped import. */
export function mappedImportHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'imports/inspect': (args) => inspectImport(ctx, args),
    'imports/preview': async (args, run) => (await scanFile(ctx, args, run)).preview,
    'imports/apply': (args, run) => applyImport(ctx, args, run),
    'imports/list-sources': (args) => listSources(ctx.db, args.kind),
    'imports/save-source': (args) => saveSource(ctx, args),
    'imports/delete-source': (args) => {
      deleteSource(ctx, args.id);
      return { ok: true };
    },
    'imports/set-code-map': (args) => setCodeMap(ctx, args),
    'imports/list-batches': (args) => listBatches(ctx.db, args.kind),
    'imports/list-purchase-orders': () => listPurchaseOrders(ctx.db),
    'imports/list-labour': () => listLabour(ctx.db),
    'imports/list-closed-periods': () => listClosedMonths(ctx.db),
    'imports/set-period-closed': (args) => setPeriodClosed(ctx, args.month, args.closed),
  };
}
