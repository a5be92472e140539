import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, never>;

/** The channels of the billing-import area. */
export function billingImportHandlers(_ctx: WorkbookContext): SliceHandlers {
  return {};
}
