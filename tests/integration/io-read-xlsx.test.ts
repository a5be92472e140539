import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardXlsx } from '../../src-main/io/read/xlsx-guard';
import { FORMULA_ERROR, readXlsx } from '../../src-main/io/read/read-xlsx';
import type { SourceRow, TableSource } from '../../src-main/io/read/table-source';
import { buildZip, sheetXml, xlsxParts } from '../fixtures/io-read/build-files';

const dir = mkdtempSync(join(tmpdir(), 'io-read-xlsx-values-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rows(source: TableSource, sheet: number): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  for await (const r of source.sheets[sheet]!.rows()) out.push(r);
  return out;
}

const posted = new Date(Date.UTC(2027, 0, 31));
let path = '';

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet('Notes');
  notes.getCell('A1').value = 'Exported from the GL';
  const gl = wb.addWorksheet('GL export');
  gl.addRow(['Date', 'Cost center', 'Vendor', 'Amount', 'Approved', 'Total']);
  const r2 = gl.addRow([
    posted,
    'CC100',
    { richText: [{ text: 'Café ' }, { font: { bold: true }, text: 'Noir' }] },
    1234.5,
    true,
  ]);
  r2.getCell(1).numFmt = 'dd/mm/yyyy';
  r2.getCell(6).value = { formula: 'D2*2', result: 2469 };
  gl.getCell('A4').value = { formula: 'A2+1', result: 46419 };
  gl.getCell('A4').numFmt = 'yyyy-mm-dd';
  gl.getCell('D4').value = 0.1;
  gl.getCell('E4').value = { error: '#N/A' };
  gl.getCell('F4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  path = join(dir, 'gl.xlsx');
  await wb.xlsx.writeFile(path);
});

describe('reading .xlsx files as table sources', () => {
  it('lists the worksheets in tab order with the file name and hash', async () => {
    const source = await readXlsx(path);
    expect(source.kind).toBe('xlsx');
    expect(source.fileName).toBe('gl.xlsx');
    expect(source.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(source.sheets.map((s) => s.name)).toEqual(['Notes', 'GL export']);
  });

  it('streams a sheet as plain values: dates, rich text as text, formula results, errors as text, gaps as null', async () => {
    const source = await readXlsx({ path, name: 'GL January.xlsx' });
    expect(source.fileName).toBe('GL January.xlsx');
    expect(await rows(source, 1)).toEqual([
      { row: 1, cells: ['Date', 'Cost center', 'Vendor', 'Amount', 'Approved', 'Total'] },
      { row: 2, cells: [posted, 'CC100', 'Café Noir', 1234.5, true, 2469] },
      { row: 4, cells: [new Date(Date.UTC(2027, 1, 1)), null, null, 0.1, '#N/A', FORMULA_ERROR] },
    ]);
    expect(await rows(source, 0)).toEqual([{ row: 1, cells: ['Exported from the GL'] }]);
  });

  it('reads a sheet again from the start on each iteration', async () => {
    const source = await readXlsx(path);
    const first = await rows(source, 1);
    expect(await rows(source, 1)).toEqual(first);
  });

  it('reads sheets whatever their part is called, without shared strings, from a bare package', async () => {
    const cell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const parts = xlsxParts([
      {
        name: 'First',
        part: { name: 'xl/worksheets/data-a.xml', data: sheetXml(`<row r="1">${cell('A1', 'a')}</row>`) },
      },
      {
        name: 'Second & last',
        part: {
          name: 'xl/worksheets/data-b.xml',
          data: sheetXml(`<row r="3">${cell('B3', 'Caf&#233; &amp; co')}<c r="D3"><v>-12.5</v></c></row>`),
        },
      },
    ]);
    const bare = join(dir, 'bare.xlsx');
    writeFileSync(bare, buildZip(parts));
    const source = await readXlsx(bare);
    expect(source.sheets.map((s) => s.name)).toEqual(['First', 'Second & last']);
    expect(await rows(source, 1)).toEqual([{ row: 3, cells: [null, 'Café & co', null, -12.5] }]);
    expect(await rows(source, 0)).toEqual([{ row: 1, cells: ['a'] }]);
  });

  it('releases the file when a reader stops after the first rows (a preview)', async () => {
    const source = await readXlsx(path);
    const openFiles = (): number => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 5; i++) {
      for await (const row of source.sheets[1]!.rows()) {
        expect(row.row).toBe(1);
        break;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openFiles()).toBeLessThanOrEqual(before);
  });

  it('passes a large streamed export: its compression stays far below the zip-bomb ratio', async () => {
    const big = join(dir, 'big.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big, useSharedStrings: true });
    const sheet = writer.addWorksheet('Budget');
    for (let i = 0; i < 60_000; i++) {
      sheet.addRow([`L${i}`, 'CC100', 'OpEx', ...Array.from({ length: 12 }, () => 1000)]).commit();
    }
    sheet.commit();
    await writer.commit();
    const facts = await guardXlsx(big);
    expect(facts.sheets[0]).toMatchObject({ name: 'Budget', rows: 60_000, cells: 60_000 * 15 });
  });
});
