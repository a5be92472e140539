import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, never>;

/** The channels of the file transfer. */
export function filesHandlers(ctx: WorkbookContext): SliceHandlers {
  void ctx;
  return {};
}
