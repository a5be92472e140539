import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared reference data folder (real billing samples, used as they are):
 * OUTLAY_REFERENCE_DIR, or `<repo root>/../shared/reference`. Throws naming the path when it
 * is missing, so a test never passes by silently skipping its data.
 */
export function referenceDir(): string {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = process.env.OUTLAY_REFERENCE_DIR ?? join(repoRoot, '..', 'shared', 'reference');
  if (!existsSync(dir)) {
    throw new Error(
      `Reference data folder not found: ${dir} (set OUTLAY_REFERENCE_DIR to the shared reference folder)`,
    );
  }
  return dir;
}

/** Path of one reference file (e.g. "focus/…csv"); throws naming the path when missing. */
export function referenceFile(relative: string): string {
  const path = join(referenceDir(), relative);
  if (!existsSync(path)) throw new Error(`Reference file not found: ${path}`);
  return path;
}
