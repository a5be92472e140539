import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { AppError } from '../../src-shared/ipc/errors';
import type { WorkbookSettings } from '../../src-shared/model';
import { connect, connectNew, orm, type Sqlite } from '../db/client';
import { OUTLAY_APPLICATION_ID } from '../db/constants';
import { checkWorkbookFile, firstProblem } from '../db/file-check';
import { migrate, readSchemaVersion, type Migration } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { DemoData } from '../demo/types';
import { readSettings } from '../repo/settings-repo';
import { seedWorkbook } from './seed';
import { Session } from './session';
import type { OpenOptions, WorkbookSession } from './session-api';

/** The schema version this build writes: the number of migrations it ships. */
export const SCHEMA_VERSION = MIGRATIONS.length;

export interface CreateOptions extends OpenOptions {
  /** Workbook name (default: the file name without extension, or the demo's). */
  name?: string;
  /** ISO 4217 code (default USD, or the demo's). */
  baseCurrency?: string;
  /** 1 = January … 12 = December (default 1, or the demo's). */
  fyStartMonth?: number;
  /** Actor of journal entries (default: the OS user, or the demo's). */
  userName?: string;
  /** Generated content written with the workbook, in the one 'workbook/create' journal entry. */
  demo?: DemoData;
}

/** Where the copy taken before migrating from `version` goes: "plan.outlay" → "plan.backup-v1.outlay". */
export function backupPathFor(path: string, version: number): string {
  const ext = extname(path);
  const stem = join(dirname(path), basename(path, ext));
  let candidate = `${stem}.backup-v${version}${ext || '.outlay'}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${stem}.backup-v${version}-${n}${ext || '.outlay'}`;
  return candidate;
}

function removeQuietly(...paths: string[]): void {
  for (const p of paths) rmSync(p, { force: true });
}

/**
 * Open an existing workbook (internal form: the migration list is a parameter so tests
 * can play a newer app). Refuses files that are not workbooks, are damaged or are newer,
 * leaving them untouched; takes a backup copy before applying pending migrations.
 */
export function openWorkbookWith(path: string, opts: OpenOptions, migrations: readonly Migration[]): WorkbookSession {
  const file = resolve(path);
  const header = checkWorkbookFile(file, migrations.length, opts);
  let backedUp = false;
  if (header.schemaVersion < migrations.length && !header.hasWal) {
    copyFileSync(file, backupPathFor(file, header.schemaVersion), 1 /* COPYFILE_EXCL */);
    backedUp = true;
  }
  let db: Sqlite | undefined;
  try {
    db = connect(file, opts);
    if (header.hasWal) {
      // The checks that needed the -wal contents run now, on the recovered database.
      const problem = firstProblem(db.pragma('quick_check') as { quick_check: string }[]);
      if (problem)
        throw new AppError('corrupt-workbook', `"${basename(file)}" is a damaged Outlay workbook: ${problem}.`, {
          file,
        });
    }
    const version = readSchemaVersion(db);
    if (version > migrations.length) {
      throw new AppError(
        'newer-schema',
        `"${basename(file)}" was saved by a newer version of Outlay (schema ${version}).`,
        { file },
      );
    }
    if (version < migrations.length) {
      if (!backedUp) db.prepare('VACUUM INTO ?').run(backupPathFor(file, version));
      migrate(db, migrations);
    }
    try {
      readSettings(orm(db));
    } catch {
      throw new AppError(
        'corrupt-workbook',
        `"${basename(file)}" has no workbook settings; it was not created by Outlay.`,
        { file },
      );
    }
    return new Session(file, db, opts.now ?? (() => new Date()));
  } catch (e) {
    db?.close();
    throw e;
  }
}

/**
 * Open the workbook at `path`. Throws AppError 'not-found', 'not-a-workbook',
 * 'corrupt-workbook' (file left byte-for-byte unchanged) or 'newer-schema'.
 * When the file has an older schema, a copy "<name>.backup-v<old>.outlay" is made first.
 */
export function openWorkbook(path: string, opts: OpenOptions = {}): WorkbookSession {
  return openWorkbookWith(path, opts, MIGRATIONS);
}

/**
 * Create a new workbook file at `path` and open it. Never overwrites: an existing file
 * is refused with AppError 'conflict'. The file is built under a temporary name and
 * appears complete or not at all. Settings come from `opts`, then the demo's settings,
 * then defaults. Seeds currencies, the TBM v4 taxonomy and a Baseline scenario (unless
 * the demo brings scenarios); with `demo`, writes all its rows in one transaction.
 */
export function createWorkbook(path: string, opts: CreateOptions = {}): WorkbookSession {
  const file = resolve(path);
  if (existsSync(file))
    throw new AppError('conflict', `"${file}" already exists; Outlay does not overwrite files.`, { file });
  if (!existsSync(dirname(file))) {
    throw new AppError('not-found', `The folder "${dirname(file)}" does not exist.`, { file });
  }
  const now = opts.now ?? (() => new Date());
  const defaults: WorkbookSettings = {
    name: basename(file, extname(file)),
    baseCurrency: 'USD',
    fyStartMonth: 1,
    fiscalCalendar: 'calendar-months',
    userName: safeUserName(),
  };
  const given = Object.fromEntries(
    (['name', 'baseCurrency', 'fyStartMonth', 'userName'] as const)
      .filter((k) => opts[k] !== undefined)
      .map((k) => [k, opts[k]]),
  );
  const settings: WorkbookSettings = { ...defaults, ...opts.demo?.settings, ...given };
  if (!Number.isInteger(settings.fyStartMonth) || settings.fyStartMonth < 1 || settings.fyStartMonth > 12) {
    throw new AppError('validation', `The fiscal year start month must be 1–12, not ${settings.fyStartMonth}.`, {
      field: 'fyStartMonth',
    });
  }
  const tmp = join(dirname(file), `.${basename(file)}.${randomUUID()}.creating`);
  try {
    const db = connectNew(tmp, opts);
    try {
      db.pragma(`application_id = ${OUTLAY_APPLICATION_ID}`);
      migrate(db, MIGRATIONS);
      seedWorkbook(db, settings, now(), opts.demo);
    } finally {
      db.close();
    }
    publish(tmp, file);
  } finally {
    removeQuietly(tmp, `${tmp}-wal`, `${tmp}-shm`);
  }
  return openWorkbookWith(file, opts, MIGRATIONS);
}

/** Give the finished temporary file its name without ever replacing an existing file. */
function publish(tmp: string, file: string): void {
  try {
    linkSync(tmp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new AppError('conflict', `"${file}" already exists; Outlay does not overwrite files.`, { file });
    // Filesystems without hard links: an exclusive copy still refuses to overwrite.
    copyFileSync(tmp, file, 1 /* COPYFILE_EXCL */);
  }
}

function safeUserName(): string {
  try {
    return userInfo().username || 'user';
  } catch {
    return 'user';
  }
}
