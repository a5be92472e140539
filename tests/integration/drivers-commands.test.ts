import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driverSeries, lineCost } from '../../src-main/engine/drivers';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { AppError } from '../../src-shared/ipc/errors';
import { addLine, dumpState, FIXED_NOW, seedBasics, tempDir, type Basics } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let s: WorkbookSession;
let b: Basics;
let lineId: string;
let driverId: string;

const history = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02'].map((month, i) => ({
  month,
  value: String(100 + i * 10),
}));
const model = () => ({
  lineId,
  driverId,
  fixedAmount: '250',
  unitRate: '12.5',
  escalation: { kind: 'annual-percent' as const, percent: '3', firstIncrease: '2027-01-01' },
  tierSize: '100',
  tierAmount: '40',
  startMonth: '2026-01',
  endMonth: null,
});

const amountsOf = async (id: string, fiscalYear: number) => {
  const grid = await s.call('budget/get-grid', { scenarioId: b.scenarioId, fiscalYear });
  const amounts = grid.lines.find((l) => l.id === id)!.amounts;
  return Object.fromEntries(grid.months.map((m, i) => [m, amounts[i]!]).filter(([, a]) => a !== '0'));
};

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

beforeEach(async () => {
  tmp = tempDir();
  path = tmp.file('drivers.outlay');
  s = createWorkbook(path, { now: FIXED_NOW });
  b = await seedBasics(s);
  lineId = await addLine(s, b, 'M365 licences');
  driverId = (await s.call('drivers/save', { code: 'USERS', name: 'M365 users', unit: 'user', forecastMethod: 'none' }))
    .id;
  await s.call('drivers/set-values', { driverId, kind: 'actual', values: history });
});
afterEach(() => {
  s.close();
  tmp.remove();
});

