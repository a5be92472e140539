import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { openWorkbook, SCHEMA_VERSION } from '../../src-main/services';
import { legacyCommand, writeLegacyWorkbook } from './helpers/legacy-workbook';
import { smallTcoModel } from './helpers/tco-model';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

/** The schema version of the last Outlay without saved TCO models. */
const BEFORE_TCO = MIGRATIONS.findIndex((m) => m.tag === '0004_tco_models');

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

describe('a workbook from before saved TCO models', () => {
  it('opens, is backed up and upgraded, and then saves, computes and undoes TCO models', async () => {
    expect(BEFORE_TCO).toBe(4);
    expect(SCHEMA_VERSION).toBeGreaterThan(BEFORE_TCO);
    const path = tmp.file('old.outlay');
    const settings = {
      name: 'Old',
      baseCurrency: 'USD',
      fyStartMonth: 1,
      fiscalCalendar: 'calendar-months' as const,
      userName: 'ann',
    };
    const db = writeLegacyWorkbook(path, settings, FIXED_NOW(), undefined, BEFORE_TCO);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'tco_models'").pluck().get()).toBe(0);
    legacyCommand(db, 'scenario/rename', 'Rename scenario "Baseline" to "Plan"', (tx) => {
      const id = db.prepare('SELECT id FROM scenarios').pluck().get() as string;
      tx.update('scenarios', { id }, { name: 'Plan' });
    });
    db.close();

    const s = openWorkbook(path, { now: FIXED_NOW });
    try {
      const backup = tmp.file(`old.backup-v${BEFORE_TCO}.outlay`);
      expect(existsSync(backup)).toBe(true);
      const old = new Database(backup, { readonly: true });
      expect(old.pragma('user_version', { simple: true })).toBe(BEFORE_TCO);
      old.close();
      expect((await s.call('workbook/get-info', {})).schemaVersion).toBe(SCHEMA_VERSION);
      expect(await s.call('tco/list', {})).toEqual([]);

      const { id } = await s.call('tco/save', { name: 'Hosting', model: smallTcoModel() });
      expect((await s.call('tco/compute', { id })).alternatives).toHaveLength(2);

      // Undo goes back through the new command and then the one written before the migration.
      await s.call('journal/undo', {});
      expect(await s.call('tco/list', {})).toEqual([]);
      await s.call('journal/undo', {});
      expect((await s.call('scenario/list', {}))[0]!.name).toBe('Baseline');
    } finally {
      s.close();
    }
  });
});
