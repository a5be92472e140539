import type { Statement } from 'better-sqlite3';
import type { Sqlite } from './client';
import { tableMeta, type TableMeta } from './table-meta';

/** A SELECT and its parameters, built by a repository for a bulk copy. */
export interface SqlSource {
  sql: string;
  params: Record<string, unknown>;
}

/** A row image keyed by SQL column name. */
export type Row = Record<string, unknown>;
export type RowKey = Record<string, string | number>;

/**
 * Primary-key based reads and writes for any tracked table, with prepared statements
 * cached per table and column set. The change tracker builds on this; nothing here
 * records anything.
 */
export class RowWriter {
  private readonly cache = new Map<string, Statement>();

  constructor(private readonly db: Sqlite) {}

  private stmt(id: string, build: () => string): Statement {
    let s = this.cache.get(id);
    if (!s) {
      s = this.db.prepare(build());
      this.cache.set(id, s);
    }
    return s;
  }

  private where(m: TableMeta): string {
    return m.key.map((k) => `"${k}" = @${k}`).join(' AND ');
  }

  keyOf(table: string, row: Row): RowKey {
    const key: RowKey = {};
    for (const k of tableMeta(table).key) key[k] = row[k] as string | number;
    return key;
  }

  get(table: string, key: RowKey): Row | undefined {
    const m = tableMeta(table);
    return this.stmt(`get:${table}`, () => `SELECT * FROM "${table}" WHERE ${this.where(m)}`).get(key) as
      Row | undefined;
  }

  /** Insert a full row: every column of the table must be present (null where nullable). */
  insert(table: string, row: Row): void {
    const m = tableMeta(table);
    for (const c of m.columns) {
      if (!(c in row)) throw new Error(`insert into ${table}: column ${c} missing`);
    }
    const cols = m.columns;
    this.stmt(
      `ins:${table}`,
      () =>
        `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
    ).run(pick(row, cols));
  }

  update(table: string, key: RowKey, patch: Row): void {
    const m = tableMeta(table);
    const cols = Object.keys(patch).filter((c) => !m.key.includes(c));
    for (const c of cols) if (!m.columns.includes(c)) throw new Error(`update ${table}: unknown column ${c}`);
    if (cols.length === 0) return;
    const id = `upd:${table}:${cols.join(',')}`;
    this.stmt(
      id,
      () => `UPDATE "${table}" SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')} WHERE ${this.where(m)}`,
    ).run({
      ...pick(patch, cols),
      ...key,
    });
  }

  delete(table: string, key: RowKey): void {
    const m = tableMeta(table);
    this.stmt(`del:${table}`, () => `DELETE FROM "${table}" WHERE ${this.where(m)}`).run(key);
  }

  /**
   * Insert rows given as value arrays in `columns` order, with one prepared statement.
   * `columns` must be known columns of the table and include its key; columns left out
   * take their SQL default (so images recorded before a column was added still insert).
   */
  insertRows(table: string, columns: readonly string[], rows: readonly unknown[][]): void {
    const s = this.stmt(`insr:${table}:${columns.join(',')}`, () => {
      checkColumns(tableMeta(table), columns, 'insert into');
      return `INSERT INTO "${table}" (${quoted(columns)}) VALUES (${columns.map(() => '?').join(', ')})`;
    });
    for (const r of rows) s.run(r);
  }

