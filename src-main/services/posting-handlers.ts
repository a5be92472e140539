import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, never>;

/** The channels of posting forecasts and TCO results into budget lines. */
export function postingHandlers(ctx: WorkbookContext): SliceHandlers {
  void ctx;
  return {};
}
