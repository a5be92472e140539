import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, never>;

/** The channels of the export. */
export function excelExportHandlers(ctx: WorkbookContext): SliceHandlers {
  void ctx;
  return {};
}
