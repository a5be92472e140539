import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';
import { redo, undo } from './journal';

type JournalHandlers = Pick<Handlers, 'journal/list' | 'journal/get-undo-state' | 'journal/undo' | 'journal/redo'>;

/** The audit trail and undo/redo over it. */
export function journalHandlers(ctx: WorkbookContext): JournalHandlers {
  return {
    'journal/list': ({ limit, beforeSeq }) => ctx.journal.list(limit, beforeSeq),
    'journal/get-undo-state': () => ctx.history.state(),
    'journal/undo': () => undo(ctx),
    'journal/redo': () => redo(ctx),
  };
}
