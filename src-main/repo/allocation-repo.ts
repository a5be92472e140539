import type { AllocationDriverRecord, AllocationRuleRecord, DriverQuantity } from '../../src-shared/model/allocation';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

interface RuleDbRow {
  id: string;
  position: number;
  name: string;
  source: string;
  method: string;
  enabled: number;
  note: string;
}

const ruleFromRow = (r: RuleDbRow): AllocationRuleRecord => ({
  id: r.id,
  position: r.position,
  name: r.name,
  source: JSON.parse(r.source) as AllocationRuleRecord['source'],
  method: JSON.parse(r.method) as AllocationRuleRecord['method'],
  enabled: r.enabled === 1,
  note: r.note,
});

/** Every allocation rule in its order. */
export function listAllocationRules(db: Sqlite): AllocationRuleRecord[] {
  return (db.prepare('SELECT * FROM allocation_rules ORDER BY position, id').all() as RuleDbRow[]).map(ruleFromRow);
}

/** An allocation_rules row of a rule. */
export const allocationRuleRow = (r: AllocationRuleRecord): Row => ({
  id: r.id,
  position: r.position,
  name: r.name,
  source: JSON.stringify(r.source),
  method: JSON.stringify(r.method),
  enabled: r.enabled ? 1 : 0,
  note: r.note,
});

/** Every driver table with its quantities, by code. */
export function listAllocationDrivers(db: Sqlite): AllocationDriverRecord[] {
  const drivers = db.prepare('SELECT id, code, name, unit FROM allocation_drivers ORDER BY upper(code)').all() as Omit<
    AllocationDriverRecord,
    'values'
  >[];
  const values = db
    .prepare(
      'SELECT driver_id AS driverId, period, target, quantity FROM allocation_driver_values ORDER BY driver_id, period, target',
    )
    .all() as (DriverQuantity & { driverId: string })[];
  const by = new Map<string, DriverQuantity[]>();
  for (const { driverId, ...v } of values) {
    const list = by.get(driverId);
    if (list) list.push(v);
    else by.set(driverId, [v]);
  }
  return drivers.map((d) => ({ ...d, values: by.get(d.id) ?? [] }));
}

/** An allocation_drivers row. */
export const allocationDriverRow = (d: Omit<AllocationDriverRecord, 'values'>): Row => ({
  id: d.id,
  code: d.code,
  name: d.name,
  unit: d.unit,
});

