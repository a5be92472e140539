import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sumMoney } from '../../src-shared/money';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { addLine, dumpState, FIXED_NOW, seedBasics, tempDir, type Basics } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let s: WorkbookSession;
let b: Basics;
let lineId: string;

beforeEach(async () => {
  tmp = tempDir();
  path = tmp.file('grid.outlay');
  s = createWorkbook(path, { now: FIXED_NOW, fyStartMonth: 7 });
  b = await seedBasics(s);
  lineId = await addLine(s, b, 'Licences', 2026);
});
afterEach(() => {
  s.close();
  tmp.remove();
});

const cells = (pairs: [string, string][]) => pairs.map(([month, amount]) => ({ lineId, month, amount }));

describe('the budget grid', () => {
  it('shows the 12 months of the fiscal year with "0" where nothing is budgeted and an exact total', async () => {
    await s.call('budget/set-cells', {
      fiscalYear: 2026,
      cells: cells([
        ['2025-07', '0.1'],
        ['2026-06', '0.2'],
        ['2025-12', '-1000'],
      ]),
    });
    const grid = await s.call('budget/get-grid', { scenarioId: b.scenarioId, fiscalYear: 2026 });
    expect(grid.months).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(grid.lines).toHaveLength(1);
    expect(grid.lines[0]).toMatchObject({
      id: lineId,
      scenarioId: b.scenarioId,
      description: 'Licences',
      amounts: ['0.1', '0', '0', '0', '0', '-1000', '0', '0', '0', '0', '0', '0.2'],
      total: '-999.7',
    });
  });

  it('edits and pastes in one command and returns only the changed lines with new totals', async () => {
    const other = await addLine(s, b, 'Support');
    const r = await s.call('budget/set-cells', {
      fiscalYear: 2026,
      cells: [
        { lineId, month: '2025-08', amount: '1234.56' },
        { lineId: other, month: '2025-08', amount: '10' },
        { lineId: other, month: '2025-09', amount: '20' },
      ],
    });
    expect(r.removedIds).toEqual([]);
    expect(r.lines.map((l) => [l.id, l.total])).toEqual([
      [lineId, '1234.56'],
      [other, '30'],
    ]);
    const [entry] = await s.call('journal/list', { limit: 1 });
    expect(entry!.label).toBe('Edit 3 cells');
  });

  it('stores no row for zero: setting a month to 0 removes its amount', async () => {
    await s.call('budget/set-cells', { fiscalYear: 2026, cells: cells([['2025-08', '5']]) });
    await s.call('budget/set-cells', { fiscalYear: 2026, cells: cells([['2025-08', '0']]) });
    expect(dumpState(path).budget_amounts).toEqual([]);
  });

  it('refuses amounts finer than the currency, months outside the year and unknown lines', async () => {
    const r1 = await s.dispatch('budget/set-cells', { fiscalYear: 2026, cells: cells([['2025-08', '0.001']]) });
    expect(r1).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'cells.0.amount: 0.001 has more decimals than USD allows (2).' },
    });
    const r2 = await s.dispatch('budget/set-cells', { fiscalYear: 2026, cells: cells([['2026-07', '1']]) });
    expect(r2).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'cells.0.month: 2026-07 is not a month of FY2026.' },
    });
    const r3 = await s.dispatch('budget/set-cells', {
      fiscalYear: 2026,
      cells: [{ lineId: 'ghost', month: '2025-08', amount: '1' }],
    });
    expect(r3).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'cells.0.lineId' } } });
  });

  it('refuses amounts that are not canonical decimal strings at the boundary', async () => {
    for (const amount of ['abc', '1,234.5', '1.2.3', '1.50', '1e3', '-0']) {
      const r = await s.dispatch('budget/set-cells', { fiscalYear: 2026, cells: cells([['2025-08', amount]]) });
      expect(r, amount).toMatchObject({
        ok: false,
        error: { code: 'bad-request', details: { issues: [{ path: 'cells.0.amount' }] } },
      });
    }
  });

  it('adds, updates, duplicates and deletes lines', async () => {
    await s.call('budget/set-cells', { fiscalYear: 2026, cells: cells([['2025-08', '7']]) });
    const up = await s.call('budget/update-line', {
      lineId,
      fiscalYear: 2026,
      patch: { description: 'Renewal', expenseType: 'CapEx' },
    });
    expect(up.lines[0]).toMatchObject({ description: 'Renewal', expenseType: 'CapEx', total: '7' });
    const dup = await s.call('budget/duplicate-lines', { lineIds: [lineId], fiscalYear: 2026 });
    expect(dup.lines[0]).toMatchObject({ description: 'Renewal', total: '7' });
    expect(dup.lines[0]!.id).not.toBe(lineId);
    const grid = await s.call('budget/get-grid', { scenarioId: b.scenarioId, fiscalYear: 2026 });
    expect(grid.lines.map((l) => l.id)).toEqual([lineId, dup.lines[0]!.id]);
    const del = await s.call('budget/delete-lines', { lineIds: [lineId], fiscalYear: 2026 });
    expect(del).toMatchObject({ lines: [], removedIds: [lineId] });
    const bad = await s.dispatch('budget/update-line', {
      lineId: dup.lines[0]!.id,
      fiscalYear: 2026,
      patch: { accountId: 'nope' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'patch.accountId' } } });
    const badCur = await s.dispatch('budget/update-line', {
      lineId: dup.lines[0]!.id,
      fiscalYear: 2026,
      patch: { currency: 'XYZ' },
    });
    expect(badCur).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('"XYZ"') },
    });
    await s.call('budget/set-cells', {
      fiscalYear: 2026,
      cells: [{ lineId: dup.lines[0]!.id, month: '2025-09', amount: '0.5' }],
    });
    const yen = await s.dispatch('budget/update-line', {
      lineId: dup.lines[0]!.id,
      fiscalYear: 2026,
      patch: { currency: 'JPY' },
    });
    expect(yen).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('0.5 in 2025-09') },
    });
  });
});

