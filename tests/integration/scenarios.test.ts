import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { addLine, dumpState, FIXED_NOW, seedBasics, tempDir, type Basics } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let s: WorkbookSession;
let b: Basics;
let licences: string;
let support: string;

beforeEach(async () => {
  tmp = tempDir();
  path = tmp.file('scenarios.outlay');
  s = createWorkbook(path, { now: FIXED_NOW });
  b = await seedBasics(s);
  licences = await addLine(s, b, 'Licences');
  support = await addLine(s, b, 'Support');
  await s.call('budget/set-cells', {
    fiscalYear: 2026,
    cells: [
      { lineId: licences, month: '2026-01', amount: '100.1' },
      { lineId: licences, month: '2026-02', amount: '0.2' },
      { lineId: support, month: '2026-03', amount: '50' },
    ],
  });
  await s.call('budget/set-cells', { fiscalYear: 2027, cells: [{ lineId: support, month: '2027-01', amount: '999' }] });
});
afterEach(() => {
  s.close();
  tmp.remove();
});

describe('scenarios', () => {
  it('copies every line and amount of the source into a new what-if scenario with new ids', async () => {
    const { scenario } = await s.call('scenario/create', { name: 'Cloud shift', fromScenarioId: b.scenarioId });
    expect(scenario).toMatchObject({
      name: 'Cloud shift',
      kind: 'what-if',
      copiedFromId: b.scenarioId,
      createdAt: FIXED_NOW().toISOString(),
    });
    const a = await s.call('budget/get-grid', { scenarioId: b.scenarioId, fiscalYear: 2026 });
    const c = await s.call('budget/get-grid', { scenarioId: scenario.id, fiscalYear: 2026 });
    const strip = (l: (typeof a.lines)[number]) => ({ ...l, id: '', scenarioId: '' });
    expect(c.lines.map(strip)).toEqual(a.lines.map(strip));
    expect(c.lines.map((l) => l.id)).not.toEqual(expect.arrayContaining(a.lines.map((l) => l.id)));
    const amounts = dumpState(path).budget_amounts;
    expect(amounts).toHaveLength(8); // 4 amounts (both years) in each scenario
    expect((await s.call('scenario/list', {})).map((x) => x.name)).toEqual(['Baseline', 'Cloud shift']);
  });

  it('compares two scenarios line by line with totals and differences (B − A)', async () => {
    const { scenario } = await s.call('scenario/create', { name: 'Lean', fromScenarioId: b.scenarioId });
    const copy = await s.call('budget/get-grid', { scenarioId: scenario.id, fiscalYear: 2026 });
    const copiedSupport = copy.lines.find((l) => l.description === 'Support')!.id;
    await s.call('budget/set-cells', {
      fiscalYear: 2026,
      cells: [{ lineId: copiedSupport, month: '2026-03', amount: '20.05' }],
    });
    const copiedLicences = copy.lines.find((l) => l.description === 'Licences')!.id;
    await s.call('budget/update-line', { lineId: copiedLicences, fiscalYear: 2026, patch: { description: 'SaaS' } });
    const cmp = await s.call('scenario/compare', { scenarioA: b.scenarioId, scenarioB: scenario.id, fiscalYear: 2026 });
    expect(cmp.rows.map((r) => [r.description, r.totalA, r.totalB, r.difference])).toEqual([
      ['Licences', '100.3', '0', '-100.3'],
      ['Support', '50', '20.05', '-29.95'],
      ['SaaS', '0', '100.3', '100.3'],
    ]);
    expect([cmp.totalA, cmp.totalB, cmp.difference]).toEqual(['150.3', '120.35', '-29.95']);
  });

  it('refuses a duplicate name, ignoring case', async () => {
    const r = await s.dispatch('scenario/create', { name: 'baseline', fromScenarioId: b.scenarioId });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'A scenario named "Baseline" already exists.' },
    });
    const { scenario } = await s.call('scenario/create', { name: 'Other', fromScenarioId: b.scenarioId });
    expect(await s.dispatch('scenario/rename', { id: scenario.id, name: 'BASELINE' })).toMatchObject({ ok: false });
    expect(await s.dispatch('scenario/rename', { id: scenario.id, name: 'OTHER' })).toMatchObject({ ok: true });
  });

  it('refuses to delete the last baseline but deletes a what-if with its lines', async () => {
    const last = await s.dispatch('scenario/delete', { id: b.scenarioId });
    expect(last).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('only baseline') },
    });
    const before = dumpState(path);
    const { scenario } = await s.call('scenario/create', { name: 'Temp', fromScenarioId: b.scenarioId });
    await s.call('scenario/delete', { id: scenario.id });
    expect(dumpState(path)).toEqual(before);
  });

  it('refuses to copy from a scenario that does not exist', async () => {
    const r = await s.dispatch('scenario/create', { name: 'X', fromScenarioId: 'nope' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'fromScenarioId' } } });
    expect(await s.dispatch('budget/get-grid', { scenarioId: 'nope', fiscalYear: 2026 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