/** Node ids (`cc:`, `bu:`, `svc:` + code) of the workbook with their display names. */
export function listNodeNames(db: Sqlite): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT 'cc:' || code AS id, name FROM cost_centers
       UNION ALL SELECT 'bu:' || code, name FROM departments
       UNION ALL SELECT 'svc:' || code, name FROM services`,
    )
    .all() as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Codes of the cost pools. */
export function listCostPoolCodes(db: Sqlite): string[] {
  return (db.prepare('SELECT code FROM cost_pools ORDER BY code').all() as { code: string }[]).map((r) => r.code);
}

/** A billing aggregate charged in a month, as the allocation reads it (costs exact). */
export interface BillingInputRow {
  id: string;
  provider: string;
  billingAccount: string;
  subAccount: string | null;
  service: string | null;
  region: string | null;
  tags: string;
  currency: string;
  billedCost: string;
  effectiveCost: string;
}

/** Billing aggregates whose charge period lies in `month` ('YYYY-MM'), by id. */
export function billingInputsOfMonth(db: Sqlite, month: string): BillingInputRow[] {
  return db
    .prepare(
      `SELECT id, provider, billing_account AS billingAccount, sub_account AS subAccount, service, region, tags,
         currency, billed_cost AS billedCost, effective_cost AS effectiveCost
       FROM billing_aggregates WHERE substr(charge_period, 1, 7) = ? ORDER BY id`,
    )
    .all(month) as BillingInputRow[];
}

/** A posted actual of a month with its dimension codes and its service's cost pool. */
export interface ActualInputRow {
  id: string;
  costCenter: string;
  service: string;
  account: string;
  pool: string;
  amount: string;
  currency: string;
}

/** Posted actuals of `month`, by id. */
export function actualInputsOfMonth(db: Sqlite, month: string): ActualInputRow[] {
  return db
    .prepare(
      `SELECT a.id, cc.code AS costCenter, s.code AS service, ac.code AS account, p.code AS pool, a.amount, a.currency
       FROM actuals a JOIN cost_centers cc ON cc.id = a.cost_center_id JOIN services s ON s.id = a.service_id
       JOIN accounts ac ON ac.id = a.account_id JOIN cost_pools p ON p.id = s.cost_pool_id
       WHERE a.month = ? ORDER BY a.id`,
    )
    .all(month) as ActualInputRow[];
}

/** A stored run's header. */
export interface RunRow {
  id: string;
  period: string;
  basis: 'effective' | 'billed';
  status: 'current' | 'superseded';
  inputs: string;
  ranAt: string;
  ranBy: string;
}

const RUN_SELECT = 'SELECT id, period, basis, status, inputs, ran_at AS ranAt, ran_by AS ranBy FROM allocation_runs';

/** The current run of a month, if any. */
export function currentRunOf(db: Sqlite, period: string): RunRow | undefined {
  return db.prepare(`${RUN_SELECT} WHERE period = ? AND status = 'current'`).get(period) as RunRow | undefined;
}

/** A run by id. */
export function findRun(db: Sqlite, id: string): RunRow | undefined {
  return db.prepare(`${RUN_SELECT} WHERE id = ?`).get(id) as RunRow | undefined;
}

/** Every run of a month, newest first. */
export function runsOf(db: Sqlite, period: string): Omit<RunRow, 'inputs'>[] {
  return db
    .prepare(
      `SELECT id, period, basis, status, ran_at AS ranAt, ran_by AS ranBy FROM allocation_runs
       WHERE period = ? ORDER BY ran_at DESC, id DESC`,
    )
    .all(period) as Omit<RunRow, 'inputs'>[];
}

/** Column lists of the run detail tables, in the order the service writes them. */
export const RUN_COLUMNS = {
  sources: ['run_id', 'seq', 'rule', 'currency', 'aggregate_ids', 'amount'],
  postings: [
    'run_id',
    'seq',
    'rule',
    'step',
    'method',
    'source_group',
    'from_node',
    'source_amount',
    'target',
    'currency',
    'amount',
    'driver',
    'quantity',
    'driver_total',
    'percent',
  ],
  unallocated: ['run_id', 'seq', 'reason', 'rule', 'detail', 'currency', 'amount', 'source_group', 'from_node'],
  balances: ['run_id', 'target', 'currency', 'amount'],
} as const;

/** The stored detail rows of a run, camel-cased, in seq order. */
export function runDetail(db: Sqlite, runId: string) {
  const q = (sql: string) => db.prepare(sql).all(runId);
  return {
    sources: q(
      `SELECT seq, rule, currency, aggregate_ids AS aggregateIds, amount FROM allocation_sources WHERE run_id = ? ORDER BY seq`,
    ) as { seq: number; rule: string; currency: string; aggregateIds: string; amount: string }[],
    postings: q(
      `SELECT rule, step, method, source_group AS sourceGroup, from_node AS fromNode, source_amount AS sourceAmount,
         target, currency, amount, driver, quantity, driver_total AS driverTotal, percent
       FROM allocation_postings WHERE run_id = ? ORDER BY seq`,
    ) as PostingDbRow[],
    unallocated: q(
      `SELECT reason, rule, detail, currency, amount, source_group AS sourceGroup, from_node AS fromNode
       FROM allocation_unallocated WHERE run_id = ? ORDER BY seq`,
    ) as UnallocatedDbRow[],
    balances: q(
      `SELECT target, currency, amount FROM allocation_balances WHERE run_id = ? ORDER BY target, currency`,
    ) as { target: string; currency: string; amount: string }[],
  };
}

/** A stored posting row. */
export interface PostingDbRow {
  rule: string;
  step: number;
  method: string;
  sourceGroup: number | null;
  fromNode: string | null;
  sourceAmount: string;
  target: string;
  currency: string;
  amount: string;
  driver: string | null;
  quantity: string | null;
  driverTotal: string | null;
  percent: string | null;
}

/** A stored unallocated row. */
export interface UnallocatedDbRow {
  reason: string;
  rule: string | null;
  detail: string;
  currency: string;
  amount: string;
  sourceGroup: number | null;
  fromNode: string | null;
}

/** Driver quantities and catalogue services that name a node id (for renaming it). */
export function nodeUsers(db: Sqlite, node: string): { driverValues: Row[]; catalogueIds: string[] } {
  return {
    driverValues: db.prepare('SELECT * FROM allocation_driver_values WHERE target = ?').all(node) as Row[],
    catalogueIds: db.prepare('SELECT id FROM chargeback_services WHERE node = ?').pluck().all(node) as string[],
  };
}
