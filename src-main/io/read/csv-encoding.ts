/**
 * Which text encoding a CSV file is in, from its bytes: a byte-order mark decides; without one,
 * text that is valid UTF-8 is UTF-8 and anything else is taken as Windows-1252 (what Excel and
 * most Western ERP exports write). UTF-16 without a mark is recognised by its zero bytes.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { CsvOptions } from './table-source';

export type CsvEncoding = Required<CsvOptions>['encoding'];

/** What one pass over the file learns: its hash, its encoding and whether it is valid UTF-8. */
export interface CsvFileFacts {
  sha256: string;
  encoding: CsvEncoding;
  bytes: number;
}

/** The encoding a byte-order mark at the start of `head` announces, if any. */
export function bomEncoding(head: Uint8Array): CsvEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte-order mark: in Latin text every other byte is zero. Needs a clear
 * majority so a binary-ish UTF-8 file is not mistaken for it.
 */
export function unmarkedUtf16(head: Uint8Array): CsvEncoding | null {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZero++;
    if (head[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

/**
 * Read the file once, streaming: SHA-256 of its bytes and the encoding to decode it with
 * (`forced` when the user chose one).
 */
export async function scanCsvFile(path: string, forced?: CsvEncoding): Promise<CsvFileFacts> {
  const hash = createHash('sha256');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let validUtf8 = true;
  let head: Uint8Array | null = null;
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    hash.update(buf);
    bytes += buf.length;
    head ??= buf.subarray(0, 4096);
    if (validUtf8 && !forced) {
      try {
        utf8.decode(buf, { stream: true });
      } catch {
        validUtf8 = false;
      }
    }
  }
  if (validUtf8 && !forced) {
    try {
      utf8.decode();
    } catch {
      validUtf8 = false;
    }
  }
  const start = head ?? new Uint8Array();
  const encoding = forced ?? bomEncoding(start) ?? unmarkedUtf16(start) ?? (validUtf8 ? 'utf-8' : 'windows-1252');
  return { sha256: hash.digest('hex'), encoding, bytes };
}
