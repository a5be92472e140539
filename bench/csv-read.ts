/**
 * Reading speed of the CSV reader alone: generates a GL-like CSV (`;`, decimal commas, quoted
 * descriptions, some with line breaks, accented vendors) and reads it through readCsv, printing
 * detection time, rows per second and peak memory. A benchmark, not a test; not part of
 * `npm run bench` (the mapped import's bench measures the whole import).
 *
 * With `--xlsx`, the same rows are also written as an .xlsx and read through the guard and
 * readXlsx, for comparison.
 *
 *   npx tsx bench/csv-read.ts [--rows 200000] [--encoding utf-8|windows-1252|utf-16le] [--xlsx] [--keep]
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { readCsv } from '../src-main/io/read/read-csv';
import { readXlsx } from '../src-main/io/read/read-xlsx';
import type { TableSource } from '../src-main/io/read/table-source';

export interface CsvReadResult {
  rows: number;
  fileBytes: number;
  detectMs: number;
  readMs: number;
  rowsPerSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
}

const VENDORS = ['Café Noir SARL', 'Müller & Söhne GmbH', 'Acme Cloud', 'Northwind "Gold" Support', 'Énergie Plus'];

function encode(text: string, encoding: string): Buffer {
  if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (encoding === 'windows-1252') return Buffer.from(text, 'latin1');
  return Buffer.from(text, 'utf8');
}

/** Write a `rows`-row GL export (plus header) to `path` in `encoding`, streaming. */
export async function writeGlCsv(path: string, rows: number, encoding: string): Promise<void> {
  const out = createWriteStream(path);
  if (encoding === 'utf-16le') out.write(Buffer.from([0xff, 0xfe]));
  out.write(encode('Posting date;Cost center;Account;Vendor;Description;Amount;Currency\r\n', encoding));
  let batch = '';
  for (let i = 1; i <= rows; i++) {
    const vendor = VENDORS[i % VENDORS.length]!.replace(/"/g, '""');
    const note = i % 50 === 0 ? `"Invoice ${i}\nsecond line"` : `"Invoice ${i}; monthly"`;
    const cents = (i * 7919) % 1_000_000;
    const amount = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
    const day = String((i % 28) + 1).padStart(2, '0');
    batch += `2027-03-${day};CC${100 + (i % 40)};6${(i % 900) + 100};"${vendor}";${note};${amount};EUR\r\n`;
    if (i % 5000 === 0 || i === rows) {
      if (!out.write(encode(batch, encoding))) await new Promise<void>((r) => out.once('drain', () => r()));
      batch = '';
    }
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** Write the rows of the CSV at `csvPath` to an .xlsx at `path` with exceljs's streaming writer. */
export async function writeGlXlsx(csvPath: string, path: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = writer.addWorksheet('GL');
  for await (const row of (await readCsv(csvPath)).sheets[0]!.rows()) {
    const cells = row.cells.map((c, i) => (i === 5 && row.row > 1 ? Number(String(c).replace(',', '.')) : c));
    sheet.addRow(cells).commit();
  }
  sheet.commit();
  await writer.commit();
}

/** Read `path` through `open` (readCsv by default), counting rows; returns timings and peak memory. */
export async function measureCsvRead(
  path: string,
  open: (path: string) => Promise<TableSource> = (p) => readCsv(p),
): Promise<CsvReadResult> {
  global.gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 10);
  const t0 = performance.now();
  const source = await open(path);
  const t1 = performance.now();
  let rows = 0;
  for await (const row of source.sheets[0]!.rows()) {
    rows++;
    if (row.cells.length !== 7) throw new Error(`row ${row.row} has ${row.cells.length} cells`);
    if ((rows & 0x3fff) === 0) sample();
  }
  const t2 = performance.now();
  clearInterval(timer);
  sample();
  return {
    rows,
    fileBytes: statSync(path).size,
    detectMs: t1 - t0,
    readMs: t2 - t1,
    rowsPerSecond: Math.round(rows / ((t2 - t0) / 1000)),
    peakRssMb: Math.round(peakRss / 2 ** 20),
    peakHeapMb: Math.round(peakHeap / 2 ** 20),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '200000' },
      encoding: { type: 'string', default: 'utf-8' },
      keep: { type: 'boolean', default: false },
      xlsx: { type: 'boolean', default: false },
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'outlay-csv-bench-'));
  const path = join(dir, 'gl.csv');
  try {
    await writeGlCsv(path, Number(values.rows), values.encoding);
    const r = await measureCsvRead(path);
    console.log(
      `CSV read (${values.encoding}, ${(r.fileBytes / 2 ** 20).toFixed(1)} MB, ${r.rows} records incl. header)`,
    );
    console.log(`  detection (hash, encoding, delimiter): ${r.detectMs.toFixed(0)} ms`);
    console.log(`  parse: ${r.readMs.toFixed(0)} ms; ${r.rowsPerSecond.toLocaleString('en-US')} rows/s overall`);
    console.log(`  peak memory: RSS ${r.peakRssMb} MB, heap ${r.peakHeapMb} MB`);
    if (values.xlsx) {
      const xlsx = join(dir, 'gl.xlsx');
      await writeGlXlsx(path, xlsx);
      const x = await measureCsvRead(xlsx, (p) => readXlsx(p));
      console.log(`.xlsx read (${(x.fileBytes / 2 ** 20).toFixed(1)} MB, ${x.rows} rows)`);
      console.log(`  guard (zip directory, inflate and scan every part, hash): ${x.detectMs.toFixed(0)} ms`);
      console.log(`  read: ${x.readMs.toFixed(0)} ms; ${x.rowsPerSecond.toLocaleString('en-US')} rows/s overall`);
      console.log(`  peak memory: RSS ${x.peakRssMb} MB, heap ${x.peakHeapMb} MB`);
    }
  } finally {
    if (values.keep) console.log(`  kept ${path}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) await main();
