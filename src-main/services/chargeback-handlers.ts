import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, never>;

/** The channels of the chargeback area. */
export function chargebackHandlers(_ctx: WorkbookContext): SliceHandlers {
  return {};
}
