import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openWorkbook, type WorkbookSession } from '../services';
import { InputError } from './cli-error';

/**
 * Open an existing workbook for a CLI command. A missing path or a folder is refused
 * here with a short message; anything else (not a workbook, damaged, newer) comes from
 * openWorkbook as an AppError, which the CLI reports in one line with exit code 1.
 */
export async function openExisting(path: string): Promise<WorkbookSession> {
  return openWorkbook(checkExisting(path));
}

/** The absolute path of an existing regular file; InputError otherwise. */
export function checkExisting(path: string): string {
  const file = resolve(path);
  if (!existsSync(file)) throw new InputError(`${file} does not exist`);
  if (!statSync(file).isFile()) throw new InputError(`${file} is not a file`);
  return file;
}

/** Run `fn` on an open workbook and always close it. */
export async function withWorkbook<T>(path: string, fn: (s: WorkbookSession) => Promise<T>): Promise<T> {
  const session = await openExisting(path);
  try {
    return await fn(session);
  } finally {
    session.close();
  }
}
