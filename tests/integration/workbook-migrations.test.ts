import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTLAY_APPLICATION_ID } from '../../src-main/db/constants';
import { migrate, readSchemaVersion } from '../../src-main/db/migrate';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { backupPathFor, createWorkbook, openWorkbook, SCHEMA_VERSION } from '../../src-main/services';
import { openWorkbookWith } from '../../src-main/services/workbook-file';
import { writeLegacyWorkbook } from './helpers/legacy-workbook';
import { dumpState, FIXED_NOW, listing, sha256, tempDir } from './helpers/workbook-fixture';

const settings = {
  name: 'Old',
  baseCurrency: 'USD',
  fyStartMonth: 1,
  fiscalCalendar: 'calendar-months' as const,
  userName: 'ann',
};

/** A workbook as an older Outlay (shipping only the first `n` migrations) wrote it. */
function writeOldWorkbook(path: string, n: number): void {
  writeLegacyWorkbook(path, settings, FIXED_NOW(), undefined, n).close();
}

describe('workbook migrations', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.remove());

  it('are embedded exactly as drizzle-kit wrote them, in journal order', () => {
    const dir = join(__dirname, '../../src-main/db/migrations');
    const journal = JSON.parse(readFileSync(join(dir, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    expect(MIGRATIONS.map((m) => m.tag)).toEqual(journal.entries.map((e) => e.tag));
    for (const m of MIGRATIONS) expect(m.sql, m.tag).toBe(readFileSync(join(dir, `${m.tag}.sql`), 'utf8'));
  });

  it('apply every migration to an empty database and record the count as the schema version', () => {
    const db = new Database(':memory:');
    expect(readSchemaVersion(db)).toBe(0);
    expect(migrate(db, MIGRATIONS)).toEqual({ from: 0, to: MIGRATIONS.length });
    expect(readSchemaVersion(db)).toBe(MIGRATIONS.length);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['settings', 'budget_lines', 'budget_amounts', 'journal', 'fiscal_periods']),
    );
    expect(migrate(db, MIGRATIONS)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length });
    db.close();
  });

  it('gives a new workbook our application id, WAL mode and the current schema version', () => {
    const path = tmp.file('new.outlay');
    createWorkbook(path, { now: FIXED_NOW }).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(OUTLAY_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('copies an older workbook to <name>.backup-v<old>.outlay before migrating it', async () => {
    const path = tmp.file('plan.outlay');
    writeOldWorkbook(path, SCHEMA_VERSION - 1);
    const before = sha256(path);
    const s = openWorkbook(path, { now: FIXED_NOW });
    const backup = tmp.file(`plan.backup-v${SCHEMA_VERSION - 1}.outlay`);
    expect(backupPathFor(path, SCHEMA_VERSION - 1)).toBe(tmp.file(`plan.backup-v${SCHEMA_VERSION - 1}-2.outlay`));
    expect(existsSync(backup)).toBe(true);
    expect(sha256(backup)).toBe(before);
    expect((await s.call('workbook/get-info', {})).schemaVersion).toBe(SCHEMA_VERSION);
    expect((await s.call('workbook/get-info', {})).settings.name).toBe('Old');
    s.close();
    // The journal stays append-only through the migrations that followed.
    const db = new Database(path);
    expect(() => db.prepare("UPDATE journal SET label = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal').run()).toThrow(/append-only/);
    db.close();
  });

  it('migrates a current workbook when a newer app adds a migration, keeping its data and a backup', async () => {
    const path = tmp.file('grow.outlay');
    createWorkbook(path, { now: FIXED_NOW, name: 'Grow' }).close();
    const state = dumpState(path);
    const newer = [
      ...MIGRATIONS,
      { tag: '9999_test_note', sql: 'CREATE TABLE `notes` (`id` text PRIMARY KEY NOT NULL);' },
    ];
    const s = openWorkbookWith(path, { now: FIXED_NOW }, newer);
    expect((await s.call('workbook/get-info', {})).schemaVersion).toBe(SCHEMA_VERSION + 1);
    s.close();
    expect(listing(tmp.dir)).toEqual([`grow.backup-v${SCHEMA_VERSION}.outlay`, 'grow.outlay'].sort());
    expect(dumpState(path)).toEqual(state);
    // And the current app now refuses the file the newer one wrote.
    expect(() => openWorkbook(path)).toThrow(/newer version of Outlay/);
  });
});
