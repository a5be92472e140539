import type {
  BillableUnit,
  ChargebackService,
  RateCardSummary,
  ServiceCapacity,
  ServiceUsage,
} from '../../src-shared/model/rates';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

const SERVICE_SELECT = 'SELECT id, code, name, unit, node, active FROM chargeback_services';
type ServiceRecord = Omit<ChargebackService, 'active' | 'unit'> & { unit: string; active: number };
const toService = (r: ServiceRecord): ChargebackService => ({
  ...r,
  unit: r.unit as BillableUnit,
  active: r.active === 1,
});

/** The catalogue, by code ignoring case. */
export function listChargebackServices(db: Sqlite): ChargebackService[] {
  return (db.prepare(`${SERVICE_SELECT} ORDER BY upper(code)`).all() as ServiceRecord[]).map(toService);
}

/** The catalogue service with this id, if any. */
export function findChargebackService(db: Sqlite, id: string): ChargebackService | undefined {
  const r = db.prepare(`${SERVICE_SELECT} WHERE id = ?`).get(id) as ServiceRecord | undefined;
  return r && toService(r);
}

/** A chargeback_services row of a service. */
export const chargebackServiceRow = (s: ChargebackService): Row => ({
  id: s.id,
  code: s.code,
  name: s.name,
  unit: s.unit,
  node: s.node,
  active: s.active ? 1 : 0,
});

const NODE_TABLES = { cc: 'cost_centers', bu: 'departments', svc: 'services' } as const;

/** Whether the dimension a node id names exists (its code, ignoring case). */
export function nodeTargetExists(db: Sqlite, kind: keyof typeof NODE_TABLES, code: string): boolean {
  return db.prepare(`SELECT 1 FROM ${NODE_TABLES[kind]} WHERE upper(code) = upper(?)`).get(code) !== undefined;
}

/** The business units (departments), by code. */
export function listBusinessUnits(db: Sqlite): { id: string; code: string; name: string }[] {
  return db.prepare('SELECT id, code, name FROM departments ORDER BY upper(code)').all() as {
    id: string;
    code: string;
    name: string;
  }[];
}

/** Usage rows of these months, by month, service and department. */
export function usageInMonths(db: Sqlite, months: readonly string[]): ServiceUsage[] {
  return db
    .prepare(
      `SELECT month, department_id AS departmentId, service_id AS serviceId, quantity FROM service_usage
       WHERE month IN (SELECT value FROM json_each(?)) ORDER BY month, service_id, department_id`,
    )
    .all(JSON.stringify(months)) as ServiceUsage[];
}

/** Capacity rows of these months, by service and month. */
export function capacityInMonths(db: Sqlite, months: readonly string[]): ServiceCapacity[] {
  return db
    .prepare(
      `SELECT service_id AS serviceId, month, capacity FROM service_capacity
       WHERE month IN (SELECT value FROM json_each(?)) ORDER BY service_id, month`,
    )
    .all(JSON.stringify(months)) as ServiceCapacity[];
}

/** A reader of stored usage cells (one prepared statement for a whole paste). */
export function usageReader(
  db: Sqlite,
): (month: string, departmentId: string, serviceId: string) => string | undefined {
  const stmt = db
    .prepare('SELECT quantity FROM service_usage WHERE month = ? AND department_id = ? AND service_id = ?')
    .pluck();
  return (month, departmentId, serviceId) => stmt.get(month, departmentId, serviceId) as string | undefined;
}

/** A reader of stored capacity cells (one prepared statement for a whole paste). */
export function capacityReader(db: Sqlite): (serviceId: string, month: string) => string | undefined {
  const stmt = db.prepare('SELECT capacity FROM service_capacity WHERE service_id = ? AND month = ?').pluck();
  return (serviceId, month) => stmt.get(serviceId, month) as string | undefined;
}

/** How many rate card entries price a service. */
export function cardEntriesOfService(db: Sqlite, serviceId: string): number {
  return db.prepare('SELECT count(*) FROM rate_card_entries WHERE service_id = ?').pluck().get(serviceId) as number;
}

