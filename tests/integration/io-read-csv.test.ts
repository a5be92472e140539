import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/ipc/errors';
import { readCsv } from '../../src-main/io/read/read-csv';
import { readTable } from '../../src-main/io/read/read-table';
import type { SourceRow, TableSource } from '../../src-main/io/read/table-source';

const dir = mkdtempSync(join(tmpdir(), 'io-read-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function rows(source: TableSource): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  for await (const r of source.sheets[0]!.rows()) out.push(r);
  return out;
}

/** Windows-1252 bytes for text limited to ASCII, é and € (what a French ERP export holds). */
function cp1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => (ch === '€' ? 0x80 : ch === 'é' ? 0xe9 : ch.charCodeAt(0))));
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

const TEXT = 'Vendor;Amount;Note\r\nCafé Noir;1.234,50;"Paid in €; on time"\r\nÉlan;-99,95;"two\r\nlines"\r\n';
const EXPECTED = [
  { row: 1, cells: ['Vendor', 'Amount', 'Note'] },
  { row: 2, cells: ['Café Noir', '1.234,50', 'Paid in €; on time'] },
  { row: 3, cells: ['Élan', '-99,95', 'two\r\nlines'] },
];

describe('reading CSV files', () => {
  it.each([
    ['UTF-8 with a BOM', 'bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8'],
    ['UTF-8 without a BOM', 'plain.csv', Buffer.from(TEXT), 'utf-8'],
    [
      'UTF-16LE with a BOM',
      'le.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
      'utf-16le',
    ],
    ['UTF-16BE with a BOM', 'be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'utf-16be'],
    ['UTF-16LE without a BOM', 'le-nobom.csv', Buffer.from(TEXT, 'utf16le'), 'utf-16le'],
    ['Windows-1252', 'ansi.csv', cp1252(TEXT.replace('É', 'é')), 'windows-1252'],
  ])('detects %s and reads accented text, € and ; with decimal commas', async (_label, name, bytes, encoding) => {
    const path = file(name, bytes);
    const source = await readCsv(path);
    expect(source.kind).toBe('csv');
    expect(source.fileName).toBe(name);
    expect(source.csv).toEqual({ encoding, delimiter: ';' });
    expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const expected = encoding === 'windows-1252' ? structuredClone(EXPECTED) : EXPECTED;
    if (encoding === 'windows-1252') expected[2]!.cells[0] = 'élan';
    expect(await rows(source)).toEqual(expected);
  });

  it('detects tab-separated files and keeps every cell as raw text', async () => {
    const source = await readCsv(
      file('tabs.tsv', 'date\tamount\tflag\n2026-01-31\t0012.50\tTRUE\n31/01/2026\t1e3\t\n'),
    );
    expect(source.csv?.delimiter).toBe('\t');
    expect(await rows(source)).toEqual([
      { row: 1, cells: ['date', 'amount', 'flag'] },
      { row: 2, cells: ['2026-01-31', '0012.50', 'TRUE'] },
      { row: 3, cells: ['31/01/2026', '1e3', ''] },
    ]);
  });

  it('uses the encoding and delimiter the user chose over detection', async () => {
    const source = await readCsv(file('chosen.csv', cp1252('a,b|c\né,€|x\n')), {
      encoding: 'windows-1252',
      delimiter: '|',
    });
    expect(source.csv).toEqual({ encoding: 'windows-1252', delimiter: '|' });
    expect(await rows(source)).toEqual([
      { row: 1, cells: ['a,b', 'c'] },
      { row: 2, cells: ['é,€', 'x'] },
    ]);
  });

  it('shows an upload under its original name', async () => {
    const source = await readCsv({ path: file('upload-7f3a.tmp', 'a,b\n1,2\n'), name: 'GL January.csv' });
    expect(source.fileName).toBe('GL January.csv');
    expect(source.sheets[0]!.name).toBe('GL January');
  });

  it('refuses an unterminated quote at the end of the file, naming the file and the row', async () => {
    const source = await readCsv(file('open-quote.csv', 'a,b\n1,2\n3,"never closed\n4,5\n'));
    const error = await rows(source).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation');
    expect((error as AppError).message).toBe(
      'open-quote.csv: row 3: a quoted field is not closed before the end of the file',
    );
    expect((error as AppError).details).toEqual({ file: 'open-quote.csv', row: 3 });
  });

  it('refuses more rows than the limit', async () => {
    const source = await readCsv(file('many.csv', 'a\n1\n2\n3\n'), {}, { maxRows: 3 });
    await expect(rows(source)).rejects.toThrow('many.csv: more than 3 rows; split the file');
  });

  it('streams a large file in chunks with multibyte characters and quoted line breaks across chunk edges', async () => {
    const lines = ['id;vendor;amount'];
    for (let i = 1; i <= 60_000; i++)
      lines.push(i % 7 === 0 ? `${i};"Café\n€${i}";${i},5` : `${i};Vendor €${i};${i},5`);
    const source = await readCsv(file('large.csv', lines.join('\r\n') + '\r\n'));
    let count = 0;
    let line = 1;
    for await (const r of source.sheets[0]!.rows()) {
      expect(r.row).toBe(line);
      if (count > 0) {
        const i = count;
        expect(r.cells).toEqual(i % 7 === 0 ? [`${i}`, `Café\n€${i}`, `${i},5`] : [`${i}`, `Vendor €${i}`, `${i},5`]);
        line += i % 7 === 0 ? 2 : 1;
      } else line += 1;
      count++;
    }
    expect(count).toBe(60_001);
  });
});

describe('choosing the reader by file name', () => {
  it('reads .csv and .tsv as CSV and sends anything else through the workbook guard', async () => {
    const csv = await readTable({ path: file('x1', 'a;b\n1;2\n'), name: 'export.CSV' });
    expect(csv.kind).toBe('csv');
    expect((await readTable(file('export.tsv', 'a\tb\n'))).csv?.delimiter).toBe('\t');
    await expect(readTable({ path: file('x2', 'a;b\n1;2\n'), name: 'export.xlsx' })).rejects.toThrow(
      'export.xlsx: this is not an .xlsx workbook (the file is not a zip archive)',
    );
  });
});
