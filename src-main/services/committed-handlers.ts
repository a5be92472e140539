import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';

type CommittedHandlers = Pick<Handlers, never>;

/** The budget-accounting channels (see budget-accounting-contract.ts). */
export function committedHandlers(_ctx: WorkbookContext): CommittedHandlers {
  return {};
}
