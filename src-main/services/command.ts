import { AppError } from '../../src-shared/ipc/errors';
import { ChangeSet, keyIndexes } from '../db/change-set';
import type { Row, RowKey, RowWriter, SqlSource } from '../db/row-writer';
import { tableMeta, type TrackedTable } from '../db/table-meta';
import { currentSettings, type WorkbookContext } from './context';

/**
 * The write API of a command: every insert, update and delete records its row images
 * in a ChangeSet, so the journal holds exactly what changed and undo can put it back.
 * Nothing else in a command writes to the database. Single-row methods read the before
 * image by key; the *Rows methods do many rows in one pass with reused statements
 * (inserts of fresh keys need no read; deletes return their images as they delete).
 */
export class TrackedTx {
  readonly changes = new ChangeSet();

  constructor(private readonly writer: RowWriter) {}

  get(table: TrackedTable, key: RowKey): Row | undefined {
    return this.writer.get(table, key);
  }

  /** Insert a full row (every column). */
  insert(table: TrackedTable, row: Row): void {
    this.writer.insert(table, row);
    const cols = tableMeta(table).columns;
    this.changes.add(
      table,
      'insert',
      cols,
      null,
      cols.map((c) => row[c] ?? null),
    );
  }

  /** Update some columns; no-op (nothing recorded) when nothing differs. Returns the after image. */
  update(table: TrackedTable, key: RowKey, patch: Row): Row {
    const before = this.writer.get(table, key);
    if (!before) throw new AppError('not-found', `No ${table} row ${JSON.stringify(key)}`);
    const after = { ...before, ...patch };
    if (Object.keys(patch).every((c) => before[c] === patch[c])) return before;
    this.writer.update(table, key, patch);
    const cols = tableMeta(table).columns;
    this.changes.add(
      table,
      'update',
      cols,
      cols.map((c) => before[c] ?? null),
      cols.map((c) => after[c] ?? null),
    );
    return after;
  }

  /** Delete a row if it exists; returns its before image. */
  delete(table: TrackedTable, key: RowKey): Row | undefined {
    const before = this.writer.get(table, key);
    if (!before) return undefined;
    this.writer.delete(table, key);
    const cols = tableMeta(table).columns;
    this.changes.add(
      table,
      'delete',
      cols,
      cols.map((c) => before[c] ?? null),
      null,
    );
    return before;
  }

  /**
   * Insert many new rows (value arrays in `columns` order; every column, or at least the
   * key with the rest defaulted). For rows with fresh keys: nothing is read first.
   * The arrays are kept as the journal's after images; do not change them afterwards.
   */
  insertRows(table: TrackedTable, columns: readonly string[], rows: unknown[][]): void {
    if (rows.length === 0) return;
    this.writer.insertRows(table, columns, rows);
    this.changes.addMany(table, 'insert', columns, null, rows);
  }

  /**
   * Insert the rows a repository's SELECT yields (result columns named as `columns`),
   * copied by SQLite itself; their images are recorded as JSON column arrays without
   * becoming JS rows. For bulk copies with fresh keys (a scenario's amounts).
   */
  insertSelect(table: TrackedTable, columns: readonly string[], source: SqlSource): number {
    const { count, columnsJson } = this.writer.insertSelect(table, columns, source);
    this.changes.addHeld({ table, op: 'insert', columns, count, columnsJson });
    return count;
  }

  /**
   * Delete every row whose `match` columns equal one tuple of `values` (e.g. match
   * ['line_id'] with one tuple per line deletes all their amounts); records each deleted
   * row's image. Returns how many rows went.
   */
  deleteRows(table: TrackedTable, match: readonly string[], values: readonly unknown[][]): number {
    const gone = this.writer.deleteRows(table, match, values);
    this.changes.addMany(table, 'delete', tableMeta(table).columns, gone, null);
    return gone.length;
  }

  /**
   * Delete rows the caller holds exact images of (undo of an insert, redo of a delete):
   * rows still equal to their image go without a read and the image is recorded; a row
   * that differs is deleted by key with what it holds recorded; a missing row is skipped
   * (as deleting by key would).
   */
  deleteImages(table: TrackedTable, columns: readonly string[], images: unknown[][]): void {
    const missed = this.writer.deleteExact(table, columns, images);
    const skip = new Set(missed);
    this.changes.addMany(table, 'delete', columns, skip.size ? images.filter((_, i) => !skip.has(i)) : images, null);
    if (missed.length === 0) return;
    const key = keyIndexes(table, columns);
    this.deleteRows(
      table,
      key.map(([k]) => k),
      missed.map((i) => key.map(([, at]) => images[i]![at])),
    );
  }

  /**
   * Turn rows the caller holds images of from `from` into `to` (undo and redo of updates):
   * rows still equal to `from` are updated without a read; any other goes through updateRows.
   */
  updateImages(table: TrackedTable, columns: readonly string[], from: unknown[][], to: unknown[][]): void {
    const missed = this.writer.updateExact(table, columns, from, to);
    const skip = new Set(missed);
    const keep = (rows: unknown[][]) => (skip.size ? rows.filter((_, i) => !skip.has(i)) : rows);
    this.changes.addMany(table, 'update', columns, keep(from), keep(to));
    if (missed.length > 0)
      this.updateRows(
        table,
        columns,
        missed.map((i) => to[i]!),
      );
  }

  /**
   * Set rows to new values: `columns` include the table's key, `rows` are value arrays in
   * that order. Each row's before image is read by key (one reused statement); a missing
   * row throws 'not-found'; rows already equal record nothing. Returns the number changed.
   */
  updateRows(table: TrackedTable, columns: readonly string[], rows: readonly unknown[][]): number {
    const { before, after, missing } = this.writer.updateRows(table, columns, rows);
    if (missing) throw new AppError('not-found', `No ${table} row ${JSON.stringify(missing)}`);
    this.changes.addMany(table, 'update', tableMeta(table).columns, before, after);
    return before.length;
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
  let changes = new ChangeSet();
  const run = ctx.db.transaction(() => {
    const tx = new TrackedTx(ctx.writer);
    const result = fn(tx);
    changes = tx.changes;
    if (changes.count === 0) return { seq: ctx.journal.lastSeq(), result };
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
  if (changes.count > 0) {
    ctx.history.sync();
    ctx.emit({ seq: out.seq, command: spec.command, tables: changes.tables() });
  }
  return out;
}

/** SQLite constraint failures that slipped past validation become a clear refusal. */
export function asAppError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError(
      'validation',
      `The change breaks a workbook rule and was not saved (${(e as Error).message}).`,
      {
        sqlite: code,
      },
    );
  }
  return e;
}
