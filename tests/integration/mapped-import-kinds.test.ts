import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { D } from '../../src-shared/money';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { createWorkbook, openWorkbook, type WorkbookSession } from '../../src-main/services';
import { writeLegacyWorkbook } from './helpers/legacy-workbook';
import { FIXED_NOW, seedBasics, tempDir } from './helpers/workbook-fixture';

const FIXTURES = join(__dirname, '../fixtures/mapped-import');
let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;

beforeAll(async () => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('w.outlay'), { now: FIXED_NOW });
  await seedBasics(s);
});
afterAll(() => {
  s.close();
  tmp.remove();
});

describe('a timesheet export (CSV) imported as labour', () => {
  const path = () => join(FIXTURES, 'timesheets.csv');
  const options = { decimal: 'point' as const, dateOrder: 'ymd' as const };

  it('checks amount against hours × rate within a cent and computes a missing amount from them', async () => {
    const seen = await s.call('imports/inspect', { file: { kind: 'path', path: path() }, kind: 'labour', options });
    expect(seen.suggested.columns).toMatchObject({
      date: 'Date',
      personId: 'Contractor ID',
      personKind: 'Type',
      hours: 'Hours',
      rate: 'Hourly Rate',
      amount: 'Amount',
      costCenter: 'Cost Centre',
      account: 'GL Account',
      vendor: 'Agency',
    });
    const args = {
      file: { kind: 'path' as const, path: path() },
      kind: 'labour' as const,
      mapping: seen.suggested,
      options,
    };
    const p = await s.call('imports/preview', args);
    expect(p.problems.map((x) => [x.row, x.kind, x.letter])).toEqual([[4, 'hours-rate', 'F']]);
    const r = await s.call('imports/apply', { ...args, onlyValid: true });
    expect(r.imported).toBe(3);
    const rows = await s.call('imports/list-labour', {});
    const computed = rows.find((x) => x.date === '2026-01-06')!;
    expect(computed.amount).toBe(new D('7.5').times('95.50').toFixed(2).replace(/0+$/, '').replace(/\.$/, ''));
    expect(rows.find((x) => x.personId === 'C-18')).toMatchObject({ amount: '800.01', service: '', account: '' });
    expect(rows.every((x) => x.personKind === 'contractor')).toBe(true);
  });
});

describe('a procurement export (.xlsx) imported as purchase orders', () => {
  it('reads Date cells and numbers exactly, and refuses an amount with more decimals than the currency has', async () => {
    const path = tmp.file('open-pos.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Open POs');
    ws.addRow(['Open purchase orders, March 2026']);
    ws.addRow([]);
    ws.addRow(['PO Number', 'Line', 'PO Date', 'Supplier', 'Cost Center', 'Account', 'Description', 'Net Value (USD)']);
    ws.addRow(['4500001', 10, new Date(Date.UTC(2026, 2, 2)), 'ACME', 'CC-100', '6100', 'Servers', 12500.5]);
    ws.addRow(['4500001', 20, new Date(Date.UTC(2026, 2, 2)), 'ACME', 'CC-100', '6100', 'Support', 0.1 + 0.2]);
    ws.addRow(['4500002', 10, 46090, 'ACME', 'CC-100', '', '=cmd|calc', 1999.99]);
    await wb.xlsx.writeFile(path);

    const file = { kind: 'path' as const, path };
    const options = { decimal: 'point' as const, dateOrder: 'ymd' as const };
    const seen = await s.call('imports/inspect', { file, kind: 'purchase-orders', options });
    expect(seen.fileKind).toBe('xlsx');
    expect(seen.sheet).toBe('Open POs');
    expect(seen.suggested).toMatchObject({ sheet: 'Open POs', headerRow: 3 });
    expect(seen.suggested.columns).toMatchObject({
      poNumber: 'PO Number',
      poLine: 'Line',
      date: 'PO Date',
      amount: 'Net Value (USD)',
    });
    const args = { file, kind: 'purchase-orders' as const, mapping: seen.suggested, options };
    const p = await s.call('imports/preview', args);
    expect(p.problems).toMatchObject([{ row: 5, kind: 'bad-amount', letter: 'H' }]);
    expect(p.totals[0]).toMatchObject({ currency: 'USD', importTotal: '14500.49' });
    await s.call('imports/apply', { ...args, onlyValid: true });
    const pos = await s.call('imports/list-purchase-orders', {});
    expect(pos.map((x) => [x.poNumber, x.poLine, x.date, x.amount, x.description])).toEqual([
      ['4500001', '10', '2026-03-02', '12500.5', 'Servers'],
      ['4500002', '10', '2026-03-09', '1999.99', '=cmd|calc'],
    ]);
  });
});

