import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Orm = BetterSQLite3Database<typeof schema>;

export interface ConnectOptions {
  /** Path to a better-sqlite3 build for another ABI (Electron); the Node build when absent. */
  nativeBinding?: string;
}

/**
 * Open a workbook file read-write with Outlay's pragmas: WAL, foreign keys on,
 * synchronous NORMAL (durable at checkpoints, safe against corruption in WAL mode).
 * The caller has already checked that the file is a workbook.
 */
export function connect(path: string, opts: ConnectOptions = {}): Sqlite {
  const db = new Database(path, {
    fileMustExist: true,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Create a new, empty database file (the caller sets application_id and migrates). */
export function connectNew(path: string, opts: ConnectOptions = {}): Sqlite {
  const db = new Database(path, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  return db;
}

/** Open an in-memory copy of a database image (for checks that must not touch the file). */
export function connectImage(image: Buffer, opts: ConnectOptions = {}): Sqlite {
  return new Database(image, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
}

/** The drizzle query builder over a connection. */
export function orm(db: Sqlite): Orm {
  return drizzle(db, { schema });
}
