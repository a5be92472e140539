import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The shared reference data (real billing samples and their SOURCES.md): OUTLAY_REFERENCE_DIR,
 * or `<repo root>/../shared/reference`. Missing data is an error naming the path, never a skip.
 */
export function referenceDir(): string {
  const dir = process.env.OUTLAY_REFERENCE_DIR ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'reference');
  if (!existsSync(dir)) {
    throw new Error(`reference data not found at ${dir} (set OUTLAY_REFERENCE_DIR to the shared/reference folder)`);
  }
  return dir;
}

/** The path of a reference file, e.g. `referenceFile('focus', 'x.csv')`; throws naming it when missing. */
export function referenceFile(...parts: string[]): string {
  const path = join(referenceDir(), ...parts);
  if (!existsSync(path)) throw new Error(`reference file not found: ${path}`);
  return path;
}
