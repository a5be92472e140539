import type { Handlers } from '../../src-shared/ipc/contract';
import { convertTotals } from './committed-convert';
import { committedSpend } from './committed-spend';
import type { WorkbookContext } from './context';

type CommittedHandlers = Pick<Handlers, 'budget/get-committed' | 'budget/convert-totals'>;

/** The budget-accounting channels (see budget-accounting-contract.ts). */
export function committedHandlers(ctx: WorkbookContext): CommittedHandlers {
  return {
    'budget/get-committed': (args) => committedSpend(ctx, args),
    'budget/convert-totals': (args) => convertTotals(ctx, args),
  };
}
