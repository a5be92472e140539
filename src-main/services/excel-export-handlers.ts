import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';
import { exportToExcel } from './excel-export';

type SliceHandlers = Pick<Handlers, 'excel/export'>;

/** The channels of the export. */
export function excelExportHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'excel/export': (args, run) => exportToExcel(ctx, args, run),
  };
}
