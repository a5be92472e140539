import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import {
  BUDGET_HEADERS,
  BUDGET_SHEET,
  BUDGET_TABLE,
  META_KEYS,
  META_LINES_HEADER,
  META_SHEET,
  SUBTOTAL_GAP,
  SUBTOTAL_MARKER,
  monthHeader,
} from '../../src-main/io/excel/layout';
import { createWorkbook, openWorkbook, type WorkbookSession } from '../../src-main/services';
import type { ExportSheetChoice } from '../../src-shared/ipc/excel-export-contract';
import type { BudgetGrid } from '../../src-shared/model';
import { D, type Dec } from '../../src-shared/money';
import { cents, numberOf, readXlsx } from './helpers/xlsx-read';
import { tempDir } from './helpers/workbook-fixture';

const FY = 2026;
let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
let scenarioId: string;
let grid: BudgetGrid;
let base: string;
/** Outlay's rule, computed here from the stored rates: each line-month at the month's budget rate, rounded half up to cents. */
let lineBase: Map<string, Dec[]>;

async function exportTo(name: string, sheets: ExportSheetChoice[] = ['budget', 'summary']) {
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
  base = (await s.call('workbook/get-info', {})).settings.baseCurrency;
  const rates = await s.call('fx/list-rates', {});
  const rateOf = (cur: string, month: string): Dec => {
    const direct = rates.find((r) => r.from === cur && r.to === base && r.period === month);
    if (direct) return new D(direct.budgetRate);
    const reverse = rates.find((r) => r.from === base && r.to === cur && r.period === month);
    if (!reverse) throw new Error(`no rate ${cur} ${month}`);
    return new D(1).div(reverse.budgetRate);
  };
  lineBase = new Map(
    grid.lines.map((l) => [
      l.id,
      l.amounts.map((a, i) =>
        l.currency === base
          ? new D(a)
          : new D(a).times(rateOf(l.currency, grid.months[i]!)).toDecimalPlaces(2, D.ROUND_HALF_UP),
      ),
    ]),
  );
});
afterAll(() => {
  s.close();
  tmp.remove();
});

const sum = (xs: Dec[]) => xs.reduce((a, b) => a.plus(b), new D(0));

