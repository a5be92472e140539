import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../src-shared/ipc/errors';
import { generateDemo } from './demo/generate';
import { createWorkbook, openWorkbook } from './services';
import type { OpenOptions, WorkbookSession } from './services/session-api';

/** Seed of the first-start demo workbook, so every new user sees the same organisation. */
export const DEMO_SEED = 1;

function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Opens the demo workbook at `path`, generating it first when there is none: budgets
 * for the current and next fiscal year and 36 months of actuals up to today. Creation
 * is atomic, so when two starts race the loser simply opens the winner's file.
 */
export async function openOrCreateDemo(path: string, opts: OpenOptions = {}): Promise<WorkbookSession> {
  if (existsSync(path)) return openWorkbook(path, opts);
  mkdirSync(dirname(path), { recursive: true });
  const asOf = isoDate(opts.now?.() ?? new Date());
  try {
    return await createWorkbook(path, { ...opts, demo: generateDemo({ seed: DEMO_SEED, asOf, chargeback: true }) });
  } catch (e) {
    if (e instanceof AppError && e.code === 'conflict') return openWorkbook(path, opts);
    throw e;
  }
}
