import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { AppError } from '../../src-shared/ipc/errors';
import { addLine, FIXED_NOW, seedBasics, tempDir, type Basics } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
let b: Basics;
let costed: string;
let manual: string;

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const gridLine = async (id: string) =>
  (await s.call('budget/get-grid', { scenarioId: b.scenarioId, fiscalYear: 2026 })).lines.find((l) => l.id === id)!;

beforeEach(async () => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('book.outlay'), { now: FIXED_NOW });
  b = await seedBasics(s);
  costed = await addLine(s, b, 'M365 licences');
  manual = await addLine(s, b, 'Consulting');
  const driverId = (await s.call('drivers/save', { code: 'USERS', name: 'M365 users', forecastMethod: 'none' })).id;
  await s.call('drivers/set-values', { driverId, kind: 'actual', values: [{ month: '2025-12', value: '100' }] });
  await s.call('drivers/attach-line', {
    model: {
      lineId: costed,
      driverId,
      fixedAmount: '0',
      unitRate: '10',
      escalation: { kind: 'none' },
      tierSize: null,
      tierAmount: null,
      startMonth: '2026-04',
      endMonth: '2026-09',
    },
  });
});
afterEach(() => {
  s.close();
  tmp.remove();
});

describe('lines costed from a driver in the budget grid', () => {
  it('carry their driver and its months, while other lines carry none', async () => {
    expect((await gridLine(costed)).driver).toEqual({
      code: 'USERS',
      name: 'M365 users',
      startMonth: '2026-04',
      endMonth: '2026-09',
    });
    expect((await gridLine(manual)).driver).toBeUndefined();
  });

  it('refuse a typed amount in a computed month, naming the field and the driver, and change nothing', async () => {
    const before = await gridLine(costed);
    const e = await refusal(() =>
      s.call('budget/set-cells', {
        fiscalYear: 2026,
        cells: [
          { lineId: manual, month: '2026-05', amount: '7' },
          { lineId: costed, month: '2026-05', amount: '999' },
        ],
      }),
    );
    expect(e.code).toBe('validation');
    expect(e.message).toMatch(/^cells\.1\.amount: .*driver USERS \(M365 users\) 2026-04 to 2026-09.*Drivers screen/);
    expect(await gridLine(costed)).toEqual(before);
    expect((await gridLine(manual)).total).toBe('0');
  });

  it('take typed amounts outside the model months, and refuse a spread over the year', async () => {
    await s.call('budget/set-cells', {
      fiscalYear: 2026,
      cells: [{ lineId: costed, month: '2026-01', amount: '12.5' }],
    });
    const line = await gridLine(costed);
    expect(line.amounts[0]).toBe('12.5');
    const e = await refusal(() =>
      s.call('budget/spread-line', {
        lineId: costed,
        fiscalYear: 2026,
        spread: { method: 'even', annual: '1200' },
      }),
    );
    expect(e.message).toMatch(/^lineId: .*driver USERS/);
  });
});

describe('a change of rounding mode', () => {
  it('recomputes driver-costed lines with the new mode in the same command, and undo restores them', async () => {
    const model = (await s.call('drivers/view', { scenarioId: b.scenarioId, fiscalYear: 2026 })).lines[0]!;
    await s.call('drivers/attach-line', {
      model: { ...model.model, unitRate: '10.00005', startMonth: '2026-04', endMonth: '2026-09' },
    });
    // 100 users × 10.00005 = 1000.005: half up gives 1000.01, half even 1000.
    expect((await gridLine(costed)).amounts[3]).toBe('1000.01');
    await s.call('accounting/save-settings', { patch: { roundingMode: 'HALF_EVEN' } });
    expect((await gridLine(costed)).amounts[3]).toBe('1000');
    await s.call('journal/undo', {});
    expect((await gridLine(costed)).amounts[3]).toBe('1000.01');
  });
});

describe('a budget edit in a fiscal year the workbook has no periods for yet', () => {
  it('costs open-ended driver lines over the new year in the same command, and undo takes both back', async () => {
    const model = (await s.call('drivers/view', { scenarioId: b.scenarioId, fiscalYear: 2026 })).lines[0]!;
    await s.call('drivers/attach-line', { model: { ...model.model, startMonth: '2026-04', endMonth: null } });
    const fy2029 = async (id: string) =>
      (await s.call('budget/get-grid', { scenarioId: b.scenarioId, fiscalYear: 2029 })).lines.find((l) => l.id === id)!;
    expect((await fy2029(costed)).total).toBe('0');

    await s.call('budget/set-cells', { fiscalYear: 2029, cells: [{ lineId: manual, month: '2029-02', amount: '5' }] });
    // 100 users (held) × 10 a month, every month of the new year.
    expect((await fy2029(costed)).amounts).toEqual(Array.from({ length: 12 }, () => '1000'));
    await s.call('journal/undo', {});
    expect((await fy2029(costed)).total).toBe('0');
    expect((await fy2029(manual)).total).toBe('0');
  });
});
