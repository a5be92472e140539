import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, never>;

/** The channels of drivers, growth assumptions and driver-based lines. */
export function driverHandlers(ctx: WorkbookContext): SliceHandlers {
  void ctx;
  return {};
}
