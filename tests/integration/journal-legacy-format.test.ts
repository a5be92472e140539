import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RowChange } from '../../src-shared/model';
import { readSchemaVersion } from '../../src-main/db/migrate';
import { openWorkbook, SCHEMA_VERSION, type WorkbookSession } from '../../src-main/services';
import { legacyCommand, LEGACY_JOURNAL_VERSION, writeLegacyWorkbook } from './helpers/legacy-workbook';
import { smallDemo } from './helpers/small-demo';
import { dumpState, FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const demo = smallDemo();
const baseLines = demo.budgetLines.filter((l) => l.scenarioId === 'sc-base');

let tmp: ReturnType<typeof tempDir>;
let path: string;
let s: WorkbookSession | undefined;
/** Table states: as created, then after each of the three legacy commands. */
let states: Record<string, unknown[]>[];
let recorded: RowChange[][];

/**
 * A workbook written by schema version 2, with three commands journaled in its format:
 * a scenario copy (inserts), a paste that updates, removes and adds amounts, and a rename.
 */
beforeEach(() => {
  tmp = tempDir();
  path = tmp.file('old.outlay');
  const db = writeLegacyWorkbook(path, demo.settings, FIXED_NOW(), demo);
  states = [];
  recorded = [];
  const snap = () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
    states.push(dumpState(path));
  };
  snap();
  recorded.push(
    legacyCommand(db, 'scenario/create', 'Create scenario "Copy" from "Baseline"', (tx) => {
      tx.insert('scenarios', {
        id: 'sc-copy',
        name: 'Copy',
        kind: 'what-if',
        copied_from_id: 'sc-base',
        created_at: FIXED_NOW().toISOString(),
      });
      baseLines.forEach((l, i) => {
        tx.insert('budget_lines', {
          id: `copy-${i}`,
          scenario_id: 'sc-copy',
          position: i + 1,
          cost_center_id: l.costCenterId,
          service_id: l.serviceId,
          account_id: l.accountId,
          vendor_id: l.vendorId,
          currency: l.currency,
          expense_type: l.expenseType,
          description: l.description,
        });
        for (const [month, amount] of Object.entries(l.amounts))
          tx.insert('budget_amounts', { line_id: `copy-${i}`, month, amount });
      });
    }),
  );
  snap();
  recorded.push(
    legacyCommand(db, 'budget/set-cells', 'Edit 3 cells', (tx) => {
      tx.update('budget_amounts', { line_id: 'copy-0', month: '2025-04' }, { amount: '123.45' });
      tx.delete('budget_amounts', { line_id: 'copy-0', month: '2026-03' });
      tx.insert('budget_amounts', { line_id: 'copy-1', month: '2025-07', amount: '-7' });
    }),
  );
  snap();
  recorded.push(
    legacyCommand(db, 'scenario/rename', 'Rename scenario "Copy" to "Copy 2"', (tx) =>
      tx.update('scenarios', { id: 'sc-copy' }, { name: 'Copy 2' }),
    ),
  );
  snap();
  db.close();
});
afterEach(() => {
  s?.close();
  s = undefined;
  tmp.remove();
});

describe(`a workbook whose journal was written by schema version ${LEGACY_JOURNAL_VERSION}`, () => {
  it('is migrated after a backup and keeps its old journal rows byte for byte', () => {
    const old = new Database(path, { readonly: true });
    const before = old.prepare('SELECT seq, payload, changes FROM journal ORDER BY seq').all();
    old.close();
    s = openWorkbook(path, { now: FIXED_NOW });
    s.close();
    expect(existsSync(tmp.file(`old.backup-v${LEGACY_JOURNAL_VERSION}.outlay`))).toBe(true);
    const db = new Database(path, { readonly: true });
    expect(readSchemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT seq, payload, changes FROM journal ORDER BY seq').all()).toEqual(before);
    expect(db.prepare('SELECT DISTINCT format FROM journal').pluck().all()).toEqual([0]);
    db.close();
  });

  it('undoes and redoes the old entries to the exact table states', async () => {
    s = openWorkbook(path, { now: FIXED_NOW });
    expect(await s.call('journal/get-undo-state', {})).toMatchObject({
      canUndo: true,
      undoLabel: 'Rename scenario "Copy" to "Copy 2"',
    });
    for (let i = 3; i > 0; i--) {
      await s.call('journal/undo', {});
      expect(dumpState(path), `after undoing command ${i}`).toEqual(states[i - 1]);
    }
    expect((await s.call('journal/get-undo-state', {})).canUndo).toBe(false);
    for (let i = 1; i <= 3; i++) {
      await s.call('journal/redo', {});
      expect(dumpState(path), `after redoing command ${i}`).toEqual(states[i]);
    }
  });

  it('keeps undoing old entries after new ones in the compact format are undone', async () => {
    s = openWorkbook(path, { now: FIXED_NOW });
    await s.call('budget/set-cells', {
      fiscalYear: 2026,
      cells: [{ lineId: 'copy-1', month: '2025-08', amount: '5' }],
    });
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(states[3]);
    await s.call('journal/undo', {});
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(states[1]);
  });

  it('lists the old entries with counts and tables, and returns their row changes as written', async () => {
    s = openWorkbook(path, { now: FIXED_NOW });
    const list = await s.call('journal/list', { limit: 10 });
    expect(list.map((e) => [e.command, e.changeCount, e.tables, e.changes])).toEqual([
      ['scenario/rename', 1, ['scenarios'], []],
      ['budget/set-cells', 3, ['budget_amounts'], []],
      ['scenario/create', recorded[0]!.length, ['scenarios', 'budget_lines', 'budget_amounts'], []],
      ['workbook/create', 0, [], []],
    ]);
    for (const [i, e] of list.slice(0, 3).reverse().entries()) {
      const entry = await s.call('journal/get-entry', { seq: e.seq });
      expect(entry).toMatchObject({ seq: e.seq, payload: { legacy: true }, changeCount: recorded[i]!.length });
      expect(entry.changes).toEqual(recorded[i]);
    }
  });
});
