import type { Statement } from 'better-sqlite3';
import type { JournalEntry } from '../../src-shared/model';
import type { ChangeSet } from '../db/change-set';
import type { Sqlite } from '../db/client';
import { decodeChanges, FORMAT_COMPACT, packChanges, packText, unpackText } from './journal-codec';

export type JournalKind = JournalEntry['kind'];

/** The few columns undo/redo bookkeeping needs (no payload or changes). */
export interface JournalHead {
  seq: number;
  command: string;
  label: string;
  kind: JournalKind;
  targetSeq: number | null;
}

/** What a command appends: an entry whose changes are a ChangeSet. */
export type JournalRecord = Omit<JournalEntry, 'seq' | 'changes' | 'changeCount' | 'tables'> & { changes: ChangeSet };

/** A stored entry with its changes decoded (what undo and redo read). */
export type StoredEntry = Omit<JournalEntry, 'changes'> & { changes: ChangeSet };

/** The columns of a listing, before any blob (see the journal schema). */
interface SummaryRow {
  seq: number;
  actor: string;
  at: string;
  command: string;
  label: string;
  payload: string;
  kind: JournalKind;
  target_seq: number | null;
  format: number;
  change_count: number | null;
  tables: string | null;
  legacy_summary: string | null;
}

interface FullRow extends SummaryRow {
  changes: string;
  changes_blob: Buffer | null;
  payload_blob: Buffer | null;
}

const HEAD = 'seq, actor, at, command, label, payload, kind, target_seq, format';
/**
 * Format 0 rows have no count or table list: one json_tree pass over their changes text
 * gives both, as [count, [tables in first-touched order]] (each change has one top-level
 * "table" field; the fields of the top-level elements are the rows whose path has no dot).
 */
const SUMMARY = `${HEAD}, change_count, tables,
  CASE WHEN format = 0 THEN (SELECT json_array(coalesce(sum(n), 0), json_group_array(t)) FROM
    (SELECT j.atom AS t, count(*) AS n, min(j.id) AS k FROM json_tree(journal.changes) AS j
     WHERE j.key = 'table' AND instr(j.path, '.') = 0 GROUP BY t ORDER BY k)) END AS legacy_summary`;

/**
 * Append-only access to the journal table: there is no update or delete here. Writes
 * the compact format; reads both formats.
 */
export class JournalRepo {
  private readonly q: Record<string, Statement>;

  constructor(db: Sqlite) {
    this.q = {
      append: db.prepare(
        `INSERT INTO journal (actor, at, command, label, payload, changes, kind, target_seq, format, change_count, tables, changes_blob, payload_blob)
         VALUES (@actor, @at, @command, @label, @payload, @changes, @kind, @targetSeq, @format, @changeCount, @tables, @changesBlob, @payloadBlob)`,
      ),
      lastSeq: db.prepare('SELECT coalesce(max(seq), 0) FROM journal').pluck(),
      headsAfter: db.prepare(
        'SELECT seq, command, label, kind, target_seq AS targetSeq FROM journal WHERE seq > ? ORDER BY seq',
      ),
      get: db.prepare(`SELECT ${SUMMARY}, payload_blob, changes, changes_blob FROM journal WHERE seq = ?`),
      // The payload blob comes after the changes blob; read it only for the rows that have one.
      list: db.prepare(
        `SELECT ${SUMMARY}, CASE WHEN payload = '' THEN payload_blob END AS payload_blob
         FROM journal WHERE seq < ? ORDER BY seq DESC LIMIT ?`,
      ),
    };
  }

  /** Append one entry in the compact format; returns its seq. */
  append(e: JournalRecord): number {
    const payload = packText(JSON.stringify(e.payload ?? null));
    const changes = packChanges(e.changes);
    const info = this.q.append!.run({
      actor: e.actor,
      at: e.at,
      command: e.command,
      label: e.label,
      payload: payload.text,
      changes: changes.text,
      kind: e.kind,
      targetSeq: e.targetSeq,
      format: FORMAT_COMPACT,
      changeCount: e.changes.count,
      tables: JSON.stringify(e.changes.tables()),
      changesBlob: changes.blob,
      payloadBlob: payload.blob,
    });
    return Number(info.lastInsertRowid);
  }

  lastSeq(): number {
    return this.q.lastSeq!.get() as number;
  }

  headsAfter(seq: number): JournalHead[] {
    return this.q.headsAfter!.all(seq) as JournalHead[];
  }

  /** The entry with its changes decoded, for undo and redo. */
  getStored(seq: number): StoredEntry | undefined {
    const r = this.q.get!.get(seq) as FullRow | undefined;
    return r && { ...summary(r), changes: decodeChanges(r.format, unpackText(r.changes, r.changes_blob)) };
  }

  /** The entry with every row change as a RowChange (journal/get-entry). */
  get(seq: number): JournalEntry | undefined {
    const e = this.getStored(seq);
    return e && { ...e, changes: e.changes.toRowChanges() };
  }

  /**
   * Newest first, at most `limit` entries with seq below `beforeSeq`. Without
   * `withChanges` each entry's `changes` is [] and `changeCount`/`tables` describe them,
   * so a listing never reads the stored row images.
   */
  list(limit: number, beforeSeq?: number, withChanges = false): JournalEntry[] {
    const rows = this.q.list!.all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as (SummaryRow & {
      payload_blob: Buffer | null;
    })[];
    if (withChanges) return rows.map((r) => this.get(r.seq)!);
    return rows.map((r) => ({ ...summary(r), changes: [] }));
  }
}

function summary(r: SummaryRow & { payload_blob: Buffer | null }): Omit<JournalEntry, 'changes'> {
  const [changeCount, tables] = r.legacy_summary
    ? (JSON.parse(r.legacy_summary) as [number, string[]])
    : [r.change_count ?? 0, JSON.parse(r.tables ?? '[]') as string[]];
  return {
    seq: r.seq,
    actor: r.actor,
    at: r.at,
    command: r.command,
    label: r.label,
    payload: JSON.parse(unpackText(r.payload, r.payload_blob)) as unknown,
    kind: r.kind,
    targetSeq: r.target_seq,
    changeCount,
    tables,
  };
}
