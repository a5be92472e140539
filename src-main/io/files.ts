/**
 * Turning the renderer's file references into files on disk, and writing outputs so that
 * they only appear when complete. Uploads and downloads (browser mode) are registered by the
 * files service; a path is used as given.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../src-shared/ipc/errors';
import type { FileRef, OutputDone, OutputRef } from '../../src-shared/ipc/files';

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
  if (ref.kind === 'download') {
    throw new AppError('bad-request', 'downloads are not available in this build', { field: 'output' });
  }
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
