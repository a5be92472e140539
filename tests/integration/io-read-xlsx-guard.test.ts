import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/ipc/errors';
import { guardXlsx, openXlsx } from '../../src-main/io/read/xlsx-guard';
import { readXlsx } from '../../src-main/io/read/read-xlsx';
import { buildCfb, buildZip, sheetXml, xlsxParts, type ZipPart } from '../fixtures/io-read/build-files';

const dir = mkdtempSync(join(tmpdir(), 'io-read-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function xlsx(name: string, sheets: { name: string; xml: string }[], extra: ZipPart[] = []): string {
  const parts = xlsxParts(
    sheets.map((s) => ({ name: s.name, part: { name: '', data: s.xml } })),
    extra,
  );
  return file(name, buildZip(parts));
}

/** The AppError `promise` rejects with (fails the test if it resolves or throws something else). */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('validation');
  return error as AppError;
}

let good = '';
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Actuals').addRows([
    ['Cost center', 'Amount'],
    ['CC100', 1234.5],
  ]);
  good = join(dir, 'good.xlsx');
  await wb.xlsx.writeFile(good);
});

describe('guarding .xlsx files', () => {
  it('lets a workbook written by exceljs through and opens it', async () => {
    const facts = await guardXlsx(good);
    expect(facts.sheets).toEqual([{ name: 'Actuals', part: 'xl/worksheets/sheet1.xml', rows: 2, cells: 4 }]);
    const wb = await openXlsx(good);
    expect(wb.getWorksheet('Actuals')?.getCell('B2').value).toBe(1234.5);
  });

  it('refuses a file that is not a zip archive', async () => {
    const error = await refusal(openXlsx(file('notes.xlsx', 'Cost center,Amount\nCC100,12\n')));
    expect(error.message).toBe('notes.xlsx: this is not an .xlsx workbook (the file is not a zip archive)');
  });

  it('refuses a truncated workbook as damaged', async () => {
    const bytes = readFileSync(good);
    const error = await refusal(openXlsx(file('cut.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)))));
    expect(error.message).toMatch(/^cut\.xlsx: the file is damaged: its zip directory is missing/);
  });

  it('names other spreadsheet formats in a zip: .xlsb, .ods, or none', async () => {
    const xlsb = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.bin', data: 'x' },
    ]);
    expect((await refusal(guardXlsx(file('b.xlsx', xlsb)))).message).toBe(
      'b.xlsx: this is a binary .xlsb workbook; open it in Excel and save it as .xlsx',
    );
    const ods = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
      { name: 'content.xml', data: '<x/>' },
    ]);
    expect((await refusal(guardXlsx(file('o.xlsx', ods)))).message).toBe(
      'o.xlsx: this is an OpenDocument (.ods) spreadsheet; save it as .xlsx',
    );
    const docx = buildZip([{ name: 'word/document.xml', data: '<w/>' }]);
    expect((await refusal(guardXlsx(file('d.xlsx', docx)))).message).toBe(
      'd.xlsx: this zip file is not an Excel workbook (no xl/workbook.xml)',
    );
  });

  it('refuses an old binary .xls and asks for .xlsx', async () => {
    const error = await refusal(openXlsx(file('old.xlsx', buildCfb(['Workbook', 'SummaryInformation']))));
    expect(error.message).toBe(
      'old.xlsx: this is an old binary Excel (.xls) file; open it in Excel or LibreOffice and save it as .xlsx',
    );
  });

  it('refuses a password-protected workbook, saying it is encrypted', async () => {
    const error = await refusal(openXlsx(file('secret.xlsx', buildCfb(['EncryptionInfo', 'EncryptedPackage']))));
    expect(error.message).toMatch(/^secret\.xlsx: the workbook is encrypted \(password-protected\)/);
    expect(error.details).toMatchObject({ reason: 'encrypted' });
  });

  it('refuses a zip whose directory declares a huge uncompressed sheet', async () => {
    const parts = xlsxParts([{ name: 'S', part: { name: '', data: sheetXml(''), declaredSize: 0xf0000000 } }]);
    const error = await refusal(guardXlsx(file('declared.xlsx', buildZip(parts))));
    expect(error.message).toMatch(/^declared\.xlsx: the workbook unpacks to 4,026,53\d,\d{3} bytes, more than the/);
    expect(error.details).toMatchObject({ reason: 'zip-bomb' });
  });

  describe('a zip bomb of 64 MB of zeros in a sheet', () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const bomb = { bytes: deflateRawSync(zeros, { level: 9 }), size: zeros.length, crc: crc32(zeros) };
    const bombParts = (declaredSize?: number): ZipPart[] =>
      xlsxParts([{ name: 'S', part: { name: '', data: '', deflated: { ...bomb, size: declaredSize ?? bomb.size } } }]);

    it('is refused for its compression ratio under the default limits', async () => {
      const error = await refusal(guardXlsx(file('ratio.xlsx', buildZip(bombParts()))));
      expect(error.message).toMatch(
        /^ratio\.xlsx: part xl\/worksheets\/sheet1\.xml expands \d+ times; this looks like a zip bomb$/,
      );
    });

    it('is refused for its total size under a lower size limit', async () => {
      const limits = { maxUncompressedBytes: 32 * 1024 * 1024, maxCells: 1000, maxRows: 1000 };
      const error = await refusal(guardXlsx(file('size.xlsx', buildZip(bombParts())), limits));
      expect(error.message).toMatch(/^size\.xlsx: the workbook unpacks to 67,1\d\d,\d{3} bytes/);
    });

    it('is refused while inflating when the directory understates it', async () => {
      const error = await refusal(guardXlsx(file('liar.xlsx', buildZip(bombParts(1000)))));
      expect(error.message).toBe(
        'liar.xlsx: the file is damaged: part xl/worksheets/sheet1.xml holds more than its declared 1000 bytes',
      );
    });
  });

  it('refuses a sheet whose dimension reaches row 1,048,576', async () => {
    const path = xlsx('dimension.xlsx', [
      { name: 'GL', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', 'A1:C1048576') },
    ]);
    const error = await refusal(readXlsx(path));
    expect(error.message).toBe(
      'dimension.xlsx: sheet "GL" has 1,048,576 rows, more than the 1,000,000 an import can take',
    );
  });

  it('refuses a sheet of 1,048,576 rows without a dimension, by counting them', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r % 97}</v></c></row>`);
    const path = xlsx('full.xlsx', [{ name: 'Full', xml: sheetXml(rows.join('')) }]);
    const error = await refusal(guardXlsx(path));
    expect(error.message).toBe(
      'full.xlsx: sheet "Full" has 1,000,001 rows, more than the 1,000,000 an import can take',
    );
  });

  it('refuses more cells in all sheets together than the cell limit, naming the sheet that reaches it', async () => {
    const row = (r: number): string => `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="B${r}"><v>2</v></c></row>`;
    const path = xlsx('cells.xlsx', [
      { name: 'One', xml: sheetXml(row(1) + row(2)) },
      { name: 'Two', xml: sheetXml(row(1) + row(2)) },
    ]);
    const error = await refusal(guardXlsx(path, { maxUncompressedBytes: 1e9, maxCells: 6, maxRows: 100 }));
    expect(error.message).toBe('cells.xlsx: more than 6 cells in all sheets (sheet "Two" reaches it)');
  });

  it('refuses a formula that reads another workbook, naming the sheet and cell', async () => {
    const body =
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
      '<row r="2"><c r="A2"><f>SUM(Table1[[#This Row],[1]])&amp;"[1]"</f><v>3</v></c>' +
      '<c r="B2"><f>\'[1]Budget 2027\'!C4*2</f><v>4</v></c></row>';
    const link = { name: 'xl/externalLinks/externalLink1.xml', data: '<externalLink/>' };
    const path = xlsx('linked.xlsx', [{ name: 'Actuals', xml: sheetXml(body) }], [link]);
    const error = await refusal(readXlsx(path));
    expect(error.message).toBe(
      'linked.xlsx: sheet "Actuals" cell B2 has a formula that refers to another workbook; paste values instead',
    );
    expect(error.details).toMatchObject({ sheet: 'Actuals', cell: 'B2' });
  });

  it('refuses a workbook that keeps external links even when no cell formula shows one', async () => {
    const link = { name: 'xl/externalLinks/externalLink1.xml', data: '<externalLink/>' };
    const path = xlsx('names.xlsx', [{ name: 'S', xml: sheetXml('') }], [link]);
    const error = await refusal(guardXlsx(path));
    expect(error.message).toMatch(/^names\.xlsx: the workbook links to other workbooks/);
  });

  it('refuses an external formula in a workbook written by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').getCell('C3').value = { formula: '[2]Rates!B2*10', result: 20 };
    const path = join(dir, 'exceljs-linked.xlsx');
    await wb.xlsx.writeFile(path);
    const error = await refusal(openXlsx(path));
    expect(error.details).toMatchObject({ sheet: 'Plan', cell: 'C3' });
  });
});
