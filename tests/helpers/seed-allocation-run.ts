import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

/** One balance an allocation run leaves on a node. */
export interface SeedBalance {
  target: string;
  amount: string;
  currency?: string;
}

/**
 * Store an allocation run of a month as the allocation screen would (its balances only),
 * with plain SQL through a second connection: earlier current runs of the same period and
 * basis become superseded. Stands in for the allocation helper's writer in rates tests.
 * Returns the run id.
 */
export function seedAllocationRun(
  path: string,
  period: string,
  balances: readonly SeedBalance[],
  basis: 'effective' | 'billed' = 'effective',
): string {
  const db = new Database(path);
  try {
    const id = randomUUID();
    db.transaction(() => {
      db.prepare(
        "UPDATE allocation_runs SET status = 'superseded' WHERE period = ? AND basis = ? AND status = 'current'",
      ).run(period, basis);
      db.prepare(
        "INSERT INTO allocation_runs (id, period, basis, status, inputs, ran_at, ran_by) VALUES (?, ?, ?, 'current', '{}', ?, 'test')",
      ).run(id, period, basis, `${period}-28T00:00:00Z`);
      const put = db.prepare('INSERT INTO allocation_balances (run_id, target, currency, amount) VALUES (?, ?, ?, ?)');
      for (const b of balances) put.run(id, b.target, b.currency ?? 'USD', b.amount);
    })();
    return id;
  } finally {
    db.close();
  }
}
