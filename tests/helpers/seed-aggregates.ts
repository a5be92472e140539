import Database from 'better-sqlite3';

/** One billing aggregate to insert; unset dimensions are NULL, tags default to none. */
export interface AggregateSeed {
  id: string;
  chargePeriod: string;
  provider?: string;
  billingAccount?: string;
  subAccount?: string | null;
  service?: string | null;
  region?: string | null;
  tags?: Record<string, string | null>;
  currency?: string;
  billedCost: string;
  effectiveCost: string;
}

/**
 * Insert billing aggregates (and the one import row they hang off) with plain SQL, as the
 * cloud billing import would store them: the allocation reads them without needing that
 * import to exist in this branch.
 */
export function seedAggregates(path: string, rows: readonly AggregateSeed[], importId = 'imp-test'): void {
  const db = new Database(path);
  try {
    db.transaction(() => {
      db.prepare(
        `INSERT OR IGNORE INTO billing_imports (id, file_name, sha256, format, grain, tag_keys, row_count, aggregate_count,
           totals, periods, imported_at, imported_by)
         VALUES (?, 'test.csv', 'x', 'focus-1.2', '[]', '[]', 0, 0, '[]', '[]', '2026-01-01T00:00:00Z', 'test')`,
      ).run(importId);
      const insert = db.prepare(
        `INSERT INTO billing_aggregates (id, import_id, billing_period, charge_period, provider, billing_account,
           sub_account, service, region, resource_type, charge_category, commitment_discount, tags, currency,
           billed_cost, effective_cost, list_cost, contracted_cost, row_count)
         VALUES (@id, @importId, @billingPeriod, @chargePeriod, @provider, @billingAccount, @subAccount, @service,
           @region, NULL, 'Usage', NULL, @tags, @currency, @billedCost, @effectiveCost, NULL, NULL, 1)`,
      );
      for (const r of rows) {
        insert.run({
          id: r.id,
          importId,
          billingPeriod: r.chargePeriod.slice(0, 7),
          chargePeriod: r.chargePeriod,
          provider: r.provider ?? 'AWS',
          billingAccount: r.billingAccount ?? '111111111111',
          subAccount: r.subAccount ?? null,
          service: r.service ?? null,
          region: r.region ?? null,
          tags: JSON.stringify(r.tags ?? {}),
          currency: r.currency ?? 'USD',
          billedCost: r.billedCost,
          effectiveCost: r.effectiveCost,
        });
      }
    })();
  } finally {
    db.close();
  }
}

/** Insert posted actuals for the allocation's GL inputs (ids of existing dimensions). */
export function seedActuals(
  path: string,
  rows: readonly {
    id: string;
    month: string;
    costCenterId: string;
    serviceId: string;
    accountId: string;
    amount: string;
    currency: string;
  }[],
): void {
  const db = new Database(path);
  try {
    const insert = db.prepare(
      `INSERT INTO actuals (id, month, cost_center_id, service_id, account_id, amount, currency)
       VALUES (@id, @month, @costCenterId, @serviceId, @accountId, @amount, @currency)`,
    );
    db.transaction(() => rows.forEach((r) => insert.run(r)))();
  } finally {
    db.close();
  }
}
