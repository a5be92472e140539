import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, never>;

/** The channels of the cloud-costs area. */
export function cloudCostsHandlers(_ctx: WorkbookContext): SliceHandlers {
  return {};
}
