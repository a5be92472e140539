import type { RowChange } from '../../src-shared/model';
import { AppError } from '../../src-shared/ipc/errors';
import type { Row, RowKey, RowWriter } from '../db/row-writer';
import type { TrackedTable } from '../db/table-meta';
import { currentSettings, type WorkbookContext } from './context';

/**
 * The write API of a command: every insert, update and delete reads the before image
 * and records a RowChange, so the journal holds exactly what changed and undo can
 * put it back. Nothing else in a command writes to the database.
 */
export class TrackedTx {
  readonly changes: RowChange[] = [];

  constructor(private readonly writer: RowWriter) {}

  get(table: TrackedTable, key: RowKey): Row | undefined {
    return this.writer.get(table, key);
  }

  /** Insert a full row (every column). */
  insert(table: TrackedTable, row: Row): void {
    this.writer.insert(table, row);
    this.changes.push({ table, key: this.writer.keyOf(table, row), before: null, after: { ...row } });
  }

  /** Update some columns; no-op (nothing recorded) when nothing differs. Returns the after image. */
  update(table: TrackedTable, key: RowKey, patch: Row): Row {
    const before = this.writer.get(table, key);
    if (!before) throw new AppError('not-found', `No ${table} row ${JSON.stringify(key)}`);
    const after = { ...before, ...patch };
    if (Object.keys(patch).every((c) => before[c] === patch[c])) return before;
    this.writer.update(table, key, patch);
    this.changes.push({ table, key, before, after });
    return after;
  }

  /** Delete a row if it exists; returns its before image. */
  delete(table: TrackedTable, key: RowKey): Row | undefined {
    const before = this.writer.get(table, key);
    if (!before) return undefined;
    this.writer.delete(table, key);
    this.changes.push({ table, key, before, after: null });
    return before;
  }
}

export interface CommandSpec<T> {
  /** Channel name, e.g. "budget/set-cells". */
  command: string;
  /** Human summary for the journal and the Undo menu; may depend on the result. */
  label: string | ((result: T) => string);
  /** The arguments, as received. */
  payload: unknown;
}

/** Tables touched by a list of changes, in first-touched order. */
export function tablesOf(changes: readonly RowChange[]): string[] {
  return [...new Set(changes.map((c) => c.table))];
}

/**
 * Run `fn` as one command: one transaction, one journal row (kind 'do') with the
 * recorded changes, then a workbook/changed event. If `fn` throws, or a constraint
 * fails, the transaction rolls back: the file is as before and no journal row exists.
 * A command that changes nothing writes no journal row and returns the current seq.
 */
export function runCommand<T>(
  ctx: WorkbookContext,
  spec: CommandSpec<T>,
  fn: (tx: TrackedTx) => T,
): { seq: number; result: T } {
  let changes: RowChange[] = [];
  const run = ctx.db.transaction(() => {
    const tx = new TrackedTx(ctx.writer);
    const result = fn(tx);
    changes = tx.changes;
    if (changes.length === 0) return { seq: ctx.journal.lastSeq(), result };
    const seq = ctx.journal.append({
      actor: currentSettings(ctx).userName,
      at: ctx.now().toISOString(),
      command: spec.command,
      label: typeof spec.label === 'function' ? spec.label(result) : spec.label,
      payload: spec.payload,
      changes,
      kind: 'do',
      targetSeq: null,
    });
    return { seq, result };
  });
  let out: { seq: number; result: T };
  try {
    out = run();
  } catch (e) {
    throw asAppError(e);
  }
  if (changes.length > 0) {
    ctx.history.sync();
    ctx.emit({ seq: out.seq, command: spec.command, tables: tablesOf(changes) });
  }
  return out;
}

/** SQLite constraint failures that slipped past validation become a clear refusal. */
export function asAppError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError('validation', `The change breaks a workbook rule and was not saved (${(e as Error).message}).`, {
      sqlite: code,
    });
  }
  return e;
}
