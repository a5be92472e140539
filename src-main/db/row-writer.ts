import type { Statement } from 'better-sqlite3';
import type { Sqlite } from './client';
import { tableMeta, type TableMeta } from './table-meta';

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
      | Row
      | undefined;
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
      () => `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
    ).run(pick(row, cols));
  }

  update(table: string, key: RowKey, patch: Row): void {
    const m = tableMeta(table);
    const cols = Object.keys(patch).filter((c) => !m.key.includes(c));
    for (const c of cols) if (!m.columns.includes(c)) throw new Error(`update ${table}: unknown column ${c}`);
    if (cols.length === 0) return;
    const id = `upd:${table}:${cols.join(',')}`;
    this.stmt(id, () => `UPDATE "${table}" SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')} WHERE ${this.where(m)}`).run({
      ...pick(patch, cols),
      ...key,
    });
  }

  delete(table: string, key: RowKey): void {
    const m = tableMeta(table);
    this.stmt(`del:${table}`, () => `DELETE FROM "${table}" WHERE ${this.where(m)}`).run(key);
  }
}

function pick(row: Row, cols: readonly string[]): Row {
  const out: Row = {};
  for (const c of cols) out[c] = row[c] ?? null;
  return out;
}
