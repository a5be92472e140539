/**
 * Turning the renderer's file references into files on disk, and writing outputs so that
 * they only appear when complete. Uploads (browser mode) are stored by the bridge and found
 * here by id; a download is written to the transfer folder and fetched once by the page;
 * a path is used as given.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../src-shared/ipc/errors';
import type { FileRef, OutputDone, OutputRef } from '../../src-shared/ipc/files';
import { expireTransfers, findUpload, newTransferId, registerDownload, transferPath } from './files-store';

/** A readable file on disk with the name to show the user (an upload keeps its original name). */
export interface InputFile {
  path: string;
  name: string;
}

/**
 * The file behind `ref`.
 * @throws AppError 'not-found' when the path does not exist or the upload is unknown/expired
 */
export function resolveInput(ref: FileRef): InputFile {
  if (ref.kind === 'path') {
    if (!existsSync(ref.path) || !statSync(ref.path).isFile()) {
      throw new AppError('not-found', `${ref.path}: no such file`, { field: 'file' });
    }
    return { path: ref.path, name: basename(ref.path) };
  }
  const upload = findUpload(ref.uploadId);
  if (upload) return { path: upload.path, name: upload.name };
  throw new AppError('not-found', `${ref.name}: the upload is no longer available; choose the file again`, {
    field: 'file',
  });
}

/**
 * Write an output through `write(tempPath)`, then move it into place: a cancelled or failed
 * write leaves nothing behind (the temporary file is removed) and an existing file at the
 * target is only replaced by a complete one.
 * @throws whatever `write` throws (after cleaning up)
 */
export async function writeOutput(ref: OutputRef, write: (tempPath: string) => Promise<void>): Promise<OutputDone> {
  if (ref.kind === 'download') return writeDownload(ref.name, write);
  const target = ref.path;
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.part`);
  try {
    await write(temp);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  return { kind: 'path', path: target, bytes: statSync(target).size };
}

/** Write into the transfer folder and register the result as a one-time download. */
async function writeDownload(name: string, write: (tempPath: string) => Promise<void>): Promise<OutputDone> {
  expireTransfers();
  const id = newTransferId();
  const temp = transferPath(id, '.part');
  const done = transferPath(id, '.out');
  try {
    await write(temp);
    renameSync(temp, done);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  const bytes = statSync(done).size;
  registerDownload({ id, path: done, name: basename(name), bytes, touched: Date.now() });
  return { kind: 'download', downloadId: id, name: basename(name), bytes };
}