describe('spreading a line', () => {
  it('spreads an annual amount evenly so the months add up exactly', async () => {
    const r = await s.call('budget/spread-line', {
      lineId,
      fiscalYear: 2026,
      spread: { method: 'even', annual: '1000' },
    });
    const { amounts, total } = r.lines[0]!;
    expect(amounts.slice(0, 5)).toEqual(['83.34', '83.34', '83.34', '83.34', '83.33']);
    expect(sumMoney(amounts)).toBe('1000');
    expect(total).toBe('1000');
  });

  it('spreads by a seasonal profile to the cent', async () => {
    const weights = [1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 3];
    const r = await s.call('budget/spread-line', {
      lineId,
      fiscalYear: 2026,
      spread: { method: 'profile', annual: '99999.99', weights },
    });
    expect(sumMoney(r.lines[0]!.amounts)).toBe('99999.99');
    expect(r.lines[0]!.amounts[11]).toBe('20000'); // 99999.99 × 3/15, rounded into the largest remainder
  });

  it('copies the previous year grown by a percentage, adding up to the grown total', async () => {
    await s.call('budget/set-cells', {
      fiscalYear: 2025,
      cells: cells([
        ['2024-07', '100'],
        ['2024-08', '33.33'],
        ['2025-06', '0.01'],
      ]),
    });
    const r = await s.call('budget/spread-line', {
      lineId,
      fiscalYear: 2026,
      spread: { method: 'previous-year', growthPct: '3.5' },
    });
    expect(sumMoney(r.lines[0]!.amounts)).toBe('138.01'); // 133.34 × 1.035 = 138.0069
    expect(r.lines[0]!.amounts[0]).toBe('103.5');
  });

  it('spreads in whole yen for a JPY line and refuses weights that are all zero', async () => {
    await s.call('budget/update-line', { lineId, fiscalYear: 2026, patch: { currency: 'JPY' } });
    const r = await s.call('budget/spread-line', {
      lineId,
      fiscalYear: 2026,
      spread: { method: 'even', annual: '100' },
    });
    expect(r.lines[0]!.amounts.every((a) => !a.includes('.'))).toBe(true);
    expect(sumMoney(r.lines[0]!.amounts)).toBe('100');
    const bad = await s.dispatch('budget/spread-line', {
      lineId,
      fiscalYear: 2026,
      spread: { method: 'profile', annual: '100', weights: Array(12).fill(0) },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'spread.weights' } } });
  });
});
