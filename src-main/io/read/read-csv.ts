/**
 * Reading a CSV file as a one-sheet table source: encoding and delimiter detected (or chosen),
 * RFC 4180 quoting, cells kept as raw text, rows streamed in chunks (a 200,000-row file is never
 * held whole). The file is read once up front for its SHA-256 and encoding, then once per
 * iteration of `rows()`.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { AppError } from '../../../src-shared/ipc/errors';
import { scanCsvFile, type CsvEncoding } from './csv-encoding';
import { CsvParser, CsvSyntaxError, type CsvRecord } from './csv-parser';
import { sniffDelimiter } from './csv-sniff';
import { inputFile, type CsvOptions, type ReadInput, type SourceRow, type TableSource } from './table-source';

export interface CsvLimits {
  /** Most records in the file. */
  maxRows: number;
  /** Longest single field, characters (an unbalanced quote would otherwise swallow the file). */
  maxFieldChars: number;
}

export const DEFAULT_CSV_LIMITS: CsvLimits = { maxRows: 1_000_000, maxFieldChars: 1_000_000 };

const SAMPLE_BYTES = 64 * 1024;
/**
 * Bytes parsed at a time. Small on purpose: a chunk's parsed rows live until the caller has
 * been through them, and at 1 MB (~20,000 rows) they outlived young-generation collections and
 * were copied into the old generation only to die there (~25% of a 200,000-row scan's CPU).
 */
const CHUNK_BYTES = 1 << 16;

async function readSample(path: string, encoding: CsvEncoding, fileBytes: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(SAMPLE_BYTES, fileBytes));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return new TextDecoder(encoding).decode(buf.subarray(0, bytesRead), { stream: true });
  } finally {
    await handle.close();
  }
}

/**
 * Open a CSV file for reading. Detection reads the file once (hash, encoding) plus its first
 * 64 KB (delimiter); rows are parsed when `sheets[0].rows()` is iterated.
 * @throws AppError 'validation' naming the file and row for an unterminated quote, an overlong
 *   field or too many rows (while iterating); 'not-found' when the file cannot be read
 */
export async function readCsv(
  input: ReadInput,
  options: CsvOptions = {},
  limits: Partial<CsvLimits> = {},
): Promise<TableSource> {
  const file = inputFile(input);
  const lim = { ...DEFAULT_CSV_LIMITS, ...limits };
  let facts;
  try {
    facts = await scanCsvFile(file.path, options.encoding);
  } catch (e) {
    throw new AppError('not-found', `${file.name}: the file cannot be read (${(e as Error).message})`, {
      file: file.name,
    });
  }
  const { encoding } = facts;
  const delimiter =
    options.delimiter ??
    sniffDelimiter(await readSample(file.path, encoding, facts.bytes), facts.bytes <= SAMPLE_BYTES);
  const name = file.name.replace(/\.[^.]*$/, '') || file.name;
  return {
    fileName: file.name,
    sha256: facts.sha256,
    kind: 'csv',
    csv: { encoding, delimiter },
    sheets: [{ name, rows: () => csvRows(file, encoding, delimiter, lim) }],
  };
}

async function* csvRows(
  file: { path: string; name: string },
  encoding: CsvEncoding,
  delimiter: string,
  lim: CsvLimits,
): AsyncGenerator<SourceRow> {
  const decoder = new TextDecoder(encoding);
  const parser = new CsvParser(delimiter, lim.maxFieldChars);
  let count = 0;
  const check = (records: CsvRecord[]): CsvRecord[] => {
    count += records.length;
    if (count > lim.maxRows) {
      const row = records[records.length - 1]?.row ?? 0;
      throw new AppError('validation', `${file.name}: more than ${lim.maxRows} rows; split the file`, {
        file: file.name,
        row,
      });
    }
    return records;
  };
  try {
    for await (const chunk of createReadStream(file.path, { highWaterMark: CHUNK_BYTES })) {
      yield* check(parser.push(decoder.decode(chunk as Buffer, { stream: true })));
    }
    yield* check(parser.push(decoder.decode()));
    yield* check(parser.end());
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      throw new AppError('validation', `${file.name}: ${e.message}`, { file: file.name, row: e.row });
    }
    throw e;
  }
}
