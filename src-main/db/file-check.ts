import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../src-shared/ipc/errors';
import { connectImage, type ConnectOptions } from './client';
import { OUTLAY_APPLICATION_ID } from './constants';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

/** What the header of a workbook file says, read without SQLite. */
export interface WorkbookHeader {
  schemaVersion: number;
  /** True when a -wal file sits beside the file (it was not closed cleanly). */
  hasWal: boolean;
}

function readHeader(path: string): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(HEADER_SIZE);
    const n = readSync(fd, buf, 0, HEADER_SIZE, 0);
    return n === HEADER_SIZE ? buf : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Decide whether `path` is an Outlay workbook this version can open, touching nothing:
 * the header is read with plain file reads, and the integrity check runs on an
 * in-memory copy, so no -wal/-shm files appear and the file stays byte-for-byte as it was.
 * Throws AppError 'not-found', 'not-a-workbook', 'corrupt-workbook' or 'newer-schema'.
 */
export function checkWorkbookFile(path: string, appSchemaVersion: number, opts: ConnectOptions = {}): WorkbookHeader {
  const name = basename(path);
  if (!existsSync(path)) throw new AppError('not-found', `There is no file "${path}".`, { file: path });
  const st = statSync(path);
  const notWorkbook = (why: string) =>
    new AppError('not-a-workbook', `"${name}" is not an Outlay workbook: ${why}.`, { file: path });
  const corrupt = (why: string) =>
    new AppError('corrupt-workbook', `"${name}" is a damaged Outlay workbook and was not opened: ${why}.`, {
      file: path,
    });
  if (!st.isFile()) throw notWorkbook('it is not a file');
  const header = readHeader(path);
  if (!header || !header.subarray(0, 16).equals(MAGIC)) throw notWorkbook('it is not a SQLite database');

  const appId = header.readUInt32BE(68);
  if (appId !== OUTLAY_APPLICATION_ID) {
    throw notWorkbook(
      `it is a SQLite database of another application (application_id 0x${appId.toString(16).padStart(8, '0')})`,
    );
  }
  const schemaVersion = header.readInt32BE(60);
  if (schemaVersion > appSchemaVersion) {
    throw new AppError(
      'newer-schema',
      `"${name}" was saved by a newer version of Outlay (schema ${schemaVersion}; this version reads up to ${appSchemaVersion}). Update Outlay to open it; the file was left unchanged.`,
      { file: path, schemaVersion, appSchemaVersion },
    );
  }

  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0)
    throw corrupt(`its header has an invalid page size ${rawPageSize}`);
  if (st.size % pageSize !== 0) throw corrupt('it is truncated (its size is not a whole number of pages)');
  // The in-header page count is valid only when its "valid-for" counter matches the change counter.
  const pageCount = header.readUInt32BE(28);
  if (header.readUInt32BE(92) === header.readUInt32BE(24) && st.size < pageCount * pageSize) {
    throw corrupt(`it is truncated (${st.size} bytes, the header says ${pageCount * pageSize})`);
  }

  const walPath = `${path}-wal`;
  const hasWal = existsSync(walPath) && statSync(walPath).size > 0;
  // With a pending -wal the main file alone may be mid-checkpoint; the caller checks after opening.
  if (!hasWal) {
    const problem = quickCheckImage(readFileSync(path), opts);
    if (problem) throw corrupt(problem);
  }
  return { schemaVersion, hasWal };
}

/** Run PRAGMA quick_check on an in-memory image; returns the first problem or null. */
function quickCheckImage(image: Buffer, opts: ConnectOptions): string | null {
  // An in-memory database cannot be in WAL mode: mark the copy as rollback-journal.
  image[18] = 1;
  image[19] = 1;
  try {
    const db = connectImage(image, opts);
    try {
      return firstProblem(db.pragma('quick_check') as { quick_check: string }[]);
    } finally {
      db.close();
    }
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The first problem a quick_check/integrity_check reports (one short line), or null when "ok". */
export function firstProblem(rows: { quick_check?: string; integrity_check?: string }[]): string | null {
  const lines = rows
    .flatMap((r) => (r.quick_check ?? r.integrity_check ?? '').split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('***'));
  if (lines.length === 1 && lines[0] === 'ok') return null;
  const first = lines[0] ?? 'unknown problem';
  return first.length > 200 ? `${first.slice(0, 200)}…` : first;
}