describe('driver-based lines', () => {
  it('write the engine’s fixed + rate × driver + tier cost into the line’s budget amounts', async () => {
    await s.call('drivers/attach-line', { model: model() });
    // Held last actual 140 from March; the engine decides each month independently here.
    const series = driverSeries({
      driver: 'USERS',
      method: 'none',
      actuals: history,
      plans: [],
      assumptions: [],
      from: '2026-01',
      to: '2027-12',
    });
    const expected = lineCost({ ...model(), line: 'x' }, series.points, { minorUnits: 2, rounding: 'HALF_UP' });
    const amounts = { ...(await amountsOf(lineId, 2026)), ...(await amountsOf(lineId, 2027)) };
    expect(Object.keys(amounts).length).toBe(24);
    for (const m of expected) expect(amounts[m.month]).toBe(m.total);
    // Feb: 250 + 12.5 × 140 + 40 × 2 = 2080; Jan 2027: rate 12.88 → 250 + 1803.2 + 80
    expect(amounts['2026-02']).toBe('2080');
    expect(amounts['2027-01']).toBe('2133.2');
  });

  it('recompute when a plan value is entered and restore amounts and values on undo', async () => {
    await s.call('drivers/attach-line', { model: model() });
    const before = dumpState(path);
    await s.call('drivers/set-values', { driverId, kind: 'plan', values: [{ month: '2026-06', value: '201' }] });
    // 250 + 12.5 × 201 + 40 × 3 = 2882.5
    expect((await amountsOf(lineId, 2026))['2026-06']).toBe('2882.5');
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(before);
  });

  it('change exactly as the engine says when the scenario gets a growth assumption', async () => {
    await s.call('drivers/attach-line', { model: model() });
    await s.call('drivers/save-assumption', {
      scenarioId: b.scenarioId,
      driverId,
      fromMonth: '2026-07',
      annualGrowth: '8',
    });
    const series = driverSeries({
      driver: 'USERS',
      method: 'none',
      actuals: history,
      plans: [],
      assumptions: [{ fromMonth: '2026-07', annualGrowth: '8' }],
      from: '2026-01',
      to: '2026-12',
    });
    const expected = lineCost({ ...model(), line: 'x' }, series.points, { minorUnits: 2, rounding: 'HALF_UP' });
    const amounts = await amountsOf(lineId, 2026);
    for (const m of expected) expect(amounts[m.month]).toBe(m.total);
    expect(amounts['2026-12']).not.toBe(amounts['2026-06']);
    const view = await s.call('drivers/view', { scenarioId: b.scenarioId, fiscalYear: 2026 });
    expect(view.lines[0]!.months.map((m) => m.total)).toEqual(expected.map((m) => m.total));
    expect(view.drivers[0]!.points.at(-1)!.value).toBe(series.points.at(-1)!.value);
  });

  it('refuse a model naming the field, and writes nothing', async () => {
    const state = dumpState(path);
    const e1 = await refusal(() => s.call('drivers/attach-line', { model: { ...model(), unitRate: '-2' } }));
    expect(e1).toMatchObject({ code: 'validation', details: { field: 'unitRate' } });
    expect(e1.message).toMatch(/"M365 licences": unitRate -2 is negative/);
    const e2 = await refusal(() => s.call('drivers/attach-line', { model: { ...model(), tierSize: '0' } }));
    expect(e2).toMatchObject({ code: 'validation', details: { field: 'tierSize' } });
    const e3 = await refusal(() => s.call('drivers/attach-line', { model: { ...model(), driverId: 'nope' } }));
    expect(e3).toMatchObject({ code: 'validation', details: { field: 'driverId' } });
    const e4 = await refusal(() =>
      s.call('drivers/set-values', { driverId, kind: 'plan', values: [{ month: '2026-08', value: '-1' }] }),
    );
    expect(e4).toMatchObject({ code: 'validation', details: { field: 'values[0].value' } });
    expect(dumpState(path)).toEqual(state);
  });

  it('are copied with their models and assumptions when a scenario is duplicated, and detach on undo', async () => {
    await s.call('drivers/attach-line', { model: model() });
    await s.call('drivers/save-assumption', {
      scenarioId: b.scenarioId,
      driverId,
      fromMonth: '2026-07',
      annualGrowth: '8',
    });
    const before = dumpState(path);
    const { scenario } = await s.call('scenario/create', { name: 'Growth', fromScenarioId: b.scenarioId });
    const copy = await s.call('drivers/view', { scenarioId: scenario.id, fiscalYear: 2026 });
    const orig = await s.call('drivers/view', { scenarioId: b.scenarioId, fiscalYear: 2026 });
    expect(copy.lines).toHaveLength(1);
    expect(copy.lines[0]!.model.lineId).not.toBe(lineId);
    expect(copy.lines[0]!.months).toEqual(orig.lines[0]!.months);
    expect(copy.assumptions.map((a) => [a.fromMonth, a.annualGrowth])).toEqual([['2026-07', '8']]);
    // The copy's assumption changes only the copy.
    await s.call('drivers/save-assumption', {
      id: copy.assumptions[0]!.id,
      scenarioId: scenario.id,
      driverId,
      fromMonth: '2026-07',
      annualGrowth: '20',
    });
    expect((await s.call('drivers/view', { scenarioId: b.scenarioId, fiscalYear: 2026 })).lines).toEqual(orig.lines);
    await s.call('journal/undo', {});
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(before);
  });

  it('keep their amounts when detached, and undo brings the model back', async () => {
    await s.call('drivers/attach-line', { model: model() });
    const costed = await amountsOf(lineId, 2026);
    const before = dumpState(path);
    await s.call('drivers/detach-line', { lineId });
    expect(await amountsOf(lineId, 2026)).toEqual(costed);
    expect((await s.call('drivers/view', { scenarioId: b.scenarioId, fiscalYear: 2026 })).lines).toEqual([]);
    // A plan value no longer moves the detached line.
    await s.call('drivers/set-values', { driverId, kind: 'plan', values: [{ month: '2026-06', value: '999' }] });
    expect(await amountsOf(lineId, 2026)).toEqual(costed);
    await s.call('journal/undo', {});
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(before);
  });

  it('refuse to delete a driver that costs a line, naming the line; an unused driver goes with its values and comes back on undo', async () => {
    await s.call('drivers/attach-line', { model: model() });
    const e = await refusal(() => s.call('drivers/delete', { id: driverId }));
    expect(e).toMatchObject({ code: 'validation', details: { lines: [lineId] } });
    expect(e.message).toMatch(/Driver USERS costs 1 budget line\(s\) \("M365 licences"\)/);
    const other = (await s.call('drivers/save', { code: 'TB', name: 'Storage', unit: 'TB', forecastMethod: 'auto' }))
      .id;
    await s.call('drivers/set-values', { driverId: other, kind: 'actual', values: history });
    await s.call('drivers/save-assumption', {
      scenarioId: b.scenarioId,
      driverId: other,
      fromMonth: '2026-07',
      annualGrowth: '5',
    });
    const before = dumpState(path);
    await s.call('drivers/delete', { id: other });
    expect((await s.call('drivers/list', {})).map((d) => d.code)).toEqual(['USERS']);
    expect(dumpState(path).driver_values).toHaveLength(history.length);
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(before);
  });
});