const CARD_SELECT = `SELECT id, fiscal_year AS fiscalYear, version, status, basis, markup_pct AS markupPct, note,
  created_at AS createdAt, created_by AS createdBy, published_at AS publishedAt, published_by AS publishedBy
  FROM rate_cards`;
type CardRecord = Omit<RateCardSummary, 'current'>;

function withCurrent(cards: CardRecord[]): RateCardSummary[] {
  const best = new Map<number, number>();
  for (const c of cards)
    if (c.status === 'published' && c.version > (best.get(c.fiscalYear) ?? 0)) best.set(c.fiscalYear, c.version);
  return cards.map((c) => ({ ...c, current: c.status === 'published' && best.get(c.fiscalYear) === c.version }));
}

/** Rate cards of a year (all years when omitted), newest year and version first. */
export function listRateCards(db: Sqlite, fiscalYear?: number): RateCardSummary[] {
  const order = ' ORDER BY fiscal_year DESC, version DESC';
  const rows =
    fiscalYear === undefined
      ? (db.prepare(CARD_SELECT + order).all() as CardRecord[])
      : (db.prepare(`${CARD_SELECT} WHERE fiscal_year = ?${order}`).all(fiscalYear) as CardRecord[]);
  return withCurrent(rows);
}

/** The card with this id (with `current` set), if any. */
export function findRateCard(db: Sqlite, id: string): RateCardSummary | undefined {
  const one = db.prepare(`${CARD_SELECT} WHERE id = ?`).get(id) as CardRecord | undefined;
  return one && listRateCards(db, one.fiscalYear).find((c) => c.id === id);
}

/** A card's rates by service id. */
export function rateCardRates(db: Sqlite, cardId: string): Map<string, string> {
  const rows = db.prepare('SELECT service_id AS s, rate FROM rate_card_entries WHERE card_id = ?').all(cardId) as {
    s: string;
    rate: string;
  }[];
  return new Map(rows.map((r) => [r.s, r.rate]));
}

/** Every version number used in a fiscal year. */
export function cardVersions(db: Sqlite, fiscalYear: number): number[] {
  return db.prepare('SELECT version FROM rate_cards WHERE fiscal_year = ?').pluck().all(fiscalYear) as number[];
}

/** A rate_cards row. */
export const rateCardRow = (c: Omit<RateCardSummary, 'current'>): Row => ({
  id: c.id,
  fiscal_year: c.fiscalYear,
  version: c.version,
  status: c.status,
  basis: c.basis,
  markup_pct: c.markupPct,
  note: c.note,
  created_at: c.createdAt,
  created_by: c.createdBy,
  published_at: c.publishedAt,
  published_by: c.publishedBy,
});

/** Column order of rate_card_entries rows for bulk writes. */
export const ENTRY_COLUMNS = ['card_id', 'service_id', 'rate', 'pool_cost', 'volume'] as const;

/** Which of these months have a current allocation run of the measure. */
export function monthsWithCurrentRun(db: Sqlite, months: readonly string[], measure: 'effective' | 'billed'): string[] {
  return db
    .prepare(
      `SELECT DISTINCT period FROM allocation_runs
       WHERE status = 'current' AND basis = ? AND period IN (SELECT value FROM json_each(?)) ORDER BY period`,
    )
    .pluck()
    .all(measure, JSON.stringify(months)) as string[];
}

/**
 * What each allocation node holds at the end of the current runs of these months, in one
 * currency and for one cost measure: a row per month and node.
 */
export function currentBalances(
  db: Sqlite,
  months: readonly string[],
  measure: 'effective' | 'billed',
  currency: string,
): { month: string; node: string; amount: string }[] {
  return db
    .prepare(
      `SELECT r.period AS month, b.target AS node, b.amount FROM allocation_runs r
       JOIN allocation_balances b ON b.run_id = r.id
       WHERE r.status = 'current' AND r.basis = ? AND b.currency = ?
         AND r.period IN (SELECT value FROM json_each(?))
       ORDER BY r.period, b.target`,
    )
    .all(measure, currency, JSON.stringify(months)) as { month: string; node: string; amount: string }[];
}
