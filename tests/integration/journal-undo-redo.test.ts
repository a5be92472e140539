import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkbookChangedEvent } from '../../src-shared/ipc/contract';
import { connect } from '../../src-main/db/client';
import { createWorkbook, openWorkbook, type WorkbookSession } from '../../src-main/services';
import { runCommand } from '../../src-main/services/command';
import { createContext } from '../../src-main/services/session';
import { addLine, dumpState, FIXED_NOW, seedBasics, tempDir, type Basics } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let s: WorkbookSession;
let b: Basics;
let lineId: string;
let tempDepartmentId = '';

beforeEach(async () => {
  tmp = tempDir();
  path = tmp.file('journal.outlay');
  s = createWorkbook(path, { userName: 'ann', now: FIXED_NOW });
  b = await seedBasics(s);
  lineId = await addLine(s, b);
  await s.call('budget/set-cells', {
    fiscalYear: 2026,
    cells: [
      { lineId, month: '2026-01', amount: '1200' },
      { lineId, month: '2026-02', amount: '0.01' },
    ],
  });
});
afterEach(() => {
  s.close();
  tmp.remove();
});

const journalRows = (p: string) => {
  const db = new Database(p, { readonly: true });
  const n = db.prepare('SELECT count(*) FROM journal').pluck().get();
  db.close();
  return n;
};

/** Each command of the contract that writes, as a step on the seeded workbook (after an optional setup). */
const COMMANDS: [string, () => Promise<unknown>, (() => Promise<unknown>)?][] = [
  [
    'workbook/update-settings',
    () => s.call('workbook/update-settings', { patch: { name: 'Renamed', fyStartMonth: 7 } }),
  ],
  [
    'dimensions/save (add)',
    () => s.call('dimensions/save', { kind: 'vendor', row: { code: 'NEWCO', name: 'New Co' } }),
  ],
  [
    'dimensions/save (edit)',
    () =>
      s.call('dimensions/save', {
        kind: 'cost-center',
        row: {
          id: b.costCenterId,
          code: 'CC-101',
          name: 'Servers EU',
          departmentId: b.departmentId,
          parentId: null,
          owner: 'Bo',
        },
      }),
  ],
  [
    'dimensions/delete',
    async () => s.call('dimensions/delete', { kind: 'department', id: tempDepartmentId }),
    async () => {
      tempDepartmentId = (
        await s.call('dimensions/save', { kind: 'department', row: { code: 'TMP', name: 'Temp', owner: '' } })
      ).id;
    },
  ],
  ['scenario/create', () => s.call('scenario/create', { name: 'Cloud shift', fromScenarioId: b.scenarioId })],
  ['scenario/rename', () => s.call('scenario/rename', { id: b.scenarioId, name: 'Plan 2026' })],
  [
    'scenario/delete',
    async () => {
      const { scenario } = await s.call('scenario/create', { name: 'Copy', fromScenarioId: b.scenarioId });
      await s.call('scenario/create', { name: 'Copy of copy', fromScenarioId: scenario.id });
      await s.call('scenario/delete', { id: scenario.id });
    },
  ],
  ['budget/add-line', () => addLine(s, b, 'Second line')],
  [
    'budget/update-line',
    () => s.call('budget/update-line', { lineId, fiscalYear: 2026, patch: { description: 'Renewal', vendorId: null } }),
  ],
  ['budget/duplicate-lines', () => s.call('budget/duplicate-lines', { lineIds: [lineId], fiscalYear: 2026 })],
  ['budget/delete-lines', () => s.call('budget/delete-lines', { lineIds: [lineId], fiscalYear: 2026 })],
  [
    'budget/set-cells',
    () =>
      s.call('budget/set-cells', {
        fiscalYear: 2027,
        cells: [
          { lineId, month: '2027-01', amount: '5' },
          { lineId, month: '2027-02', amount: '-2.5' },
        ],
      }),
  ],
  [
    'budget/spread-line',
    () => s.call('budget/spread-line', { lineId, fiscalYear: 2026, spread: { method: 'even', annual: '100' } }),
  ],
];

describe('undo and redo of every command', () => {
  it.each(COMMANDS)(
    '%s is undone to the exact previous state and redone to the exact next state',
    async (_name, act, setup) => {
      await setup?.();
      const before = dumpState(path);
      const steps = (await s.call('journal/list', { limit: 1000 })).length;
      await act();
      const after = dumpState(path);
      expect(after).not.toEqual(before);
      const done = (await s.call('journal/list', { limit: 1000 })).length - steps;
      for (let i = 0; i < done; i++) await s.call('journal/undo', {});
      expect(dumpState(path)).toEqual(before);
      for (let i = 0; i < done; i++) await s.call('journal/redo', {});
      expect(dumpState(path)).toEqual(after);
    },
  );
});

