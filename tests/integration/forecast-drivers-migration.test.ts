import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { generateDemo } from '../../src-main/demo/generate';
import { openWorkbook, SCHEMA_VERSION } from '../../src-main/services';
import { writeLegacyWorkbook } from './helpers/legacy-workbook';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

/** The schema version of the last Outlay without stored forecast inputs, drivers and posting sources. */
const BEFORE = MIGRATIONS.findIndex((m) => m.tag === '0005_forecast_drivers');
const NEW_TABLES = [
  'forecast_profiles',
  'forecast_adjustments',
  'forecast_overrides',
  'drivers',
  'driver_values',
  'driver_assumptions',
  'driver_line_models',
  'budget_line_sources',
];

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

const settings = {
  name: 'Old',
  baseCurrency: 'USD',
  fyStartMonth: 1,
  fiscalCalendar: 'calendar-months' as const,
  userName: 'ann',
};

/** Rows of the new tables hanging off one budget line and its scenario, written as a later version would. */
function hangRowsOff(path: string, lineId: string, scenarioId: string): void {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  const at = '2026-03-15T10:00:00.000Z';
  db.prepare(`INSERT INTO forecast_profiles VALUES ('line', ?, 'ets', '2024-01', ?)`).run(lineId, at);
  db.prepare(`INSERT INTO forecast_adjustments VALUES ('line', ?, '2025-06', 'one-off', NULL, NULL, 'true-up', ?)`).run(
    lineId,
    at,
  );
  db.prepare(`INSERT INTO forecast_overrides VALUES ('line', ?, '2026-05', '1200.50', '', ?)`).run(lineId, at);
  db.prepare(`INSERT INTO drivers VALUES ('d1', 'USERS', 'M365 users', 'user', '', 'auto', ?)`).run(at);
  db.prepare(`INSERT INTO driver_values VALUES ('d1', '2025-12', 'actual', '1450')`).run();
  db.prepare(`INSERT INTO driver_assumptions VALUES ('a1', ?, 'd1', '2026-01', '8', '')`).run(scenarioId);
  db.prepare(
    `INSERT INTO driver_line_models VALUES (?, 'd1', '100', '12.5', '{"kind":"none"}', NULL, NULL, '2026-01', NULL)`,
  ).run(lineId);
  db.prepare(`INSERT INTO budget_line_sources VALUES (?, 'forecast', ?, 'ets', ?)`).run(lineId, `line:${lineId}`, at);
  db.close();
}

const countRows = (path: string) => {
  const db = new Database(path, { readonly: true });
  const n = Object.fromEntries(NEW_TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]));
  db.close();
  return n;
};

describe('a workbook from before stored forecast inputs and drivers', () => {
  it('is backed up and upgraded with the new tables, empty', async () => {
    expect(BEFORE).toBeGreaterThan(0);
    const path = tmp.file('old.outlay');
    writeLegacyWorkbook(path, settings, FIXED_NOW(), undefined, BEFORE).close();
    const s = openWorkbook(path, { now: FIXED_NOW });
    try {
      expect((await s.call('workbook/get-info', {})).schemaVersion).toBe(SCHEMA_VERSION);
    } finally {
      s.close();
    }
    expect(existsSync(tmp.file(`old.backup-v${BEFORE}.outlay`))).toBe(true);
    expect(Object.values(countRows(path))).toEqual(NEW_TABLES.map(() => 0));
  });

  it('deletes what hangs off a scenario and its lines with the scenario, and undo puts every row back', async () => {
    const path = tmp.file('book.outlay');
    const demo = generateDemo({ seed: 3, asOf: '2026-03-15', lines: 12, assets: 5, contracts: 3, fyStartMonth: 1 });
    // That version had no drivers to seed.
    writeLegacyWorkbook(path, settings, FIXED_NOW(), { ...demo, drivers: undefined }, BEFORE).close();
    let s = openWorkbook(path, { now: FIXED_NOW });
    const [baseline] = await s.call('scenario/list', {});
    const { scenario } = await s.call('scenario/create', { name: 'What if', fromScenarioId: baseline!.id });
    const { lines } = await s.call('budget/get-grid', { scenarioId: scenario.id, fiscalYear: 2026 });
    s.close();
    hangRowsOff(path, lines[0]!.id, scenario.id);
    const before = countRows(path);
    expect(Object.values(before).every((n) => n === 1)).toBe(true);

    s = openWorkbook(path, { now: FIXED_NOW });
    try {
      await s.call('scenario/delete', { id: scenario.id });
      s.close();
      // The driver itself and its values belong to the workbook, not to the scenario.
      expect(countRows(path)).toEqual({
        ...Object.fromEntries(NEW_TABLES.map((t) => [t, 0])),
        drivers: 1,
        driver_values: 1,
      });
      s = openWorkbook(path, { now: FIXED_NOW });
      await s.call('journal/undo', {});
    } finally {
      s.close();
    }
    expect(countRows(path)).toEqual(before);
  });
});
