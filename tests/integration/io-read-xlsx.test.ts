import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardXlsx } from '../../src-main/io/read/xlsx-guard';
import { FORMULA_ERROR, readXlsx } from '../../src-main/io/read/read-xlsx';
import type { SourceRow, TableSource } from '../../src-main/io/read/table-source';

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
