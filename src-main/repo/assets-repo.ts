import type { Asset, AssetEventRecord } from '../../src-shared/model';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

interface AssetDbRow {
  id: string;
  code: string;
  name: string;
  description: string;
  asset_class: Asset['assetClass'];
  expense_type: Asset['expenseType'];
  classification_rule: string;
  cost: string;
  salvage: string;
  currency: string;
  quantity: number;
  bundle_total: string | null;
  in_service_date: string;
  useful_life_months: number;
  method: Asset['method'];
  convention: Asset['convention'];
  declining_balance_percent: number | null;
  total_units: number | null;
  units_by_period: string;
  units_label: string;
  cost_center_id: string | null;
  service_id: string | null;
  account_id: string | null;
  vendor_id: string | null;
}

interface EventDbRow {
  id: string;
  asset_id: string;
  kind: AssetEventRecord['kind'];
  event_date: string;
  amount: string | null;
  useful_life_months: number | null;
  remaining_life_months: number | null;
  salvage: string | null;
  note: string;
}

const eventFromRow = (r: EventDbRow): AssetEventRecord => ({
  id: r.id,
  assetId: r.asset_id,
  kind: r.kind,
  date: r.event_date,
  amount: r.amount,
  usefulLifeMonths: r.useful_life_months,
  remainingLifeMonths: r.remaining_life_months,
  salvage: r.salvage,
  note: r.note,
});

const assetFromRow = (r: AssetDbRow, events: AssetEventRecord[]): Asset => ({
  id: r.id,
  code: r.code,
  name: r.name,
  description: r.description,
  assetClass: r.asset_class,
  expenseType: r.expense_type,
  classificationRule: r.classification_rule,
  cost: r.cost,
  salvage: r.salvage,
  currency: r.currency,
  quantity: r.quantity,
  bundleTotal: r.bundle_total,
  inServiceDate: r.in_service_date,
  usefulLifeMonths: r.useful_life_months,
  method: r.method,
  convention: r.convention,
  decliningBalancePercent: r.declining_balance_percent,
  totalUnits: r.total_units,
  unitsByPeriod: JSON.parse(r.units_by_period) as Record<string, number>,
  unitsLabel: r.units_label,
  costCenterId: r.cost_center_id,
  serviceId: r.service_id,
  accountId: r.account_id,
  vendorId: r.vendor_id,
  events,
});

/** Every asset with its events (by date), ordered by code. */
export function listAssets(db: Sqlite): Asset[] {
  const events = new Map<string, AssetEventRecord[]>();
  const eventRows = db.prepare('SELECT * FROM asset_events ORDER BY event_date, id').all() as EventDbRow[];
  for (const r of eventRows) {
    let list = events.get(r.asset_id);
    if (!list) events.set(r.asset_id, (list = []));
    list.push(eventFromRow(r));
  }
  const rows = db.prepare('SELECT * FROM assets ORDER BY upper(code)').all() as AssetDbRow[];
  return rows.map((r) => assetFromRow(r, events.get(r.id) ?? []));
}

export function findAsset(db: Sqlite, id: string): Asset | undefined {
  const r = db.prepare('SELECT * FROM assets WHERE id = ?').get(id) as AssetDbRow | undefined;
  if (!r) return undefined;
  const events = db
    .prepare('SELECT * FROM asset_events WHERE asset_id = ? ORDER BY event_date, id')
    .all(id) as EventDbRow[];
  return assetFromRow(r, events.map(eventFromRow));
}

export function findAssetEvent(db: Sqlite, id: string): AssetEventRecord | undefined {
  const r = db.prepare('SELECT * FROM asset_events WHERE id = ?').get(id) as EventDbRow | undefined;
  return r && eventFromRow(r);
}

/** Id and code of every asset (for the code uniqueness check). */
export function assetCodes(db: Sqlite): { id: string; code: string }[] {
  return db.prepare('SELECT id, code FROM assets').all() as { id: string; code: string }[];
}

export const assetRow = (a: Omit<Asset, 'events'>): Row => ({
  id: a.id,
  code: a.code,
  name: a.name,
  description: a.description,
  asset_class: a.assetClass,
  expense_type: a.expenseType,
  classification_rule: a.classificationRule,
  cost: a.cost,
  salvage: a.salvage,
  currency: a.currency,
  quantity: a.quantity,
  bundle_total: a.bundleTotal,
  in_service_date: a.inServiceDate,
  useful_life_months: a.usefulLifeMonths,
  method: a.method,
  convention: a.convention,
  declining_balance_percent: a.decliningBalancePercent,
  total_units: a.totalUnits,
  units_by_period: JSON.stringify(a.unitsByPeriod),
  units_label: a.unitsLabel,
  cost_center_id: a.costCenterId,
  service_id: a.serviceId,
  account_id: a.accountId,
  vendor_id: a.vendorId,
});

export const assetEventRow = (e: AssetEventRecord): Row => ({
  id: e.id,
  asset_id: e.assetId,
  kind: e.kind,
  event_date: e.date,
  amount: e.amount,
  useful_life_months: e.usefulLifeMonths,
  remaining_life_months: e.remainingLifeMonths,
  salvage: e.salvage,
  note: e.note,
});