describe('the Budget sheet of an Excel export', () => {
  it('holds the BudgetLines table under a title, one row per line with its codes, amounts and id', async () => {
    const { wb, result } = await exportTo('budget.xlsx');
    expect(grid.lines.some((l) => l.currency !== base)).toBe(true);
    expect(result.lines).toBe(grid.lines.length);
    const ws = wb.getWorksheet(BUDGET_SHEET)!;
    expect(String(ws.getCell('A1').value)).toContain(`FY${FY}`);
    const table = ws.getTable(BUDGET_TABLE);
    expect(table).toBeTruthy();
    const header = ws.getRow(8);
    const headers = (header.values as unknown[]).slice(1).map(String);
    expect(headers.slice(0, 9)).toEqual([
      BUDGET_HEADERS.costCenter,
      BUDGET_HEADERS.service,
      BUDGET_HEADERS.tower,
      BUDGET_HEADERS.account,
      BUDGET_HEADERS.vendor,
      BUDGET_HEADERS.description,
      BUDGET_HEADERS.expenseType,
      BUDGET_HEADERS.currency,
      monthHeader(grid.months[0]!),
    ]);
    expect(headers).toContain(BUDGET_HEADERS.total);
    expect(headers.at(-1)).toBe(BUDGET_HEADERS.lineId);
    const col = (h: string) => headers.indexOf(h) + 1;
    const dims = await s.call('dimensions/get-all', {});
    grid.lines.forEach((line, i) => {
      const row = ws.getRow(9 + i);
      expect(row.getCell(col(BUDGET_HEADERS.lineId)).value).toBe(line.id);
      expect(row.getCell(col(BUDGET_HEADERS.costCenter)).value).toBe(
        dims.costCenters.find((c) => c.id === line.costCenterId)!.code,
      );
      expect(row.getCell(col(BUDGET_HEADERS.description)).value).toBe(line.description);
      grid.months.forEach((m, k) => {
        const cell = row.getCell(col(monthHeader(m)));
        expect(cents(numberOf(cell))).toBe(new D(line.amounts[k]!).toFixed(2));
        expect(cell.numFmt).toBe(`"${line.currency} "#,##0.00_);("${line.currency} "#,##0.00)`);
      });
      const total = row.getCell(col(BUDGET_HEADERS.total));
      expect(total.formula).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
      expect(cents(numberOf(total))).toBe(new D(line.total).toFixed(2));
      const conv = row.getCell(col(`${BUDGET_HEADERS.total} (${base})`));
      expect(conv.formula).toContain("'FX rates'");
      expect(cents(numberOf(conv))).toBe(sum(lineBase.get(line.id)!).toFixed(2));
    });
  });

  it('ends with CapEx/OpEx, cost-center and grand-total formulas over the table whose cached values equal the exact sums', async () => {
    const { wb, result } = await exportTo('subtotals.xlsx');
    const ws = wb.getWorksheet(BUDGET_SHEET)!;
    const markerRow = 8 + grid.lines.length + SUBTOTAL_GAP;
    expect(ws.getCell(markerRow, 1).value).toBe(SUBTOTAL_MARKER);
    const dims = await s.call('dimensions/get-all', {});
    const baseCol = 9 + grid.months.length + 1;
    const expected = new Map<string, Dec>();
    const add = (k: string, v: Dec) => expected.set(k, (expected.get(k) ?? new D(0)).plus(v));
    for (const l of grid.lines) {
      const t = sum(lineBase.get(l.id)!);
      add(l.expenseType, t);
      add(dims.costCenters.find((c) => c.id === l.costCenterId)!.code, t);
      add('Grand total', t);
    }
    let rows = 0;
    for (let r = markerRow + 1; ws.getCell(r, 1).value; r++, rows++) {
      const kind = String(ws.getCell(r, 1).value);
      const key = kind === 'Grand total' ? kind : String(ws.getCell(r, 2).value);
      const cell = ws.getCell(r, baseCol);
      expect(cell.formula).toMatch(/^SUM\(/);
      expect(ws.getCell(r, 9).formula).toMatch(/SUMIFS\(/);
      expect(cents(numberOf(cell)), key).toBe(expected.get(key)!.toFixed(2));
    }
    expect(rows).toBe(expected.size);
    expect(new D(result.total).toFixed(2)).toBe(expected.get('Grand total')!.toFixed(2));
  });

  it('freezes the header row and dimension columns, fits widths and names the key ranges', async () => {
    const { wb } = await exportTo('names.xlsx');
    const ws = wb.getWorksheet(BUDGET_SHEET)!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 5, ySplit: 8 });
    expect(ws.getColumn(6).width).toBeGreaterThan(10);
    const names = new Map(wb.definedNames.model.map((n) => [n.name, n.ranges]));
    const last = 8 + grid.lines.length;
    expect(names.get('Budget_Lines')?.[0]).toMatch(new RegExp(`Budget'?!\\$A\\$9:\\$[A-Z]+\\$${last}$`));
    expect(names.get('Budget_Total')).toHaveLength(1);
    expect(names.get('FX_Rates')).toHaveLength(1);
  });

  it('carries hidden, protected metadata: workbook id, scenario, journal position and each line’s base amounts', async () => {
    const { wb } = await exportTo('meta.xlsx');
    const meta = wb.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe('veryHidden');
    expect((meta as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    const kv = new Map<string, string>();
    let r = 1;
    for (; meta.getCell(r, 1).value !== META_LINES_HEADER; r++) {
      if (meta.getCell(r, 1).value) kv.set(String(meta.getCell(r, 1).value), String(meta.getCell(r, 2).value));
    }
    const db = new Database(s.path, { readonly: true });
    const workbookId = db.prepare('SELECT workbook_id FROM workbook_identity').pluck().get();
    db.close();
    expect(kv.get(META_KEYS.workbookId)).toBe(workbookId);
    expect(kv.get(META_KEYS.scenarioId)).toBe(scenarioId);
    expect(kv.get(META_KEYS.fiscalYear)).toBe(String(FY));
    expect(kv.get(META_KEYS.months)).toBe(grid.months.join(','));
    expect(kv.get(META_KEYS.journalSeq)).toBe(String((await s.call('journal/get-undo-state', {})).seq));
    grid.lines.forEach((l, i) => {
      const row = meta.getRow(r + 1 + i);
      expect(row.getCell(1).value).toBe(l.id);
      expect(l.amounts.map((_, k) => row.getCell(2 + k).value)).toEqual(l.amounts);
    });
  });
});

describe('spreadsheet-injection safety of the export', () => {
  it('writes descriptions that start like formulas as text cells, never formulas', async () => {
    const l = grid.lines[0]!;
    const texts = ['=HYPERLINK("http://evil.example","click")', '+1', '-2', '@x', '\tTab', '=1+1'];
    for (const description of texts) {
      await s.call('budget/add-line', {
        scenarioId,
        fiscalYear: FY,
        fields: { ...l, vendorId: l.vendorId, description },
      });
    }
    const { wb, path } = await exportTo('inject.xlsx', ['budget']);
    const ws = wb.getWorksheet(BUDGET_SHEET)!;
    const found = new Map<string, unknown>();
    ws.eachRow((row) => {
      const v = row.getCell(6).value;
      if (typeof v === 'string' && texts.includes(v)) found.set(v, v);
      if (v && typeof v === 'object') found.set('formula', v);
    });
    expect([...found.keys()].sort()).toEqual([...texts].sort());
    const xml = execFileSync('unzip', ['-p', path, 'xl/worksheets/sheet1.xml']).toString();
    expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
    expect(xml).not.toMatch(/<f>1\+1<\/f>/);
    grid = await s.call('budget/get-grid', { scenarioId, fiscalYear: FY });
  });
});

describe('a long export', () => {
  it('reports rows done out of the total and, when cancelled, leaves no file behind', async () => {
    const seen: number[] = [];
    const abort = new AbortController();
    const path = tmp.file('cancelled.xlsx');
    const big = await s.call(
      'excel/export',
      { scenarioId, fiscalYear: FY, sheets: ['budget'], output: { kind: 'path', path: tmp.file('full.xlsx') } },
      { onProgress: (p) => seen.push(p.done) },
    );
    expect(big.lines).toBe(grid.lines.length);
    expect(seen.at(-1)).toBe(grid.lines.length * 2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // Cancelled once the writer has started (its first progress report): the partial file goes.
    await expect(
      s.call(
        'excel/export',
        { scenarioId, fiscalYear: FY, sheets: ['budget'], output: { kind: 'path', path } },
        { signal: abort.signal, onProgress: () => abort.abort() },
      ),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(tmp.dir).filter((n) => n.endsWith('.part'))).toEqual([]);
  });
});

describe('FX rates of the export', () => {
  it('leaves a rate blank where a currency has no rate and no amount, and refuses, naming currency and month, where it has an amount', async () => {
    const l = grid.lines[0]!;
    const { currencies } = await s.call('dimensions/get-all', {});
    const rates = await s.call('fx/list-rates', {});
    const bare = currencies.find((c) => c.code !== base && !rates.some((r) => r.from === c.code || r.to === c.code))!;
    const added = await s.call('budget/add-line', {
      scenarioId,
      fiscalYear: FY,
      fields: { ...l, currency: bare.code, description: 'No rates' },
    });
    const ok = await exportTo('blank-rate.xlsx', ['budget']);
    const fx = ok.wb.getWorksheet('FX rates')!;
    let row = 0;
    fx.eachRow((r, i) => {
      if (r.getCell(1).value === bare.code) row = i;
    });
    expect(row).toBeGreaterThan(0);
    expect(fx.getCell(row, 2).value).toBeNull();
    const lineId = added.lines[0]!.id;
    await s.call('budget/set-cells', { fiscalYear: FY, cells: [{ lineId, month: grid.months[2]!, amount: '10' }] });
    const path = tmp.file('missing-rate.xlsx');
    await expect(
      s.call('excel/export', { scenarioId, fiscalYear: FY, sheets: ['budget'], output: { kind: 'path', path } }),
    ).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining(`${bare.code}/${base} in ${grid.months[2]}`),
    });
    expect(existsSync(path)).toBe(false);
  });
});
