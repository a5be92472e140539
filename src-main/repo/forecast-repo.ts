import type { MonthKey } from '../../src-shared/calendar/fiscal';
import type { ForecastScenarioBy } from '../../src-shared/model';
import type { Money } from '../../src-shared/money';
import type { Sqlite } from '../db/client';

/** An actual as forecasting needs it: every dimension it is booked on, its tower, its amount. */
export interface ForecastActual {
  month: MonthKey;
  costCenterId: string;
  serviceId: string;
  accountId: string;
  vendorId: string | null;
  towerId: string;
  /** Money string, transaction currency. */
  amount: Money;
  currency: string;
}

/** The dimensions a budget line's actuals are matched on. */
export interface LineDimensions {
  costCenterId: string;
  serviceId: string;
  accountId: string;
  vendorId: string | null;
}

/** Which actuals: all, one dimension member's, or those of a budget line's dimensions. */
export type ActualsFilter =
  { kind: 'total' } | { kind: Exclude<ForecastScenarioBy, 'line'>; id: string } | ({ kind: 'line' } & LineDimensions);

/** A budget line with the codes of its dimensions and its service's tower. */
export interface ForecastLine extends LineDimensions {
  id: string;
  scenarioId: string;
  towerId: string;
  description: string;
  costCenterCode: string;
  serviceCode: string;
  accountCode: string;
  vendorCode: string | null;
}

const ACTUAL_COLUMNS = `a.month, a.cost_center_id AS costCenterId, a.service_id AS serviceId,
  a.account_id AS accountId, a.vendor_id AS vendorId, s.tower_id AS towerId, a.amount, a.currency`;

const WHERE: Record<ActualsFilter['kind'], string> = {
  total: '1 = 1',
  'cost-center': 'a.cost_center_id = @id',
  service: 'a.service_id = @id',
  tower: 's.tower_id = @id',
  account: 'a.account_id = @id',
  line: `a.cost_center_id = @costCenterId AND a.service_id = @serviceId AND a.account_id = @accountId
    AND a.vendor_id IS @vendorId`,
};

/** Posted actuals matching `filter`, in month order, with their service's tower. */
export function listForecastActuals(db: Sqlite, filter: ActualsFilter): ForecastActual[] {
  const { kind, ...params } = filter;
  return db
    .prepare(
      `SELECT ${ACTUAL_COLUMNS} FROM actuals a JOIN services s ON s.id = a.service_id
       WHERE ${WHERE[kind]} ORDER BY a.month`,
    )
    .all(params) as ForecastActual[];
}

/** The last month with any actuals in the workbook; null when it has none. */
export function lastActualsMonth(db: Sqlite): MonthKey | null {
  return db.prepare('SELECT max(month) FROM actuals').pluck().get() as MonthKey | null;
}

const LINE_SELECT = `SELECT l.id, l.scenario_id AS scenarioId, l.cost_center_id AS costCenterId,
  l.service_id AS serviceId, l.account_id AS accountId, l.vendor_id AS vendorId, s.tower_id AS towerId,
  l.description, c.code AS costCenterCode, s.code AS serviceCode, a.code AS accountCode, v.code AS vendorCode
  FROM budget_lines l
  JOIN cost_centers c ON c.id = l.cost_center_id
  JOIN services s ON s.id = l.service_id
  JOIN accounts a ON a.id = l.account_id
  LEFT JOIN vendors v ON v.id = l.vendor_id`;

/** One budget line with its dimension codes, or undefined. */
export function findForecastLine(db: Sqlite, id: string): ForecastLine | undefined {
  return db.prepare(`${LINE_SELECT} WHERE l.id = ?`).get(id) as ForecastLine | undefined;
}

/** A scenario's budget lines in grid order, with their dimension codes. */
export function forecastLinesOfScenario(db: Sqlite, scenarioId: string): ForecastLine[] {
  return db.prepare(`${LINE_SELECT} WHERE l.scenario_id = ? ORDER BY l.position`).all(scenarioId) as ForecastLine[];
}

const MEMBER_TABLES: Record<Exclude<ForecastScenarioBy, 'line'>, string> = {
  'cost-center': 'cost_centers',
  service: 'services',
  tower: 'towers',
  account: 'accounts',
};

/** Code and name of every member of a dimension, by id. */
export function dimensionMembers(
  db: Sqlite,
  kind: Exclude<ForecastScenarioBy, 'line'>,
): Map<string, { code: string; name: string }> {
  const rows = db.prepare(`SELECT id, code, name FROM ${MEMBER_TABLES[kind]} ORDER BY upper(code)`).all() as {
    id: string;
    code: string;
    name: string;
  }[];
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}
