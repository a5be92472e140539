import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { WorkbookContext } from './context';
import { redo, undo } from './journal';

type JournalHandlers = Pick<
  Handlers,
  'journal/list' | 'journal/get-entry' | 'journal/get-undo-state' | 'journal/undo' | 'journal/redo'
>;

/** The audit trail and undo/redo over it. */
export function journalHandlers(ctx: WorkbookContext): JournalHandlers {
  return {
    'journal/list': ({ limit, beforeSeq, withChanges }) => ctx.journal.list(limit, beforeSeq, withChanges),
    'journal/get-entry': ({ seq }) => {
      const entry = ctx.journal.get(seq);
      if (!entry) throw new AppError('not-found', `There is no journal entry ${seq}.`, { seq });
      return entry;
    },
    'journal/get-undo-state': () => ctx.history.state(),
    'journal/undo': () => undo(ctx),
    'journal/redo': () => redo(ctx),
  };
}
