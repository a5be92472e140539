/**
 * Streaming import of one cloud billing file (FOCUS or a native export; .csv or .csv.gz):
 * the bytes are hashed, inflated and parsed in 64 KB pieces and each row goes straight into
 * the aggregator, so memory holds the aggregates, never the file. One pass over the file.
 *
 * The rows come from the CSV reader's incremental parser (`../read/csv-parser`) rather than
 * `readCsv` itself: `readCsv` opens a path twice (hash, then rows) and cannot read gzip.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../../src-shared/ipc/errors';
import { BillingAggregator } from '../../engine/cloud-billing/aggregate';
import type { AggregateOptions, AggregateResult } from '../../engine/cloud-billing/aggregate-types';
import { bindFormat, BillingFileError } from '../../engine/cloud-billing/bind';
import type { BillingFormat } from '../../engine/cloud-billing/focus-columns';
import { detectFormat, formatSpec } from '../../engine/cloud-billing/formats';
import { CsvParser, CsvSyntaxError, type CsvRecord } from '../read/csv-parser';
import { sniffDelimiter } from '../read/csv-sniff';
import { inputFile, type ReadInput } from '../read/table-source';

const CHUNK_BYTES = 1 << 16;
const PROGRESS_BYTES = 1 << 20;

export interface BillingProgress {
  /** File bytes read so far (compressed bytes for .gz) and the file's size. */
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export interface ReadBillingOptions extends AggregateOptions {
  /** Forced format; detected from the header row when absent. */
  format?: BillingFormat;
  /** Azure exports: whether `Cost` is actual (billed) or amortized (effective) cost. */
  azureCost?: 'actual' | 'amortized';
  onProgress?: (progress: BillingProgress) => void;
  signal?: AbortSignal;
}

export interface BillingFileResult extends AggregateResult {
  fileName: string;
  /** SHA-256 of the file's bytes as stored (the .gz itself for a compressed file), hex. */
  sha256: string;
  format: BillingFormat;
  gzip: boolean;
}

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * Read, check and aggregate a billing file.
 * @throws AppError 'validation' naming the file (and the missing columns, or the row of a CSV
 *   syntax error) for an unknown format, missing required columns or a truncated gzip;
 *   'not-found' when the file cannot be read; 'cancelled' when `signal` aborts.
 *   Row-level problems (bad number, bad date, missing currency) are in `errors`, not thrown.
 */
export async function readBillingFile(input: ReadInput, options: ReadBillingOptions): Promise<BillingFileResult> {
  const file = inputFile(input);
  let totalBytes: number;
  let gzip: boolean;
  try {
    totalBytes = (await stat(file.path)).size;
    gzip = await isGzip(file.path);
  } catch (e) {
    throw new AppError('not-found', `${file.name}: the file cannot be read (${(e as Error).message})`, {
      file: file.name,
    });
  }
  const hash = createHash('sha256');
  let bytesRead = 0;
  let nextProgress = PROGRESS_BYTES;
  let aggregator: BillingAggregator | null = null;
  let format: BillingFormat | null = options.format ?? null;
  let parser: CsvParser | null = null;
  const decoder = new TextDecoder('utf-8');

  const take = (records: CsvRecord[]): void => {
    for (const r of records) {
      if (aggregator) aggregator.add(r.cells, r.row);
      else {
        format ??= detectFormat(r.cells);
        if (format === null) {
          throw new AppError('validation', `${file.name}: not a FOCUS file or a known cloud billing export`, {
            file: file.name,
            row: r.row,
          });
        }
        aggregator = new BillingAggregator(
          bindFormat(formatSpec(format, options.azureCost), r.cells, file.name),
          options,
        );
      }
    }
  };
  const hasher = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  // pipeline reports a consumer's own error as an abort of the stages: keep it to rethrow.
  let refused: unknown = null;
  const consume = async (source: AsyncIterable<Buffer>): Promise<void> => {
    try {
      await parse(source);
    } catch (e) {
      refused = e;
      throw e;
    }
  };
  const parse = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      const text = decoder.decode(chunk, { stream: true });
      parser ??= new CsvParser(sniffDelimiter(text, false), 10_000_000);
      take(parser.push(text));
      if (options.onProgress && bytesRead >= nextProgress) {
        nextProgress = bytesRead + PROGRESS_BYTES;
        options.onProgress({ bytesRead, totalBytes, rows: aggregator?.rowsSeen ?? 0 });
      }
    }
    parser ??= new CsvParser(',');
    take(parser.push(decoder.decode()));
    take(parser.end());
  };

  try {
    const raw = createReadStream(file.path, { highWaterMark: CHUNK_BYTES });
    const stages = { signal: options.signal };
    if (gzip) await pipeline(raw, hasher, createGunzip({ chunkSize: CHUNK_BYTES }), consume, stages);
    else await pipeline(raw, hasher, consume, stages);
  } catch (e) {
    throw billingError(refused ?? e, file.name, gzip, options.signal?.aborted === true);
  }
  const done = aggregator as BillingAggregator | null;
  if (done === null || format === null) {
    throw new AppError('validation', `${file.name}: the file is empty (no header row)`, { file: file.name });
  }
  options.onProgress?.({ bytesRead, totalBytes, rows: done.rowsSeen });
  return { ...done.result(), fileName: file.name, sha256: hash.digest('hex'), format, gzip };
}

function billingError(e: unknown, name: string, gzip: boolean, aborted: boolean): Error {
  if (e instanceof AppError) return e;
  if (e instanceof BillingFileError) return new AppError('validation', e.message, { file: name, missing: e.missing });
  if (e instanceof CsvSyntaxError)
    return new AppError('validation', `${name}: ${e.message}`, { file: name, row: e.row });
  const err = e as NodeJS.ErrnoException;
  if (aborted) return new AppError('cancelled', `${name}: import cancelled`, { file: name });
  if (
    gzip &&
    (err?.code === 'Z_BUF_ERROR' || err?.code === 'Z_DATA_ERROR' || /unexpected end/i.test(err?.message ?? ''))
  ) {
    return new AppError('validation', `${name}: the gzip file is truncated or corrupt (${err.message})`, {
      file: name,
    });
  }
  return new AppError('not-found', `${name}: the file cannot be read (${err?.message ?? String(e)})`, { file: name });
}
