import { sql } from 'drizzle-orm';
import type { Account, CostCenter, Department, Service, TaxonomyEntry, Vendor } from '../../src-shared/model';
import type { Orm, Sqlite } from '../db/client';
import { accounts, costCenters, costPools, departments, services, towers, vendors } from '../db/schema';

export type DimensionKind = 'department' | 'cost-center' | 'service' | 'account' | 'vendor';

/** SQL table and the word people use, per dimension kind. */
export const DIMENSION_TABLES: Record<DimensionKind, { table: string; what: string }> = {
  department: { table: 'departments', what: 'Department' },
  'cost-center': { table: 'cost_centers', what: 'Cost center' },
  service: { table: 'services', what: 'Service' },
  account: { table: 'accounts', what: 'Account' },
  vendor: { table: 'vendors', what: 'Vendor' },
};

const byCode = (t: { code: unknown }) => sql`upper(${t.code})`;

export const listDepartments = (orm: Orm): Department[] =>
  orm.select().from(departments).orderBy(byCode(departments)).all();
export const listCostCenters = (orm: Orm): CostCenter[] =>
  orm.select().from(costCenters).orderBy(byCode(costCenters)).all();
export const listServices = (orm: Orm): Service[] => orm.select().from(services).orderBy(byCode(services)).all();
export const listAccounts = (orm: Orm): Account[] => orm.select().from(accounts).orderBy(byCode(accounts)).all();
export const listVendors = (orm: Orm): Vendor[] => orm.select().from(vendors).orderBy(byCode(vendors)).all();
export const listTowers = (orm: Orm): TaxonomyEntry[] => orm.select().from(towers).orderBy(byCode(towers)).all();
export const listCostPools = (orm: Orm): TaxonomyEntry[] =>
  orm.select().from(costPools).orderBy(byCode(costPools)).all();

/** Id and code of every row of a dimension table (for uniqueness checks). */
export function codesOf(db: Sqlite, table: string): { id: string; code: string }[] {
  return db.prepare(`SELECT id, code FROM "${table}"`).all() as { id: string; code: string }[];
}

/** The row with this code, compared case-insensitively, if any. */
export function findByCode(db: Sqlite, table: string, code: string): { id: string; code: string } | undefined {
  return db.prepare(`SELECT id, code FROM "${table}" WHERE upper(code) = upper(?)`).get(code) as
    { id: string; code: string } | undefined;
}

export function exists(db: Sqlite, table: string, id: string): boolean {
  return db.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(id) !== undefined;
}

/** How many rows elsewhere refer to a dimension row, per referring table (only non-zero counts). */
export function referencesTo(db: Sqlite, kind: DimensionKind, id: string): { table: string; count: number }[] {
  const column: Record<DimensionKind, string> = {
    department: 'department_id',
    'cost-center': 'cost_center_id',
    service: 'service_id',
    account: 'account_id',
    vendor: 'vendor_id',
  };
  const sources: [string, string][] =
    kind === 'department'
      ? [
          ['cost_centers', 'department_id'],
          ['service_usage', 'department_id'],
          ['chargeback_units', 'department_id'],
          ['invoices', 'department_id'],
          ['chargeback_adjustments', 'department_id'],
        ]
      : [
          ['budget_lines', column[kind]],
          ['actuals', column[kind]],
          ['assets', column[kind]],
          ['contracts', column[kind]],
          ['cost_items', column[kind]],
          ...(kind === 'cost-center' ? ([['cost_centers', 'parent_id']] as [string, string][]) : []),
        ];
  return sources
    .map(([table, col]) => ({
      table,
      count: (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE "${col}" = ?`).get(id) as { n: number }).n,
    }))
    .filter((r) => r.count > 0);
}
