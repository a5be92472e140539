/**
 * Uploads and downloads of the browser bridge: files in one per-process temporary folder,
 * known only by random ids (a name the user gave is kept for display and never becomes a
 * path). The folder is removed when the last bridge stops and when the process exits;
 * entries nobody used for a few hours are removed on the way.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Uploads and downloads nobody touched for this long are deleted. */
export const TRANSFER_TTL_MS = 6 * 60 * 60 * 1000;

export interface StoredFile {
  id: string;
  /** The file's path inside the transfer folder. */
  path: string;
  /** The name the user sees (upload: the browser's file name; download: the name to save as). */
  name: string;
  bytes: number;
  /** Last time it was stored or used, ms since the epoch. */
  touched: number;
}

let dir: string | null = null;
let users = 0;
const uploads = new Map<string, StoredFile>();
const downloads = new Map<string, StoredFile>();

function removeAll(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
  uploads.clear();
  downloads.clear();
}

process.once('exit', removeAll);

/** The transfer folder, created on first use. */
export function transferDir(): string {
  dir ??= mkdtempSync(join(tmpdir(), 'outlay-transfers-'));
  return dir;
}

/** A fresh id: 16 random bytes as 32 hex characters. */
export function newTransferId(): string {
  return randomBytes(16).toString('hex');
}

/** A place in the transfer folder for a new file (nothing is created). */
export function transferPath(id: string, suffix: string): string {
  return join(transferDir(), `${id}${suffix}`);
}

/**
 * A bridge starts using the transfer folder; the returned function ends that use. When the
 * last user ends, every upload and download is deleted with the folder.
 */
export function acquireTransfers(): () => void {
  users += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    users -= 1;
    if (users === 0) removeAll();
  };
}

/** Delete uploads and downloads untouched since `now - TRANSFER_TTL_MS`. */
export function expireTransfers(now = Date.now()): void {
  for (const map of [uploads, downloads]) {
    for (const [id, f] of map) {
      if (now - f.touched <= TRANSFER_TTL_MS) continue;
      map.delete(id);
      rmSync(f.path, { force: true });
    }
  }
}

/** Record a complete upload already written to `file.path`. */
export function registerUpload(file: StoredFile): void {
  uploads.set(file.id, file);
}

/** The upload with this id, marked as used now; undefined when unknown or expired. */
export function findUpload(id: string, now = Date.now()): StoredFile | undefined {
  const f = uploads.get(id);
  if (f) f.touched = now;
  return f;
}

/** Record a complete output waiting to be downloaded once. */
export function registerDownload(file: StoredFile): void {
  downloads.set(file.id, file);
}

/**
 * Hand out a download and forget it: a second request for the same id finds nothing.
 * The caller deletes the file once it has been sent.
 */
export function takeDownload(id: string): StoredFile | undefined {
  const f = downloads.get(id);
  downloads.delete(id);
  return f;
}
