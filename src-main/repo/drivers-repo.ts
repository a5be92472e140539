import type { Driver, DriverAssumption, DriverLineModel, DriverValue } from '../../src-shared/model/drivers';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

const DRIVER_SELECT = `SELECT id, code, name, unit, description, forecast_method AS forecastMethod,
  created_at AS createdAt FROM drivers`;

/** Every driver, by code ignoring case. */
export function listDrivers(db: Sqlite): Driver[] {
  return db.prepare(`${DRIVER_SELECT} ORDER BY upper(code)`).all() as Driver[];
}

/** The driver with this id, if any. */
export function findDriver(db: Sqlite, id: string): Driver | undefined {
  return db.prepare(`${DRIVER_SELECT} WHERE id = ?`).get(id) as Driver | undefined;
}

/** The driver with this code ignoring case and surrounding spaces, if any. */
export function findDriverByCode(db: Sqlite, code: string): Driver | undefined {
  return db.prepare(`${DRIVER_SELECT} WHERE upper(code) = upper(?)`).get(code.trim()) as Driver | undefined;
}

/** A drivers row (snake_case columns) of a driver. */
export const driverRow = (d: Driver): Row => ({
  id: d.id,
  code: d.code,
  name: d.name,
  unit: d.unit,
  description: d.description,
  forecast_method: d.forecastMethod,
  created_at: d.createdAt,
});

/** Every stored value of the drivers (all when `driverIds` is omitted), by driver and month. */
export function driverValues(db: Sqlite, driverIds?: readonly string[]): DriverValue[] {
  const sql = `SELECT driver_id AS driverId, month, kind, value FROM driver_values`;
  const order = ' ORDER BY driver_id, month';
  if (!driverIds) return db.prepare(sql + order).all() as DriverValue[];
  return db
    .prepare(`${sql} WHERE driver_id IN (SELECT value FROM json_each(?))${order}`)
    .all(JSON.stringify(driverIds)) as DriverValue[];
}

/** A driver_values row of a value. */
export const driverValueRow = (v: DriverValue): Row => ({
  driver_id: v.driverId,
  month: v.month,
  kind: v.kind,
  value: v.value,
});

const ASSUMPTION_SELECT = `SELECT id, scenario_id AS scenarioId, driver_id AS driverId, from_month AS fromMonth,
  annual_growth AS annualGrowth, note FROM driver_assumptions`;

/** A scenario's growth assumptions, by driver and start month. */
export function assumptionsOfScenario(db: Sqlite, scenarioId: string): DriverAssumption[] {
  return db
    .prepare(`${ASSUMPTION_SELECT} WHERE scenario_id = ? ORDER BY driver_id, from_month, id`)
    .all(scenarioId) as DriverAssumption[];
}

/** The growth assumption with this id, if any. */
export function findAssumption(db: Sqlite, id: string): DriverAssumption | undefined {
  return db.prepare(`${ASSUMPTION_SELECT} WHERE id = ?`).get(id) as DriverAssumption | undefined;
}

/** Assumptions of any scenario for a driver (for deleting the driver). */
export function assumptionsOfDriver(db: Sqlite, driverId: string): DriverAssumption[] {
  return db.prepare(`${ASSUMPTION_SELECT} WHERE driver_id = ?`).all(driverId) as DriverAssumption[];
}

/** A driver_assumptions row of an assumption. */
export const assumptionRow = (a: DriverAssumption): Row => ({
  id: a.id,
  scenario_id: a.scenarioId,
  driver_id: a.driverId,
  from_month: a.fromMonth,
  annual_growth: a.annualGrowth,
  note: a.note,
});

interface ModelDbRow {
  line_id: string;
  driver_id: string;
  fixed_amount: string;
  unit_rate: string;
  escalation: string;
  tier_size: string | null;
  tier_amount: string | null;
  start_month: string;
  end_month: string | null;
}

/** A driver-based line with what costing it needs from its budget line. */
export interface ModelOfLine {
  model: DriverLineModel;
  scenarioId: string;
  description: string;
  currency: string;
  minorUnits: number;
  position: number;
}

const fromModelRow = (r: ModelDbRow): DriverLineModel => ({
  lineId: r.line_id,
  driverId: r.driver_id,
  fixedAmount: r.fixed_amount,
  unitRate: r.unit_rate,
  escalation: JSON.parse(r.escalation) as DriverLineModel['escalation'],
  tierSize: r.tier_size,
  tierAmount: r.tier_amount,
  startMonth: r.start_month,
  endMonth: r.end_month,
});

/** A driver_line_models row of a model; the escalation rule is stored as JSON. */
export const lineModelRow = (m: DriverLineModel): Row => ({
  line_id: m.lineId,
  driver_id: m.driverId,
  fixed_amount: m.fixedAmount,
  unit_rate: m.unitRate,
  escalation: JSON.stringify(m.escalation),
  tier_size: m.tierSize,
  tier_amount: m.tierAmount,
  start_month: m.startMonth,
  end_month: m.endMonth,
});

/** Column order of a driver_line_models row as lineModelRow builds it. */
export const LINE_MODEL_COLUMNS = [
  'line_id',
  'driver_id',
  'fixed_amount',
  'unit_rate',
  'escalation',
  'tier_size',
  'tier_amount',
  'start_month',
  'end_month',
] as const;

/** Driver-based lines of some scenarios (or of one driver), in grid order. */
export function modelsOfLines(
  db: Sqlite,
  filter: { scenarioIds?: readonly string[]; driverId?: string },
): ModelOfLine[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.scenarioIds) {
    where.push('l.scenario_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.scenarioIds));
  }
  if (filter.driverId !== undefined) {
    where.push('m.driver_id = ?');
    params.push(filter.driverId);
  }
  const rows = db
    .prepare(
      `SELECT m.*, l.scenario_id, l.description, l.currency, l.position, c.minor_units
       FROM driver_line_models m JOIN budget_lines l ON l.id = m.line_id JOIN currencies c ON c.code = l.currency
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY l.scenario_id, l.position`,
    )
    .all(...params) as (ModelDbRow & {
    scenario_id: string;
    description: string;
    currency: string;
    position: number;
    minor_units: number;
  })[];
  return rows.map((r) => ({
    model: fromModelRow(r),
    scenarioId: r.scenario_id,
    description: r.description,
    currency: r.currency,
    minorUnits: r.minor_units,
    position: r.position,
  }));
}

/** The driver model of a budget line, if it is costed from a driver. */
export function findLineModel(db: Sqlite, lineId: string): DriverLineModel | undefined {
  const r = db.prepare('SELECT * FROM driver_line_models WHERE line_id = ?').get(lineId) as ModelDbRow | undefined;
  return r && fromModelRow(r);
}

/** driver_line_models rows of the lines in `newIds` (old id → new id), under their new ids, as raw value arrays. */
export function lineModelCopies(db: Sqlite, newIds: ReadonlyMap<string, string>): unknown[][] {
  const rows = db
    .prepare(`SELECT * FROM driver_line_models WHERE line_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify([...newIds.keys()])) as ModelDbRow[];
  return rows.map((r) => {
    const row = lineModelRow({ ...fromModelRow(r), lineId: newIds.get(r.line_id)! });
    row.escalation = r.escalation;
    return LINE_MODEL_COLUMNS.map((c) => row[c]);
  });
}
