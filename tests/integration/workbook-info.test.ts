import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbook, SCHEMA_VERSION, type WorkbookSession } from '../../src-main/services';
import { smallDemo } from './helpers/small-demo';
import { dumpState, FIXED_NOW, tempDir } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let s: WorkbookSession;
beforeEach(() => {
  tmp = tempDir();
  path = tmp.file('small.outlay');
  s = createWorkbook(path, { demo: smallDemo(), now: FIXED_NOW });
});
afterEach(() => {
  s.close();
  tmp.remove();
});

describe('a workbook created with demo data', () => {
  it('reports schema version, settings, counts, exact totals and fiscal years', async () => {
    const info = await s.call('workbook/get-info', {});
    expect(info).toMatchObject({
      path,
      schemaVersion: SCHEMA_VERSION,
      settings: { name: 'Small Co', baseCurrency: 'USD', fyStartMonth: 4, userName: 'demo' },
      fiscalYears: [2025, 2026, 2027],
      currentFiscalYear: 2026,
    });
    expect(info.counts).toMatchObject({
      budget_lines: 3,
      budget_amounts: 5,
      actuals: 2,
      scenarios: 2,
      journal: 1,
      towers: 11,
      cost_pools: 8,
      fiscal_periods: 36,
    });
    expect(info.totals).toEqual([
      {
        scenarioId: 'sc-base',
        scenarioName: 'Baseline',
        fiscalYear: 2026,
        total: '100.3',
        byCurrency: { EUR: '1000', USD: '100.3' },
      },
      { scenarioId: 'sc-base', scenarioName: 'Baseline', fiscalYear: 2027, total: '50' },
      { scenarioId: 'sc-what', scenarioName: 'Cloud shift', fiscalYear: 2026, total: '80' },
    ]);
  });

  it('is one journal entry that undo does not cross', async () => {
    const [entry, ...rest] = await s.call('journal/list', { limit: 10 });
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      seq: 1,
      actor: 'demo',
      command: 'workbook/create',
      label: 'Create workbook with demo data',
      payload: { demo: { budgetLines: 3, actuals: 2 } },
    });
    expect(await s.call('journal/get-undo-state', {})).toEqual({
      canUndo: false,
      canRedo: false,
      undoLabel: null,
      redoLabel: null,
      seq: 1,
    });
    await expect(s.call('journal/undo', {})).rejects.toMatchObject({ code: 'nothing-to-undo' });
  });

  it('keeps the demo scenario links, cost center hierarchy and TBM mapping', async () => {
    const [base, what] = await s.call('scenario/list', {});
    expect(what).toMatchObject({ id: 'sc-what', copiedFromId: base!.id });
    const d = await s.call('dimensions/get-all', {});
    expect(d.costCenters.find((c) => c.code === 'CC-110')!.parentId).toBe('cc-1');
    const svc = d.services[0]!;
    expect(d.towers.find((t) => t.id === svc.towerId)!.code).toBe('TW-COMP');
    expect(d.costPools.find((p) => p.id === svc.costPoolId)!.code).toBe('CP-HW');
  });

  it('takes the current fiscal year from the injected clock', () => {
    const other = createWorkbook(tmp.file('other.outlay'), {
      fyStartMonth: 7,
      now: () => new Date('2026-07-01T12:00:00'),
    });
    return other.call('workbook/get-info', {}).then((info) => {
      expect(info.currentFiscalYear).toBe(2027);
      expect(info.totals).toEqual([]);
      other.close();
    });
  });
});

describe('workbook settings and the fiscal calendar', () => {
  it('lists the periods of a fiscal year with start and end dates', async () => {
    const periods = await s.call('workbook/list-periods', { fiscalYear: 2026 });
    expect(periods).toHaveLength(12);
    expect(periods[0]).toEqual({
      fiscalYear: 2026,
      period: 1,
      month: '2025-04',
      startDate: '2025-04-01',
      endDate: '2025-04-30',
    });
    expect(periods[10]).toEqual({
      fiscalYear: 2026,
      period: 11,
      month: '2026-02',
      startDate: '2026-02-01',
      endDate: '2026-02-28',
    });
    const future = await s.call('workbook/list-periods', { fiscalYear: 2040 });
    expect(future[0]!.month).toBe('2039-04');
  });

  it('regenerates the periods when the fiscal year start changes, and undo restores them', async () => {
    const before = dumpState(path);
    const settings = await s.call('workbook/update-settings', { patch: { fyStartMonth: 1, name: 'Calendar Co' } });
    expect(settings).toMatchObject({ fyStartMonth: 1, name: 'Calendar Co' });
    const periods = dumpState(path).fiscal_periods as { fiscal_year: number; month: string }[];
    expect(new Set(periods.map((p) => p.fiscal_year))).toEqual(new Set([2024, 2025, 2026, 2027]));
    expect(periods.find((p) => p.month === '2026-03')!.fiscal_year).toBe(2026);
    const info = await s.call('workbook/get-info', {});
    expect(info.totals.find((t) => t.scenarioId === 'sc-base' && t.fiscalYear === 2026)!.total).toBe('50.2');
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(before);
  });

  it('refuses a base currency the workbook does not know', async () => {
    const r = await s.dispatch('workbook/update-settings', { patch: { baseCurrency: 'XAU' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'patch.baseCurrency' } } });
  });
});
