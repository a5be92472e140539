import type { Database } from 'better-sqlite3';

/** One drizzle-kit migration: its tag (file name) and SQL with statement breakpoints. */
export interface Migration {
  tag: string;
  sql: string;
}

const BREAKPOINT = '--> statement-breakpoint';

/** Schema version of an open database: how many migrations it has applied (PRAGMA user_version). */
export function readSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Apply the migrations after the database's current version, all in one transaction,
 * and record the new version in PRAGMA user_version. Foreign keys are switched off
 * while migrating (drizzle-kit rebuilds tables by copy) and checked before commit.
 * Returns the versions before and after. Throws if the database is newer than `migrations`.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  const from = readSchemaVersion(db);
  if (from > migrations.length) {
    throw new Error(`schema version ${from} is newer than this app's ${migrations.length}`);
  }
  if (from === migrations.length) return { from, to: from };
  const fkWasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of migrations.slice(from)) {
        for (const stmt of m.sql.split(BREAKPOINT)) {
          if (stmt.trim()) db.exec(stmt);
        }
      }
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`migration left ${broken.length} broken foreign keys`);
      db.pragma(`user_version = ${migrations.length}`);
    })();
  } finally {
    if (fkWasOn) db.pragma('foreign_keys = ON');
  }
  return { from, to: migrations.length };
}
