import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TABLE_META } from '../../../src-main/db/table-meta';
import type { WorkbookSession } from '../../../src-main/services';

/** A fresh folder under the OS temp dir; remove() deletes it. */
export function tempDir(prefix = 'outlay-test-'): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
export const listing = (dir: string) => readdirSync(dir).sort();

/**
 * Every row of every table except the journal, ordered by primary key: the state to compare.
 * A table an older schema does not have yet dumps as empty, as the migration creates it.
 */
export function dumpState(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck();
    for (const [name, meta] of TABLE_META) {
      if (name === 'journal') continue;
      if (!exists.get(name)) {
        out[name] = [];
        continue;
      }
      // A column a later version added reads as NULL, as the upgrade leaves it.
      const have = new Set(
        (db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[]).map((c) => c.name),
      );
      const cols = meta.columns.map((c) => (have.has(c) ? `"${c}"` : `NULL AS "${c}"`)).join(', ');
      out[name] = db
        .prepare(`SELECT ${cols} FROM "${name}" ORDER BY ${meta.key.map((k) => `"${k}"`).join(', ')}`)
        .all();
    }
    return out;
  } finally {
    db.close();
  }
}

export const FIXED_NOW = () => new Date('2026-03-15T10:00:00Z');

/** One of each dimension and the baseline scenario's id, made through the contract. */
export async function seedBasics(s: WorkbookSession) {
  const dims = await s.call('dimensions/get-all', {});
  const dep = await s.call('dimensions/save', {
    kind: 'department',
    row: { code: 'INF', name: 'Infrastructure', owner: 'Ada' },
  });
  const cc = await s.call('dimensions/save', {
    kind: 'cost-center',
    row: { code: 'CC-100', name: 'Servers', departmentId: dep.id, parentId: null, owner: 'Ada' },
  });
  const svc = await s.call('dimensions/save', {
    kind: 'service',
    row: {
      code: 'SVC-HOST',
      name: 'Hosting',
      towerId: dims.towers[0]!.id,
      costPoolId: dims.costPools[0]!.id,
      owner: '',
    },
  });
  const acc = await s.call('dimensions/save', {
    kind: 'account',
    row: { code: '6100', name: 'Software', expenseType: 'OpEx' },
  });
  const ven = await s.call('dimensions/save', { kind: 'vendor', row: { code: 'ACME', name: 'Acme Corp' } });
  const scenarios = await s.call('scenario/list', {});
  return {
    departmentId: dep.id,
    costCenterId: cc.id,
    serviceId: svc.id,
    accountId: acc.id,
    vendorId: ven.id,
    scenarioId: scenarios[0]!.id,
    towerId: dims.towers[0]!.id,
    costPoolId: dims.costPools[0]!.id,
  };
}

export type Basics = Awaited<ReturnType<typeof seedBasics>>;

/** Add a budget line with the basic dimensions; returns its id. */
export async function addLine(
  s: WorkbookSession,
  b: Basics,
  description = 'Licences',
  fiscalYear = 2026,
): Promise<string> {
  const r = await s.call('budget/add-line', {
    scenarioId: b.scenarioId,
    fiscalYear,
    fields: {
      costCenterId: b.costCenterId,
      serviceId: b.serviceId,
      accountId: b.accountId,
      vendorId: b.vendorId,
      currency: 'USD',
      expenseType: 'OpEx',
      description,
    },
  });
  return r.lines[0]!.id;
}
