import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, openWorkbook, type WorkbookSession } from '../../src-main/services';
import type { ExportSheetChoice } from '../../src-shared/ipc/excel-export-contract';
import type { BudgetGrid } from '../../src-shared/model';
import { D, type Dec } from '../../src-shared/money';
import { tempDir } from './helpers/workbook-fixture';
import { cents, numberOf, readXlsx } from './helpers/xlsx-read';

const FY = 2026;
let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
let scenarioId: string;
let grid: BudgetGrid;

async function exportTo(name: string, sheets: ExportSheetChoice[]) {
  const path = tmp.file(name);
  const result = await s.call('excel/export', { scenarioId, fiscalYear: FY, sheets, output: { kind: 'path', path } });
  return { path, result, wb: await readXlsx(path) };
}

beforeAll(async () => {
  tmp = tempDir();
  const file = tmp.file('demo.outlay');
  createWorkbook(file, { demo: generateDemo({ seed: 7, asOf: '2026-03-15', lines: 80, foreignShare: 0.25 }) }).close();
  s = openWorkbook(file);
  scenarioId = (await s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!.id;
  grid = await s.call('budget/get-grid', { scenarioId, fiscalYear: FY });
});
afterAll(() => {
  s.close();
  tmp.remove();
});

describe('the Summary and Variance sheets', () => {
  it('total the budget by cost center × quarter, by tower and by month in live tables that add up to the grand total', async () => {
    const { wb, result } = await exportTo('summary.xlsx', ['budget', 'summary']);
    const ws = wb.getWorksheet('Summary')!;
    expect(ws.getTables()).toHaveLength(3);
    const totals: string[] = [];
    ws.eachRow((row) => {
      if (row.getCell(1).value !== 'Total') return;
      const last = (row.values as unknown[]).length - 1;
      totals.push(cents(numberOf(row.getCell(last))));
    });
    const grand = new D(result.total).toFixed(2);
    expect(totals).toEqual([grand, grand, grand]);
  });

  it('puts budget against actuals per cost center and month with live variance and %, totals as the accounting summary', async () => {
    const { wb } = await exportTo('variance.xlsx', ['budget', 'variance']);
    const ws = wb.getWorksheet('Variance')!;
    expect(ws.getTables()).toHaveLength(2);
    const summary = await s.call('accounting/summary', {
      fiscalYear: FY,
      view: 'accrual',
      by: 'cost-center',
      scenarioId,
    });
    let total = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value !== 'Total' || total) return;
      total = r;
    });
    const row = ws.getRow(total);
    expect(cents(numberOf(row.getCell(3)))).toBe(new D(summary.total.total).toFixed(2));
    expect(cents(numberOf(row.getCell(4)))).toBe(new D(summary.actual.total.total).toFixed(2));
    expect(row.getCell(5).formula).toBe(`D${total}-C${total}`);
    expect(cents(numberOf(row.getCell(5)))).toBe(new D(summary.actual.variance.total).toFixed(2));
    expect(row.getCell(6).formula).toBe(`IFERROR(E${total}/C${total},"")`);
    const first = ws.getRow(5);
    expect(first.getCell(3).formula).toMatch(/^SUMIFS\(/);
  });
});

describe('the Actuals sheet', () => {
  it('lists every posted actual of the fiscal year and totals each currency with live SUMIFS', async () => {
    const { wb } = await exportTo('actuals.xlsx', ['budget', 'actuals']);
    const ws = wb.getWorksheet('Actuals')!;
    const db = new Database(s.path, { readonly: true });
    const byCurrency = db
      .prepare('SELECT currency, amount FROM actuals WHERE month BETWEEN ? AND ?')
      .all(grid.months[0], grid.months.at(-1)) as { currency: string; amount: string }[];
    db.close();
    const summary = await s.call('accounting/summary', { fiscalYear: FY, view: 'accrual', by: 'cost-center' });
    expect(byCurrency.length).toBe(summary.actual.count);
    let rows = 0;
    ws.eachRow((row, r) => {
      if (r > 4 && typeof row.getCell(6).value === 'number') rows++;
    });
    expect(rows).toBe(byCurrency.length);
    const totals = new Map<string, Dec>();
    for (const a of byCurrency) totals.set(a.currency, (totals.get(a.currency) ?? new D(0)).plus(a.amount));
    let seen = 0;
    ws.eachRow((row) => {
      const cell = row.getCell(6);
      if (!cell.formula?.startsWith('SUMIFS')) return;
      seen++;
      expect(cents(numberOf(cell))).toBe(totals.get(String(row.getCell(1).value))!.toFixed(2));
    });
    expect(seen).toBe(totals.size);
  });
});

