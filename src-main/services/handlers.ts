import type { Handlers } from '../../src-shared/ipc/contract';
import { budgetHandlers } from './budget-handlers';
import type { WorkbookContext } from './context';
import { dimensionHandlers } from './dimension-handlers';
import { journalHandlers } from './journal-handlers';
import { scenarioHandlers } from './scenario-handlers';
import { workbookHandlers } from './workbook-handlers';

/** Every channel of the contract, implemented over one open workbook. */
export function createHandlers(ctx: WorkbookContext): Handlers {
  return {
    ...workbookHandlers(ctx),
    ...dimensionHandlers(ctx),
    ...scenarioHandlers(ctx),
    ...budgetHandlers(ctx),
    ...journalHandlers(ctx),
  } satisfies Handlers;
}
