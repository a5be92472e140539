/**
 * Opening an .xlsx file that may be hostile or broken. Before exceljs sees the file, its bytes
 * are checked: a zip (not an old .xls, not an encrypted workbook, not something else), a zip
 * directory whose sizes stay within limits and whose parts inflate to no more than declared,
 * sheets within the row and cell limits, and no formula that reads another workbook.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { AppError } from '../../../src-shared/ipc/errors';
import { CFB_SIGNATURE, cfbEntryNames } from './cfb';
import { inputFile, type ReadInput } from './table-source';
import {
  parseRelationships,
  parseSheets,
  SheetLimitError,
  SheetScanner,
  type ScanTotals,
  type SheetPart,
} from './xlsx-scan';
import { inflateEntry, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

export interface XlsxLimits {
  /** Largest total uncompressed size of the parts, bytes. */
  maxUncompressedBytes: number;
  /** Most cells in all sheets together. */
  maxCells: number;
  /** Most rows in one sheet. */
  maxRows: number;
  /** Largest uncompressed/compressed ratio of a part bigger than 1 MB (spreadsheet XML stays far below). */
  maxCompressionRatio?: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 512 * 1024 * 1024,
  maxCells: 20_000_000,
  maxRows: 1_000_000,
  maxCompressionRatio: 500,
};

/** What the guard learned about a workbook that passed it. */
export interface XlsxFacts {
  fileName: string;
  sha256: string;
  sheets: (SheetPart & { rows: number; cells: number })[];
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const RATIO_FLOOR_BYTES = 1024 * 1024;
const MAX_ENTRIES = 10_000;

function refuse(name: string, problem: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('validation', `${name}: ${problem}`, { file: name, ...details });
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A CFB container is either an encrypted .xlsx or a binary .xls: both are refused, differently. */
async function refuseCompoundFile(handle: FileHandle, name: string): Promise<never> {
  const names = await cfbEntryNames(handle).catch(() => [] as string[]);
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) {
    throw refuse(
      name,
      'the workbook is encrypted (password-protected); remove the password in Excel and save it again',
      {
        reason: 'encrypted',
      },
    );
  }
  throw refuse(name, 'this is an old binary Excel (.xls) file; open it in Excel or LibreOffice and save it as .xlsx', {
    reason: 'xls',
  });
}

function checkDirectory(name: string, entries: ZipEntry[], limits: XlsxLimits): void {
  if (entries.length > MAX_ENTRIES)
    throw refuse(name, `the archive has ${entries.length} parts, too many for a workbook`);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw refuse(
      name,
      `the workbook unpacks to ${total.toLocaleString('en-US')} bytes, more than the ${limits.maxUncompressedBytes.toLocaleString('en-US')} allowed (a zip bomb?)`,
      { reason: 'zip-bomb' },
    );
  }
  const ratio = limits.maxCompressionRatio ?? Infinity;
  for (const e of entries) {
    if (e.encrypted) throw refuse(name, `part ${e.name} is encrypted`, { reason: 'encrypted' });
    const expands = e.uncompressedSize / Math.max(e.compressedSize, 1);
    if (e.uncompressedSize > RATIO_FLOOR_BYTES && expands > ratio) {
      throw refuse(name, `part ${e.name} expands ${Math.round(expands)} times; this looks like a zip bomb`, {
        reason: 'zip-bomb',
      });
    }
  }
}

