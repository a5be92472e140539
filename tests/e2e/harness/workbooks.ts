import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../../../src-main/demo/generate';
import type { DemoOptions } from '../../../src-main/demo/types';
import { createWorkbook, type CreateOptions } from '../../../src-main/services';

/** Today as YYYY-MM-DD in local time: the demo's "as of" date unless a test pins one. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const cacheDir = mkdtempSync(join(tmpdir(), 'outlay-e2e-cache-'));
const cache = new Map<string, string>();

/**
 * A fresh copy of a demo workbook in `dir`. Generating takes a second or two, so each
 * distinct demo is generated once per test file and copied for every test.
 */
export function demoWorkbookCopy(dir: string, demo: Partial<DemoOptions> = {}): string {
  const opts: DemoOptions = { seed: 1, asOf: today(), ...demo };
  const key = JSON.stringify(opts);
  let master = cache.get(key);
  if (!master || !existsSync(master)) {
    master = join(cacheDir, `demo-${cache.size + 1}.outlay`);
    createWorkbook(master, { demo: generateDemo(opts) }).close();
    cache.set(key, master);
  }
  const file = join(dir, 'Demo.outlay');
  copyFileSync(master, file);
  return file;
}

/** A new workbook with only the defaults (taxonomy, currencies, a Baseline scenario). */
export function emptyWorkbook(dir: string, opts: CreateOptions = {}): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'Empty.outlay');
  createWorkbook(file, opts).close();
  return file;
}
