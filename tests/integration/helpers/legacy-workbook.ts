import type { Database } from 'better-sqlite3';
import type { RowChange, WorkbookSettings } from '../../../src-shared/model';
import { connectNew } from '../../../src-main/db/client';
import { OUTLAY_APPLICATION_ID } from '../../../src-main/db/constants';
import { migrate } from '../../../src-main/db/migrate';
import { MIGRATIONS } from '../../../src-main/db/migrations';
import { RowWriter, type Row, type RowKey } from '../../../src-main/db/row-writer';
import { TABLE_META } from '../../../src-main/db/table-meta';
import type { DemoData } from '../../../src-main/demo/types';
import type { JournalRecord } from '../../../src-main/repo/journal-repo';
import { seedWorkbook } from '../../../src-main/services/seed';

/** The last schema version whose journal stored payload and changes as plain JSON text only. */
export const LEGACY_JOURNAL_VERSION = 2;

/**
 * Appends journal rows as schema versions 1–2 of Outlay did: payload and changes as
 * JSON text, changes a list of RowChange objects, no format or count columns.
 */
export class LegacyJournal {
  private readonly insert;

  constructor(db: Database) {
    this.insert = db.prepare(
      `INSERT INTO journal (actor, at, command, label, payload, changes, kind, target_seq)
       VALUES (@actor, @at, @command, @label, @payload, @changes, @kind, @targetSeq)`,
    );
  }

  append(e: JournalRecord): number {
    return this.appendRowChanges({ ...e, changes: e.changes.toRowChanges() });
  }

  appendRowChanges(e: Omit<JournalRecord, 'changes'> & { changes: RowChange[] }): number {
    const info = this.insert.run({
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
}

/** A workbook as Outlay with only the first `version` migrations wrote it; the connection stays open. */
export function writeLegacyWorkbook(
  path: string,
  settings: WorkbookSettings,
  now: Date,
  demo?: DemoData,
  version = LEGACY_JOURNAL_VERSION,
) {
  const db = connectNew(path);
  db.pragma(`application_id = ${OUTLAY_APPLICATION_ID}`);
  migrate(db, MIGRATIONS.slice(0, version));
  // The seed writes today's rows; columns later versions added to a table exist only while
  // it runs, so the file ends up with that version's tables.
  const added = addLaterColumns(db);
  seedWorkbook(db, settings, now, demo, new LegacyJournal(db));
  for (const [table, column] of added) db.exec(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
  return db;
}

/** Add (nullable) the columns of today's tables that an older schema lacks; returns them. */
function addLaterColumns(db: Database): [string, string][] {
  const added: [string, string][] = [];
  for (const meta of TABLE_META.values()) {
    const have = new Set(
      (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(meta.name) as { name: string }[]).map((c) => c.name),
    );
    if (have.size === 0) continue;
    for (const c of meta.columns) {
      if (have.has(c)) continue;
      db.exec(`ALTER TABLE "${meta.name}" ADD COLUMN "${c}"`);
      added.push([meta.name, c]);
    }
  }
  return added;
}

/** The change tracker of those versions: one RowChange per row, before images read by key. */
export class LegacyTx {
  readonly changes: RowChange[] = [];
  constructor(private readonly w: RowWriter) {}

  insert(table: string, row: Row): void {
    this.w.insert(table, row);
    this.changes.push({ table, key: this.w.keyOf(table, row), before: null, after: { ...row } });
  }

  update(table: string, key: RowKey, patch: Row): void {
    const before = this.w.get(table, key)!;
    this.w.update(table, key, patch);
    this.changes.push({ table, key, before, after: { ...before, ...patch } });
  }

  delete(table: string, key: RowKey): void {
    const before = this.w.get(table, key)!;
    this.w.delete(table, key);
    this.changes.push({ table, key, before, after: null });
  }
}

/** Run a command as those versions did: one transaction, its changes journaled as RowChange JSON. Returns them. */
export function legacyCommand(db: Database, command: string, label: string, fn: (tx: LegacyTx) => void): RowChange[] {
  const tx = new LegacyTx(new RowWriter(db));
  db.transaction(() => {
    fn(tx);
    new LegacyJournal(db).appendRowChanges({
      actor: 'ann',
      at: '2026-03-15T10:00:00.000Z',
      command,
      label,
      payload: { legacy: true },
      changes: tx.changes,
      kind: 'do',
      targetSeq: null,
    });
  })();
  return tx.changes;
}
