import { copyFileSync, existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import { addLine, FIXED_NOW, listing, seedBasics, tempDir } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

describe('a workbook that was not closed cleanly', () => {
  it('opens with the changes still in its -wal file and leaves no -wal behind after close', async () => {
    const path = tmp.file('live.outlay');
    const s = createWorkbook(path, { now: FIXED_NOW });
    const b = await seedBasics(s);
    const lineId = await addLine(s, b);
    await s.call('budget/set-cells', { fiscalYear: 2026, cells: [{ lineId, month: '2026-04', amount: '42.42' }] });
    // What a crash leaves: the main file and its -wal, copied while the session is still open.
    const crashed = tmp.file('crashed.outlay');
    copyFileSync(path, crashed);
    copyFileSync(`${path}-wal`, `${crashed}-wal`);
    s.close();

    const r = openWorkbook(crashed, { now: FIXED_NOW });
    const grid = await r.call('budget/get-grid', { scenarioId: b.scenarioId, fiscalYear: 2026 });
    expect(grid.lines[0]!.amounts[3]).toBe('42.42');
    expect(await r.call('journal/get-undo-state', {})).toMatchObject({ canUndo: true, undoLabel: 'Edit 1 cell' });
    r.close();
    expect(existsSync(`${crashed}-wal`)).toBe(false);
    expect(listing(tmp.dir)).toEqual(['crashed.outlay', 'live.outlay']);
  });
});
