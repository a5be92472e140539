import type { UndoState } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { RowChange } from '../../src-shared/model';
import type { JournalHead, JournalRepo } from '../repo/journal-repo';
import type { TrackedTable } from '../db/table-meta';
import { asAppError, tablesOf, TrackedTx } from './command';
import { currentSettings, type WorkbookContext } from './context';

/** Commands that cannot be undone; undo stops at them. */
export const NOT_UNDOABLE = new Set(['workbook/create']);

/**
 * Undo and redo stacks, derived from the journal alone (so they survive a restart
 * and see commands written by another process): a 'do' pushes onto the undo stack
 * and clears redo; an 'undo' moves its target to the redo stack; a 'redo' moves it back.
 * Kept incrementally: sync() reads only the entries appended since the last call.
 */
export class History {
  private undoStack: JournalHead[] = [];
  private redoStack: JournalHead[] = [];
  private last = 0;

  constructor(private readonly repo: JournalRepo) {}

  sync(): void {
    for (const h of this.repo.headsAfter(this.last)) {
      this.last = h.seq;
      if (h.kind === 'do') {
        if (NOT_UNDOABLE.has(h.command)) this.undoStack = [];
        else this.undoStack.push(h);
        this.redoStack = [];
      } else if (h.kind === 'undo') {
        const i = this.undoStack.findLastIndex((x) => x.seq === h.targetSeq);
        if (i >= 0) this.redoStack.push(...this.undoStack.splice(i, 1));
      } else {
        const i = this.redoStack.findLastIndex((x) => x.seq === h.targetSeq);
        if (i >= 0) this.undoStack.push(...this.redoStack.splice(i, 1));
      }
    }
  }

  state(): UndoState {
    this.sync();
    const u = this.undoStack.at(-1);
    const r = this.redoStack.at(-1);
    return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null, seq: this.last };
  }

  nextUndo(): JournalHead | undefined {
    this.sync();
    return this.undoStack.at(-1);
  }

  nextRedo(): JournalHead | undefined {
    this.sync();
    return this.redoStack.at(-1);
  }
}

function applyChange(tx: TrackedTx, c: RowChange, image: 'before' | 'after'): void {
  const table = c.table as TrackedTable;
  const target = c[image];
  const other = image === 'before' ? c.after : c.before;
  if (target === null) tx.delete(table, c.key);
  else if (other === null) tx.insert(table, target);
  else tx.update(table, c.key, target);
}

function replay(ctx: WorkbookContext, kind: 'undo' | 'redo'): UndoState {
  const head = kind === 'undo' ? ctx.history.nextUndo() : ctx.history.nextRedo();
  if (!head) {
    throw kind === 'undo'
      ? new AppError('nothing-to-undo', 'There is nothing to undo.')
      : new AppError('nothing-to-redo', 'There is nothing to redo.');
  }
  const entry = ctx.journal.get(head.seq);
  if (!entry) throw new AppError('internal', `Journal entry ${head.seq} is missing.`);
  let changes: RowChange[] = [];
  const command = `journal/${kind}`;
  const run = ctx.db.transaction(() => {
    const tx = new TrackedTx(ctx.writer);
    // Undo walks the changes backwards with before images; redo forwards with after images.
    if (kind === 'undo') for (let i = entry.changes.length - 1; i >= 0; i--) applyChange(tx, entry.changes[i]!, 'before');
    else for (const c of entry.changes) applyChange(tx, c, 'after');
    changes = tx.changes;
    return ctx.journal.append({
      actor: currentSettings(ctx).userName,
      at: ctx.now().toISOString(),
      command,
      label: `${kind === 'undo' ? 'Undo' : 'Redo'}: ${entry.label}`,
      payload: { targetSeq: entry.seq },
      changes,
      kind,
      targetSeq: entry.seq,
    });
  });
  let seq: number;
  try {
    seq = run();
  } catch (e) {
    throw asAppError(e);
  }
  ctx.history.sync();
  ctx.emit({ seq, command, tables: tablesOf(changes.length > 0 ? changes : entry.changes) });
  return ctx.history.state();
}

/** Reverse the latest command that is not yet undone; appends an 'undo' journal row. */
export function undo(ctx: WorkbookContext): UndoState {
  return replay(ctx, 'undo');
}

/** Re-apply the latest undone command; appends a 'redo' journal row. */
export function redo(ctx: WorkbookContext): UndoState {
  return replay(ctx, 'redo');
}
