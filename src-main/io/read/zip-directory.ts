/**
 * Reading a zip archive's central directory ourselves, before any unzip library sees the file:
 * it declares every part's compressed and uncompressed size, which is what zip-bomb limits are
 * checked against. Parts are then inflated with node's zlib, counting what really comes out
 * (a directory can lie).
 */
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  encrypted: boolean;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why an archive could not be read; the guard turns it into a message naming the file. */
export class ZipFormatError extends Error {}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  if (bytesRead < length) throw new ZipFormatError('the file ends early (truncated?)');
  return buf;
}

function u64(buf: Buffer, at: number): number {
  const value = buf.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('a size in the zip directory is impossible');
  return Number(value);
}

async function locateDirectory(handle: FileHandle, size: number): Promise<{ offset: number; length: number }> {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError('its zip directory is missing (truncated or damaged)');
  let length = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (
    (offset === 0xffffffff || length === 0xffffffff) &&
    at >= 20 &&
    tail.readUInt32LE(at - 20) === ZIP64_LOCATOR_SIG
  ) {
    const zip64 = await readAt(handle, u64(tail, at - 20 + 8), 56);
    if (zip64.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw new ZipFormatError('its zip64 directory is damaged');
    length = u64(zip64, 40);
    offset = u64(zip64, 48);
  }
  if (offset + length > size)
    throw new ZipFormatError('its zip directory points past the end of the file (truncated?)');
  if (length > MAX_DIRECTORY_BYTES) throw new ZipFormatError('its zip directory is implausibly large');
  return { offset, length };
}

/** Replace 0xFFFFFFFF sizes/offset with the values of the zip64 extra field, in the order the format fixes. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const len = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = (): number => {
        if (p + 8 > at + 4 + len) throw new ZipFormatError('a zip64 field is short');
        const v = u64(extra, p);
        p += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + len;
  }
}

/**
 * The entries of the zip archive open in `handle` (`size` bytes), from its central directory.
 * @throws ZipFormatError when the directory is missing or damaged
 */
export async function readZipDirectory(handle: FileHandle, size: number): Promise<ZipEntry[]> {
  const { offset, length } = await locateDirectory(handle, size);
  const dir = await readAt(handle, offset, length);
  const entries: ZipEntry[] = [];
  for (let at = 0; at + 46 <= dir.length;) {
    if (dir.readUInt32LE(at) !== CENTRAL_SIG) throw new ZipFormatError('its zip directory is damaged');
    const nameLength = dir.readUInt16LE(at + 28);
    const extraLength = dir.readUInt16LE(at + 30);
    const commentLength = dir.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > dir.length) throw new ZipFormatError('its zip directory is damaged');
    const entry: ZipEntry = {
      name: dir.toString('utf8', at + 46, at + 46 + nameLength),
      method: dir.readUInt16LE(at + 10),
      encrypted: (dir.readUInt16LE(at + 8) & 1) === 1,
      crc32: dir.readUInt32LE(at + 16),
      compressedSize: dir.readUInt32LE(at + 20),
      uncompressedSize: dir.readUInt32LE(at + 24),
      localHeaderOffset: dir.readUInt32LE(at + 42),
    };
    applyZip64(entry, dir.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at = end;
  }
  return entries;
}

/**
 * Where the (compressed) bytes of `entry` start: after its local header.
 * @throws ZipFormatError when the local header is not there
 */
export async function entryDataStart(handle: FileHandle, entry: ZipEntry): Promise<number> {
  const local = await readAt(handle, entry.localHeaderOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL_SIG) throw new ZipFormatError(`part ${entry.name} is damaged`);
  return entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}

/**
 * Stream the uncompressed bytes of `entry`, refusing to produce more than `maxBytes` (the
 * declared size, or less): a part whose real content is bigger than declared is a bomb.
 * @throws ZipFormatError for an unknown compression method, a damaged part or too many bytes
 */
export async function* inflateEntry(
  handle: FileHandle,
  path: string,
  entry: ZipEntry,
  maxBytes: number,
): AsyncGenerator<Buffer> {
  const start = await entryDataStart(handle, entry);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipFormatError(`part ${entry.name} uses an unsupported compression method (${entry.method})`);
  }
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
  const out: Readable = entry.method === 8 ? pipeline(raw, createInflateRaw(), () => {}) : raw;
  let produced = 0;
  try {
    for await (const chunk of out) {
      const buf = chunk as Buffer;
      produced += buf.length;
      if (produced > maxBytes) {
        throw new ZipFormatError(`part ${entry.name} holds more than its declared ${entry.uncompressedSize} bytes`);
      }
      yield buf;
    }
  } catch (e) {
    if (e instanceof ZipFormatError) throw e;
    throw new ZipFormatError(`part ${entry.name} is damaged (${(e as Error).message})`);
  } finally {
    out.destroy();
    raw.destroy();
  }
}
