/**
 * Parquet cloud bills (FOCUS exports of AWS Data Exports, Azure and GCP are Parquet): read
 * one row group at a time with hyparquet, each row turned into the text cells the CSV path
 * gives the aggregator, so both formats aggregate alike and memory holds one row group.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { AppError } from '../../../src-shared/ipc/errors';
import { BillingAggregator } from '../../engine/cloud-billing/aggregate';
import { bindFormat, BillingFileError } from '../../engine/cloud-billing/bind';
import { detectFormat, formatSpec } from '../../engine/cloud-billing/formats';
import type { BillingFileResult, ReadBillingOptions } from './read-billing';

/** The text a CSV export would hold for a Parquet value (timestamps as ISO, maps as JSON). */
export function parquetCellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
}

async function sha256Of(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, signal })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function corrupt(name: string, e: unknown): AppError {
  return new AppError('validation', `${name}: not a readable Parquet file (${(e as Error)?.message ?? String(e)})`, {
    file: name,
  });
}

/**
 * Read, check and aggregate a Parquet billing file, row group by row group.
 * @throws AppError 'validation' naming the file for a corrupt file, an unknown format or
 *   missing required columns; 'cancelled' when `signal` aborts (checked between row groups).
 *   Row-level problems are in `errors` (row = 1-based data row), not thrown.
 */
export async function readParquetBilling(
  file: { path: string; name: string },
  options: ReadBillingOptions,
): Promise<BillingFileResult> {
  const { signal, onProgress } = options;
  const cancelled = () => new AppError('cancelled', `${file.name}: import cancelled`, { file: file.name });
  const totalBytes = (await stat(file.path)).size;
  let sha256: string;
  try {
    sha256 = await sha256Of(file.path, signal);
  } catch (e) {
    if (signal?.aborted) throw cancelled();
    throw e;
  }
  const buffer = await asyncBufferFromFile(file.path);
  let metadata: FileMetaData;
  let header: string[];
  try {
    metadata = await parquetMetadataAsync(buffer);
    header = parquetSchema(metadata).children.map((c) => c.element.name);
  } catch (e) {
    throw corrupt(file.name, e);
  }
  const format = options.format ?? detectFormat(header);
  if (format === null) {
    throw new AppError('validation', `${file.name}: not a FOCUS file or a known cloud billing export`, {
      file: file.name,
    });
  }
  let aggregator: BillingAggregator;
  try {
    aggregator = new BillingAggregator(bindFormat(formatSpec(format, options.azureCost), header, file.name), options);
  } catch (e) {
    if (e instanceof BillingFileError) {
      throw new AppError('validation', e.message, { file: file.name, missing: e.missing });
    }
    throw e;
  }
  const totalRows = Number(metadata.num_rows);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    if (signal?.aborted) throw cancelled();
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: unknown[][] = [];
    try {
      await parquetRead({
        file: buffer,
        metadata,
        rowStart,
        rowEnd,
        compressors,
        onComplete: (r) => (rows = r),
      });
    } catch (e) {
      throw corrupt(file.name, e);
    }
    const cells: string[] = new Array<string>(header.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      for (let c = 0; c < header.length; c++) cells[c] = parquetCellText(row[c]);
      aggregator.add(cells, rowStart + i + 1);
    }
    rowStart = rowEnd;
    onProgress?.({
      bytesRead: totalRows > 0 ? Math.round((totalBytes * rowStart) / totalRows) : totalBytes,
      totalBytes,
      rows: aggregator.rowsSeen,
    });
  }
  if (signal?.aborted) throw cancelled();
  return { ...aggregator.result(), fileName: file.name, sha256, format, gzip: false };
}
