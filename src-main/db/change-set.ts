import type { RowChange } from '../../src-shared/model';
import { TABLE_META } from './table-meta';

export type ChangeOp = 'insert' | 'update' | 'delete';

/**
 * A run of consecutive changes to one table with one operation: the column names once,
 * then each row's values in that order. Inserts carry after images, deletes before
 * images, updates both (full rows). A row's key is read from its images.
 */
export interface ChangeGroup {
  readonly table: string;
  readonly op: ChangeOp;
  readonly columns: readonly string[];
  /** Before images (update, delete); empty for insert. */
  readonly before: unknown[][];
  /** After images (insert, update); empty for delete. */
  readonly after: unknown[][];
}

/**
 * Inserted rows that SQLite copied itself (INSERT … SELECT), held as one JSON array per
 * column exactly as SQLite wrote them (json_group_array): the rows never become JS
 * values unless something reads them, and the journal stores the arrays as they are.
 */
export interface HeldInsert {
  readonly table: string;
  readonly op: 'insert';
  readonly columns: readonly string[];
  readonly count: number;
  /** Per column, a JSON array text of the values, row i at index i. */
  readonly columnsJson: readonly string[];
}

export type ChangePart = ChangeGroup | HeldInsert;
export const isHeld = (p: ChangePart): p is HeldInsert => 'columnsJson' in p;

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((c, i) => c === b[i]));

/**
 * The row changes of one command, in the order they were made, as runs per table and
 * operation. This is the generic before/after row-image record that undo, redo and the
 * audit trail are built on, kept columnar so a command that writes 800,000 rows holds
 * arrays of values rather than 800,000 objects. Rows handed in are kept, not copied.
 */
export class ChangeSet {
  private readonly list: ChangePart[] = [];
  private rows = 0;

  /** Number of row changes. */
  get count(): number {
    return this.rows;
  }

  /** The parts as recorded (held inserts still as JSON), for the journal codec. */
  get parts(): readonly ChangePart[] {
    return this.list;
  }

  /** Every part as rows of values (held inserts are parsed once, on first access). */
  get groups(): readonly ChangeGroup[] {
    return this.list.map((p, i) => {
      if (!isHeld(p)) return p;
      const cols = p.columnsJson.map((j) => JSON.parse(j) as unknown[]);
      const after = Array.from({ length: p.count }, (_, r) => cols.map((c) => c[r]));
      const g: ChangeGroup = { table: p.table, op: 'insert', columns: p.columns, before: [], after };
      this.list[i] = g;
      return g;
    });
  }

  /** Tables touched, in first-touched order. */
  tables(): string[] {
    return [...new Set(this.list.map((g) => g.table))];
  }

  /** Record one row change; `before`/`after` are values in `columns` order (null where absent). */
  add(
    table: string,
    op: ChangeOp,
    columns: readonly string[],
    before: unknown[] | null,
    after: unknown[] | null,
  ): void {
    const g = this.groupFor(table, op, columns);
    if (before) g.before.push(before);
    if (after) g.after.push(after);
    this.rows++;
  }

  /** Record many row changes of one kind at once (rows kept, not copied). */
  addMany(
    table: string,
    op: ChangeOp,
    columns: readonly string[],
    before: unknown[][] | null,
    after: unknown[][] | null,
  ): void {
    const n = (before ?? after)?.length ?? 0;
    if (n === 0) return;
    if (before && after && before.length !== after.length)
      throw new Error('addMany: before and after differ in length');
    const g = this.groupFor(table, op, columns);
    if (before) for (const r of before) g.before.push(r);
    if (after) for (const r of after) g.after.push(r);
    this.rows += n;
  }

  /** Record rows SQLite inserted, held as JSON column arrays (see HeldInsert). */
  addHeld(part: HeldInsert): void {
    if (part.count === 0) return;
    this.list.push(part);
    this.rows += part.count;
  }

  /** Append a whole group as decoded from storage. */
  pushGroup(g: ChangeGroup): void {
    this.list.push(g);
    this.rows += g.op === 'delete' ? g.before.length : g.after.length;
  }

  /** The last group when it has this table, operation and columns (so runs merge), else a new one. */
  private groupFor(table: string, op: ChangeOp, columns: readonly string[]): ChangeGroup {
    const last = this.list.at(-1);
    if (last && !isHeld(last) && last.table === table && last.op === op && sameColumns(last.columns, columns))
      return last;
    const g: ChangeGroup = { table, op, columns, before: [], after: [] };
    this.list.push(g);
    return g;
  }

  /** The changes as one RowChange per row (images keyed by column, key from the table's primary key). */
  toRowChanges(): RowChange[] {
    const out: RowChange[] = [];
    for (const g of this.groups) {
      const keyIdx = keyIndexes(g.table, g.columns);
      const obj = (values: unknown[]) => Object.fromEntries(g.columns.map((c, i) => [c, values[i] ?? null]));
      const n = g.op === 'delete' ? g.before.length : g.after.length;
      for (let r = 0; r < n; r++) {
        const before = g.op === 'insert' ? null : g.before[r]!;
        const after = g.op === 'delete' ? null : g.after[r]!;
        const image = (before ?? after)!;
        const key: RowChange['key'] = {};
        for (const [name, i] of keyIdx) key[name] = image[i] as string | number;
        out.push({ table: g.table, key, before: before && obj(before), after: after && obj(after) });
      }
    }
    return out;
  }

  /**
   * Read RowChange objects (the journal's first storage format) into a ChangeSet. Images
   * are projected onto the table's known columns, as the row writer did when it applied them.
   */
  static fromRowChanges(changes: readonly RowChange[]): ChangeSet {
    const cs = new ChangeSet();
    for (const c of changes) {
      const known = TABLE_META.get(c.table)?.columns ?? Object.keys((c.before ?? c.after)!);
      const image = (c.before ?? c.after)!;
      const columns = known.filter((col) => col in image);
      const values = (img: Record<string, unknown> | null) => img && columns.map((col) => img[col] ?? null);
      const op: ChangeOp = c.before === null ? 'insert' : c.after === null ? 'delete' : 'update';
      cs.add(c.table, op, columns, values(c.before), values(c.after));
    }
    return cs;
  }
}

/** [key column name, index in `columns`] for each primary-key column of `table`. */
export function keyIndexes(table: string, columns: readonly string[]): [string, number][] {
  const meta = TABLE_META.get(table);
  if (!meta) throw new Error(`unknown table "${table}" in a change`);
  return meta.key.map((k) => {
    const i = columns.indexOf(k);
    if (i < 0) throw new Error(`change to ${table} lacks its key column ${k}`);
    return [k, i];
  });
}