  /**
   * INSERT … SELECT: SQLite copies the rows of `source` (a SELECT whose result columns are
   * named as `columns`) without them passing through JS. Their images come back as one JSON
   * array per column (json_group_array over the same SELECT, run first in the same
   * transaction), for the journal. `columns` follow the rules of insertRows.
   */
  insertSelect(table: string, columns: readonly string[], source: SqlSource): { count: number; columnsJson: string[] } {
    checkColumns(tableMeta(table), columns, 'insert into');
    const list = quoted(columns);
    const images = this.db
      .prepare(`SELECT count(*), ${columns.map((c) => `json_group_array("${c}")`).join(', ')} FROM (${source.sql})`)
      .raw()
      .get(source.params) as [number, ...string[]];
    const [count, ...columnsJson] = images;
    const done = this.db
      .prepare(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM (${source.sql})`)
      .run(source.params).changes;
    if (done !== count) throw new Error(`insert into ${table}: copied ${done} rows where the images have ${count}`);
    return { count, columnsJson };
  }

  /**
   * Delete the rows matching each tuple of `values` on `match` columns (equality; a key
   * or any indexed column), returning the deleted rows' images in table column order
   * (DELETE … RETURNING: no separate read). Rows that do not exist are skipped.
   */
  deleteRows(table: string, match: readonly string[], values: readonly unknown[][]): unknown[][] {
    const s = this.stmt(`delr:${table}:${match.join(',')}`, () => {
      const m = tableMeta(table);
      checkColumns(m, match, 'delete from', false);
      return `DELETE FROM "${table}" WHERE ${match.map((c) => `"${c}" = ?`).join(' AND ')} RETURNING ${quoted(m.columns)}`;
    }).raw();
    const out: unknown[][] = [];
    for (const v of values) for (const r of s.all(v) as unknown[][]) out.push(r);
    return out;
  }

  /**
   * Delete rows whose `columns` (key included) all still equal the given images, without
   * reading them: the caller holds the images. Returns the indexes of images that matched
   * no row (the row is missing or now differs).
   */
  deleteExact(table: string, columns: readonly string[], images: readonly unknown[][]): number[] {
    const s = this.stmt(`delx:${table}:${columns.join(',')}`, () => {
      const m = tableMeta(table);
      checkColumns(m, columns, 'delete from');
      return `DELETE FROM "${table}" WHERE ${matchAll(m, columns)}`;
    });
    const missed: number[] = [];
    images.forEach((image, i) => {
      if (s.run(image).changes !== 1) missed.push(i);
    });
    return missed;
  }

  /**
   * Set rows whose `columns` all still equal `from[i]` to `to[i]` (same columns, same key),
   * without reading them. Returns the indexes that matched no row.
   */
  updateExact(
    table: string,
    columns: readonly string[],
    from: readonly unknown[][],
    to: readonly unknown[][],
  ): number[] {
    const m = tableMeta(table);
    const setAt = columns.flatMap((c, i) => (m.key.includes(c) ? [] : [i]));
    const s = this.stmt(`updx:${table}:${columns.join(',')}`, () => {
      checkColumns(m, columns, 'update');
      return `UPDATE "${table}" SET ${setAt.map((i) => `"${columns[i]}" = ?`).join(', ')} WHERE ${matchAll(m, columns)}`;
    });
    const missed: number[] = [];
    from.forEach((f, r) => {
      const t = to[r]!;
      if (s.run([...setAt.map((i) => t[i]), ...f]).changes !== 1) missed.push(r);
    });
    return missed;
  }

  /**
   * Set rows to new values read by key first: `rows` are value arrays in `columns` order
   * (key included). Rows already equal are left alone. Returns the before and after images
   * (table column order) of the rows changed, and the first row whose key has no row.
   */
  updateRows(table: string, columns: readonly string[], rows: readonly unknown[][]) {
    const m = tableMeta(table);
    checkColumns(m, columns, 'update');
    const keyAt = m.key.map((k) => columns.indexOf(k));
    const setAt = columns.flatMap((c, i) => (m.key.includes(c) ? [] : [i]));
    const metaAt = setAt.map((i) => m.columns.indexOf(columns[i]!));
    const byKey = m.key.map((k) => `"${k}" = ?`).join(' AND ');
    const get = this.stmt(`getv:${table}`, () => `SELECT ${quoted(m.columns)} FROM "${table}" WHERE ${byKey}`).raw();
    const set = this.stmt(`updv:${table}:${columns.join(',')}`, () => {
      return `UPDATE "${table}" SET ${setAt.map((i) => `"${columns[i]}" = ?`).join(', ')} WHERE ${byKey}`;
    });
    const before: unknown[][] = [];
    const after: unknown[][] = [];
    for (const r of rows) {
      const key = keyAt.map((i) => r[i]);
      const was = get.get(key) as unknown[] | undefined;
      if (!was) return { before, after, missing: key };
      if (setAt.every((i, j) => was[metaAt[j]!] === r[i])) continue;
      set.run([...setAt.map((i) => r[i]), ...key]);
      const now = [...was];
      setAt.forEach((i, j) => (now[metaAt[j]!] = r[i]));
      before.push(was);
      after.push(now);
    }
    return { before, after, missing: null };
  }
}

/** Key columns by equality (the index finds the row), the others with IS so NULLs match. */
const matchAll = (m: TableMeta, columns: readonly string[]) =>
  columns.map((c) => (m.key.includes(c) ? `"${c}" = ?` : `"${c}" IS ?`)).join(' AND ');

const quoted = (cols: readonly string[]) => cols.map((c) => `"${c}"`).join(', ');

function checkColumns(m: TableMeta, columns: readonly string[], what: string, needKey = true): void {
  for (const c of columns) if (!m.columns.includes(c)) throw new Error(`${what} ${m.name}: unknown column ${c}`);
  if (needKey)
    for (const k of m.key) if (!columns.includes(k)) throw new Error(`${what} ${m.name}: key column ${k} missing`);
}

function pick(row: Row, cols: readonly string[]): Row {
  const out: Row = {};
  for (const c of cols) out[c] = row[c] ?? null;
  return out;
}