async function partText(handle: FileHandle, path: string, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of inflateEntry(handle, path, entry, entry.uncompressedSize)) chunks.push(chunk);
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function scanParts(
  handle: FileHandle,
  path: string,
  entries: ZipEntry[],
  sheets: SheetPart[],
  limits: XlsxLimits,
): Promise<XlsxFacts['sheets']> {
  const totals: ScanTotals = { cells: 0 };
  const bySheetPart = new Map(sheets.map((s) => [s.part, s]));
  const out: XlsxFacts['sheets'] = [];
  // Sheets first (in tab order), so the first problem named is the first the user would see.
  const ordered = [
    ...sheets.flatMap((s) => entries.filter((e) => e.name === s.part)),
    ...entries.filter((e) => !bySheetPart.has(e.name)),
  ];
  for (const entry of ordered) {
    const sheet = bySheetPart.get(entry.name);
    const scanner = sheet ? new SheetScanner(sheet.name, limits, totals) : null;
    const decoder = new TextDecoder();
    for await (const chunk of inflateEntry(handle, path, entry, entry.uncompressedSize)) {
      scanner?.push(decoder.decode(chunk, { stream: true }));
    }
    if (sheet && scanner) {
      scanner.push(decoder.decode());
      scanner.end();
      out.push({ ...sheet, rows: scanner.rows, cells: scanner.cells });
    }
  }
  return out;
}

/**
 * Check an .xlsx file against `limits` without loading it.
 * @throws AppError 'validation' naming the file and the problem (not a zip, old .xls, encrypted,
 *   zip bomb, too many rows or cells, a link to another workbook, damaged); 'not-found'
 */
export async function guardXlsx(input: ReadInput, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<XlsxFacts> {
  const { path, name } = inputFile(input);
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new AppError('not-found', `${name}: the file cannot be read (${(e as Error).message})`, { file: name });
  }
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(8);
    await handle.read(head, 0, 8, 0);
    if (head.equals(CFB_SIGNATURE)) await refuseCompoundFile(handle, name);
    if (!head.subarray(0, 4).equals(ZIP_SIGNATURE)) {
      throw refuse(name, 'this is not an .xlsx workbook (the file is not a zip archive)', { reason: 'not-zip' });
    }
    const entries = await readZipDirectory(handle, size);
    checkDirectory(name, entries, limits);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const workbook = byName.get('xl/workbook.xml');
    const rels = byName.get('xl/_rels/workbook.xml.rels');
    if (byName.has('xl/workbook.bin')) {
      throw refuse(name, 'this is a binary .xlsb workbook; open it in Excel and save it as .xlsx', { reason: 'xlsb' });
    }
    if (byName.has('content.xml') && byName.has('mimetype')) {
      throw refuse(name, 'this is an OpenDocument (.ods) spreadsheet; save it as .xlsx', { reason: 'ods' });
    }
    if (!workbook || !rels)
      throw refuse(name, 'this zip file is not an Excel workbook (no xl/workbook.xml)', { reason: 'not-xlsx' });
    const sheets = parseSheets(
      await partText(handle, path, workbook),
      parseRelationships(await partText(handle, path, rels)),
    );
    const scanned = await scanParts(handle, path, entries, sheets, limits);
    const link = entries.find((e) => e.name.startsWith('xl/externalLinks/') && e.name.endsWith('.xml'));
    if (link) {
      throw refuse(
        name,
        'the workbook links to other workbooks (external references); paste values and remove the links',
        {
          reason: 'external-link',
          part: link.name,
        },
      );
    }
    return { fileName: name, sha256: await sha256(path), sheets: scanned };
  } catch (e) {
    if (e instanceof SheetLimitError) throw refuse(name, e.message, e.details);
    if (e instanceof ZipFormatError) throw refuse(name, `the file is damaged: ${e.message}`, { reason: 'damaged' });
    throw e;
  } finally {
    await handle.close();
  }
}

/**
 * Read a whole .xlsx workbook into memory after checking it against `limits` (see guardXlsx).
 * @throws AppError 'validation' naming the file and the problem
 */
export async function openXlsx(path: ReadInput, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<ExcelJS.Workbook> {
  const facts = await guardXlsx(path, limits);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(inputFile(path).path);
  } catch (e) {
    throw refuse(facts.fileName, `the workbook cannot be read (${(e as Error).message})`, { reason: 'damaged' });
  }
  return wb;
}