describe('a timesheet saved by Excel as Unicode text (UTF-16, tab-delimited, m/d/y dates)', () => {
  it('is detected and read with its dates in the order chosen', async () => {
    const path = tmp.file('hours-utf16.txt');
    const text = [
      'Work Date\tEmployee ID\tHours\tRate\tCost Center',
      '3/31/2026\tE-7\t7.5\t80\tCC-100',
      '4/1/2026\tE-7\t8\t80\tCC-100',
    ].join('\r\n');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const file = { kind: 'path' as const, path };
    const options = { decimal: 'point' as const, dateOrder: 'mdy' as const };
    const seen = await s.call('imports/inspect', { file, kind: 'labour', options });
    expect(seen.csv).toEqual({ delimiter: '\t', encoding: 'utf-16le' });
    const mapping = { ...seen.suggested, defaults: { personKind: 'employee' } };
    const p = await s.call('imports/preview', { file, kind: 'labour', mapping, options: seen.options });
    expect(p.problems).toEqual([]);
    expect(p.totals).toEqual([
      { currency: 'USD', fileTotal: '1240', importTotal: '1240', leftOutTotal: '0', alreadyImportedTotal: '0' },
    ]);
    await s.call('imports/apply', { file, kind: 'labour', mapping, options: seen.options });
    const rows = (await s.call('imports/list-labour', {})).filter((r) => r.personId === 'E-7');
    expect(rows.map((r) => [r.date, r.amount, r.personKind])).toEqual([
      ['2026-03-31', '600', 'employee'],
      ['2026-04-01', '640', 'employee'],
    ]);
  });
});

describe('a broken file', () => {
  it('is refused with a clear error naming it, and nothing is written', async () => {
    const path = tmp.file('not-really.xlsx');
    writeFileSync(path, 'PO Number,Amount\n1,2\n');
    const before = await s.call('imports/list-batches', {});
    const options = { decimal: 'point' as const, dateOrder: 'ymd' as const };
    await expect(
      s.call('imports/inspect', { file: { kind: 'path', path }, kind: 'purchase-orders', options }),
    ).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('not-really.xlsx'),
    });
    const mapping = {
      headerRow: 1,
      columns: { poNumber: 'PO Number', amount: 'Amount' },
      defaults: { date: '2026-01-01', costCenter: 'CC-100' },
    };
    await expect(
      s.call('imports/apply', {
        file: { kind: 'path', path },
        kind: 'purchase-orders',
        mapping,
        options,
        onlyValid: true,
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(await s.call('imports/list-batches', {})).toEqual(before);
  });
});

describe('a long import', () => {
  it('reports rows done of the total and, when cancelled, writes nothing', async () => {
    const path = tmp.file('big.csv');
    const lines = ['Date,Cost Center,Service,Account,Amount,Reference'];
    for (let i = 0; i < 20_000; i++)
      lines.push(`2026-04-${String((i % 28) + 1).padStart(2, '0')},CC-100,SVC-HOST,6100,${i}.25,BIG-${i}`);
    writeFileSync(path, lines.join('\n'));
    const file = { kind: 'path' as const, path };
    const options = { decimal: 'point' as const, dateOrder: 'ymd' as const };
    const seen = await s.call('imports/inspect', { file, kind: 'actuals', options });
    const args = {
      file,
      kind: 'actuals' as const,
      mapping: seen.suggested,
      options,
      onlyValid: false,
      expectedRows: 20_000,
    };
    const before = await s.call('imports/list-batches', {});
    const stop = new AbortController();
    const seenProgress: { done: number; total: number }[] = [];
    const run = s.call('imports/apply', args, {
      signal: stop.signal,
      onProgress: (p) => {
        seenProgress.push({ done: p.done, total: p.total });
        if (p.done >= 6000) stop.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(seenProgress[0]).toEqual({ done: 2000, total: 20_000 });
    expect(await s.call('imports/list-batches', {})).toEqual(before);
    const undo = await s.call('journal/get-undo-state', {});
    expect(undo.undoLabel).not.toMatch(/big\.csv/);
    const done = await s.call('imports/apply', args);
    expect(done.imported).toBe(20_000);
  });
});

describe('a workbook from before mapped imports', () => {
  it('is upgraded with the import tables and keeps its actuals, which then take imports', async () => {
    const before = MIGRATIONS.findIndex((m) => m.tag === '0007_mapped_imports');
    expect(before).toBeGreaterThan(0);
    const path = tmp.file('old.outlay');
    const settings = {
      name: 'Old',
      baseCurrency: 'USD',
      fyStartMonth: 1,
      fiscalCalendar: 'calendar-months' as const,
      userName: 'ann',
    };
    writeLegacyWorkbook(path, settings, FIXED_NOW(), undefined, before).close();
    const old = openWorkbook(path, { now: FIXED_NOW });
    try {
      await seedBasics(old);
      const copy = tmp.file('timesheets.csv');
      copyFileSync(join(FIXTURES, 'timesheets.csv'), copy);
      const options = { decimal: 'point' as const, dateOrder: 'ymd' as const };
      const seen = await old.call('imports/inspect', { file: { kind: 'path', path: copy }, kind: 'labour', options });
      const r = await old.call('imports/apply', {
        file: { kind: 'path', path: copy },
        kind: 'labour',
        mapping: seen.suggested,
        options,
        onlyValid: true,
      });
      expect(r.imported).toBe(3);
    } finally {
      old.close();
    }
    const db = new Database(path, { readonly: true });
    const cols = (db.prepare('PRAGMA table_info(actuals)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(expect.arrayContaining(['batch_id', 'source_key']));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });
});