describe('the Assets sheet', () => {
  it('lists the register with each asset’s position in the year and totals NBV per currency as the asset screen computes it', async () => {
    const { wb } = await exportTo('assets.xlsx', ['budget', 'assets']);
    const ws = wb.getWorksheet('Assets')!;
    const assets = await s.call('assets/list', {});
    const positions = new Map((await s.call('assets/list-positions', { fiscalYear: FY })).map((p) => [p.assetId, p]));
    expect(assets.length).toBeGreaterThan(0);
    const codes = new Map(assets.map((a) => [a.code, a]));
    const nbv = new Map<string, Dec>();
    for (const a of assets) {
      const v = positions.get(a.id)?.netBookValueAtYearEnd;
      if (v) nbv.set(a.currency, (nbv.get(a.currency) ?? new D(0)).plus(v));
    }
    let listed = 0;
    let totals = 0;
    ws.eachRow((row, r) => {
      const a = r > 4 ? codes.get(String(row.getCell(1).value)) : undefined;
      if (a) {
        listed++;
        expect(cents(numberOf(row.getCell(7)))).toBe(new D(a.cost).toFixed(2));
        const p = positions.get(a.id)!;
        expect(cents(numberOf(row.getCell(13)))).toBe(new D(p.expenseInYear).toFixed(2));
      }
      if (row.getCell(16).formula?.startsWith('SUMIFS')) {
        totals++;
        expect(cents(numberOf(row.getCell(16)))).toBe(nbv.get(String(row.getCell(1).value))!.toFixed(2));
      }
    });
    expect(listed).toBe(assets.length);
    expect(totals).toBe(new Set(assets.map((a) => a.currency)).size);
  });
});

describe('the Forecast sheet', () => {
  it('shows the next 12 months forecast per cost center as forecast/scenario computes it, with live totals', async () => {
    const { wb } = await exportTo('forecast.xlsx', ['budget', 'forecast']);
    const ws = wb.getWorksheet('Forecast')!;
    const f = await s.call('forecast/scenario', { scenarioId, horizon: 12, by: 'cost-center' });
    const rows = f.rows.filter((r) => r.mean.length === f.months.length);
    expect(rows.length).toBeGreaterThan(0);
    const labels = new Map(rows.map((r) => [r.label, r]));
    let listed = 0;
    let totalRow = 0;
    ws.eachRow((row, r) => {
      const hit = r > 4 ? labels.get(String(row.getCell(1).value)) : undefined;
      if (hit) {
        listed++;
        expect(cents(numberOf(row.getCell(3)))).toBe(new D(hit.mean[0]!).toFixed(2));
        expect(row.getCell(3 + f.months.length).formula).toMatch(/^SUM\(/);
      }
      if (row.getCell(1).value === 'Total') totalRow = r;
    });
    expect(listed).toBe(rows.length);
    const all = rows.flatMap((r) => r.mean).reduce((a, b) => a.plus(b), new D(0));
    expect(cents(numberOf(ws.getCell(totalRow, 3 + f.months.length)))).toBe(all.toFixed(2));
  });
});

describe('the TCO sheet', () => {
  it('compares each saved model’s alternatives per year with live totals and differences equal to the engine’s', async () => {
    const { wb } = await exportTo('tco.xlsx', ['budget', 'tco']);
    const ws = wb.getWorksheet('TCO')!;
    const models = await s.call('tco/list', {});
    expect(models.length).toBeGreaterThan(0);
    const totals: string[] = [];
    const diffs: string[] = [];
    ws.eachRow((row) => {
      const label = String(row.getCell(1).value);
      const values = () => (row.values as unknown[]).slice(3).map((_, k) => cents(numberOf(row.getCell(3 + k))));
      if (label === 'Total cash') {
        expect(row.getCell(3).formula).toMatch(/^SUM\(/);
        totals.push(...values());
      }
      if (label.startsWith('Difference to')) diffs.push(...values());
    });
    const expected: string[] = [];
    const expectedDiffs: string[] = [];
    for (const m of models) {
      const r = await s.call('tco/compute', { id: m.id });
      const first = new D(r.alternatives[0]!.totalCash);
      for (const a of r.alternatives) {
        expected.push(new D(a.totalCash).toFixed(2));
        expectedDiffs.push(new D(a.totalCash).minus(first).toFixed(2));
      }
    }
    expect(totals).toEqual(expected);
    expect(diffs).toEqual(expectedDiffs);
  });
});
