import type { Statement } from 'better-sqlite3';
import type { JournalEntry, RowChange } from '../../src-shared/model';
import type { Sqlite } from '../db/client';

export type JournalKind = JournalEntry['kind'];

/** The few columns undo/redo bookkeeping needs (no payload or changes). */
export interface JournalHead {
  seq: number;
  command: string;
  label: string;
  kind: JournalKind;
  targetSeq: number | null;
}

interface JournalDbRow {
  seq: number;
  actor: string;
  at: string;
  command: string;
  label: string;
  payload: string;
  changes: string;
  kind: JournalKind;
  target_seq: number | null;
}

const fromRow = (r: JournalDbRow): JournalEntry => ({
  seq: r.seq,
  actor: r.actor,
  at: r.at,
  command: r.command,
  label: r.label,
  payload: JSON.parse(r.payload) as unknown,
  changes: JSON.parse(r.changes) as RowChange[],
  kind: r.kind,
  targetSeq: r.target_seq,
});

/** Append-only access to the journal table: there is no update or delete here. */
export class JournalRepo {
  private readonly q: Record<string, Statement>;

  constructor(db: Sqlite) {
    this.q = {
      append: db.prepare(
        `INSERT INTO journal (actor, at, command, label, payload, changes, kind, target_seq)
         VALUES (@actor, @at, @command, @label, @payload, @changes, @kind, @targetSeq)`,
      ),
      lastSeq: db.prepare('SELECT coalesce(max(seq), 0) FROM journal').pluck(),
      headsAfter: db.prepare(
        'SELECT seq, command, label, kind, target_seq AS targetSeq FROM journal WHERE seq > ? ORDER BY seq',
      ),
      get: db.prepare('SELECT * FROM journal WHERE seq = ?'),
      list: db.prepare('SELECT * FROM journal WHERE seq < ? ORDER BY seq DESC LIMIT ?'),
    };
  }

  /** Append one entry; returns its seq. */
  append(e: Omit<JournalEntry, 'seq'>): number {
    const info = this.q.append!.run({
      actor: e.actor,
      at: e.at,
      command: e.command,
      label: e.label,
      payload: JSON.stringify(e.payload ?? null),
      changes: JSON.stringify(e.changes),
      kind: e.kind,
      targetSeq: e.targetSeq,
    });
    return Number(info.lastInsertRowid);
  }

  lastSeq(): number {
    return this.q.lastSeq!.get() as number;
  }

  headsAfter(seq: number): JournalHead[] {
    return this.q.headsAfter!.all(seq) as JournalHead[];
  }

  get(seq: number): JournalEntry | undefined {
    const r = this.q.get!.get(seq) as JournalDbRow | undefined;
    return r && fromRow(r);
  }

  /** Newest first, at most `limit` entries with seq below `beforeSeq`. */
  list(limit: number, beforeSeq?: number): JournalEntry[] {
    return (this.q.list!.all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as JournalDbRow[]).map(fromRow);
  }
}