describe('the journal', () => {
  it('records actor, time, command, label, payload and row images for a command', async () => {
    const { seq } = await s.call('budget/set-cells', {
      fiscalYear: 2026,
      cells: [{ lineId, month: '2026-01', amount: '1300' }],
    });
    const entry = await s.call('journal/get-entry', { seq });
    expect(entry).toMatchObject({
      seq,
      actor: 'ann',
      at: FIXED_NOW().toISOString(),
      command: 'budget/set-cells',
      label: 'Edit 1 cell',
      kind: 'do',
      targetSeq: null,
      payload: { fiscalYear: 2026, cells: [{ lineId, month: '2026-01', amount: '1300' }] },
      changes: [
        {
          table: 'budget_amounts',
          key: { line_id: lineId, month: '2026-01' },
          before: { line_id: lineId, month: '2026-01', amount: '1200' },
          after: { line_id: lineId, month: '2026-01', amount: '1300' },
        },
      ],
    });
  });

  it('keeps undo working after the workbook is closed and opened again', async () => {
    const before = dumpState(path);
    await s.call('budget/delete-lines', { lineIds: [lineId], fiscalYear: 2026 });
    s.close();
    s = openWorkbook(path, { now: FIXED_NOW });
    expect(await s.call('journal/get-undo-state', {})).toMatchObject({ canUndo: true, undoLabel: 'Delete 1 line' });
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(before);
    s.close();
    s = openWorkbook(path, { now: FIXED_NOW });
    expect(await s.call('journal/get-undo-state', {})).toMatchObject({ canRedo: true, redoLabel: 'Delete 1 line' });
  });

  it('clears the redo stack when a new command is done after an undo', async () => {
    await s.call('budget/set-cells', { fiscalYear: 2026, cells: [{ lineId, month: '2026-03', amount: '7' }] });
    await s.call('journal/undo', {});
    expect((await s.call('journal/get-undo-state', {})).canRedo).toBe(true);
    await s.call('budget/set-cells', { fiscalYear: 2026, cells: [{ lineId, month: '2026-04', amount: '8' }] });
    expect(await s.call('journal/get-undo-state', {})).toMatchObject({ canRedo: false, undoLabel: 'Edit 1 cell' });
    await expect(s.call('journal/redo', {})).rejects.toMatchObject({ code: 'nothing-to-redo' });
  });

  it('stops undo at the creation of the workbook', async () => {
    for (let state = await s.call('journal/get-undo-state', {}); state.canUndo;)
      state = await s.call('journal/undo', {});
    await expect(s.call('journal/undo', {})).rejects.toMatchObject({ code: 'nothing-to-undo' });
    const grid = await s.call('scenario/list', {});
    expect(grid.map((x) => x.name)).toEqual(['Baseline']);
  });

  it('writes nothing, not even a journal row, when a command fails', async () => {
    const before = dumpState(path);
    const rows = journalRows(path);
    const bad = await s.dispatch('budget/set-cells', {
      fiscalYear: 2026,
      cells: [
        { lineId, month: '2026-05', amount: '10' },
        { lineId, month: '2026-06', amount: '1.234' },
      ],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'cells.1.amount' } } });
    const dup = await s.dispatch('dimensions/save', {
      kind: 'account',
      row: { code: '6100', name: 'Again', expenseType: 'OpEx' },
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(dumpState(path)).toEqual(before);
    expect(journalRows(path)).toBe(rows);
  });

  it('rolls back a command whose write breaks a database rule midway', () => {
    const before = dumpState(path);
    const rows = journalRows(path);
    const db = connect(path);
    const ctx = createContext(path, db, FIXED_NOW, () => {});
    // The first write is fine; the second breaks the "no row for zero" rule, so both go.
    let error: unknown;
    try {
      runCommand(ctx, { command: 'test/two-writes', label: 'Two writes', payload: null }, (tx) => {
        tx.insert('budget_amounts', { line_id: lineId, month: '2026-09', amount: '5' });
        tx.insert('budget_amounts', { line_id: lineId, month: '2026-10', amount: '0' });
      });
    } catch (e) {
      error = e;
    }
    db.close();
    expect(error).toMatchObject({ code: 'validation', message: expect.stringMatching(/breaks a workbook rule/) });
    expect(dumpState(path)).toEqual(before);
    expect(journalRows(path)).toBe(rows);
  });

  it('refuses to change or delete journal rows at the database level', () => {
    const db = new Database(path);
    expect(() => db.prepare("UPDATE journal SET actor = 'mallory'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal WHERE seq = 1').run()).toThrow(/append-only/);
    db.close();
  });

  it('emits workbook/changed with the seq and the tables touched after each commit, undo and redo', async () => {
    const events: WorkbookChangedEvent[] = [];
    const off = s.onChanged((e) => events.push(e));
    const r = await s.call('budget/set-cells', {
      fiscalYear: 2026,
      cells: [{ lineId, month: '2026-07', amount: '3' }],
    });
    await s.call('journal/undo', {});
    await s.call('journal/redo', {});
    off();
    await s.call('budget/set-cells', { fiscalYear: 2026, cells: [{ lineId, month: '2026-08', amount: '3' }] });
    expect(events).toEqual([
      { seq: r.seq, command: 'budget/set-cells', tables: ['budget_amounts'] },
      { seq: r.seq + 1, command: 'journal/undo', tables: ['budget_amounts'] },
      { seq: r.seq + 2, command: 'journal/redo', tables: ['budget_amounts'] },
    ]);
  });

  it('lists entries newest first and pages with beforeSeq', async () => {
    const all = await s.call('journal/list', { limit: 1000 });
    expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, c) => c - a));
    expect(all.at(-1)).toMatchObject({ seq: 1, command: 'workbook/create', changes: [], changeCount: 0, tables: [] });
    const page = await s.call('journal/list', { limit: 2, beforeSeq: all[0]!.seq });
    expect(page.map((e) => e.seq)).toEqual([all[1]!.seq, all[2]!.seq]);
  });
});
