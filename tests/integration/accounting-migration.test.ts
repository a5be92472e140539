import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { openWorkbook, SCHEMA_VERSION } from '../../src-main/services';
import { legacyCommand, writeLegacyWorkbook } from './helpers/legacy-workbook';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

/** The schema version of the last Outlay without accounting tables. */
const BEFORE_ACCOUNTING = MIGRATIONS.findIndex((m) => m.tag === '0003_accounting');

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

describe('a workbook from before the accounting tables', () => {
  it('opens, migrates with a backup, and takes assets, contracts and rates', async () => {
    expect(BEFORE_ACCOUNTING).toBe(3);
    const path = tmp.file('old.outlay');
    const settings = {
      name: 'Old',
      baseCurrency: 'EUR',
      fyStartMonth: 4,
      fiscalCalendar: 'calendar-months' as const,
      userName: 'ann',
    };
    const db = writeLegacyWorkbook(path, settings, FIXED_NOW(), undefined, BEFORE_ACCOUNTING);
    legacyCommand(db, 'scenario/rename', 'Rename scenario "Baseline" to "Plan"', (tx) => {
      const id = db.prepare('SELECT id FROM scenarios').pluck().get() as string;
      tx.update('scenarios', { id }, { name: 'Plan' });
    });
    db.close();

    const s = openWorkbook(path, { now: FIXED_NOW });
    try {
      expect(existsSync(tmp.file(`old.backup-v${BEFORE_ACCOUNTING}.outlay`))).toBe(true);
      expect((await s.call('workbook/get-info', {})).schemaVersion).toBe(SCHEMA_VERSION);
      expect(await s.call('accounting/get-settings', {})).toMatchObject({
        calendar: { kind: 'calendar-months', startMonth: 4 },
      });
      expect((await s.call('capitalization/list-policies', {}))[0]).toMatchObject({
        threshold: '5000',
        isDefault: true,
      });

      const { asset } = await s.call('assets/save', {
        code: 'SRV-1',
        name: 'Server',
        assetClass: 'server',
        cost: '6000',
        currency: 'EUR',
        inServiceDate: '2026-04-01',
      });
      expect(asset.classificationRule).toBe('CapEx: server, 6,000.00 ≥ threshold 5,000.00, 5 years straight-line');
      const sum = await s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
      expect(sum.rows[0]).toMatchObject({ key: 'CapEx', total: '1200' });

      // Undo goes back through the new command and then the one written before the migration.
      await s.call('journal/undo', {});
      expect(await s.call('assets/list', {})).toEqual([]);
      await s.call('journal/undo', {});
      expect((await s.call('scenario/list', {}))[0]!.name).toBe('Baseline');
    } finally {
      s.close();
    }
    const check = new Database(path, { readonly: true });
    const tables = check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    check.close();
    expect(tables).toEqual(
      expect.arrayContaining([
        'assets',
        'asset_events',
        'contracts',
        'cost_items',
        'fx_rates',
        'capitalization_policies',
        'accounting_settings',
      ]),
    );
  });
});
