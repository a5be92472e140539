/**
 * TEST FIXTURE: puts an imported cloud bill into a closed workbook file without the billing
 * import command (built in parallel by another area). The aggregates come from the REAL
 * reader and engine (`readBillingFile`); the commitment rows are grouped here from the raw
 * file with decimal.js. Rows are written with plain SQL, not journaled: a fixture, not the app.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import Decimal from 'decimal.js';
import type { GrainDimension } from '../../src-main/engine/cloud-billing';
import { readBillingFile } from '../../src-main/io/cloud-billing/read-billing';
import { DEFAULT_BILLING_GRAIN } from '../../src-main/services/billing-import-rows';
import { parseCsv } from './billing-csv';

/** The grain the fixture aggregates at (what the Cloud costs screen can group by). */
export const SEED_GRAIN: GrainDimension[] = [...DEFAULT_BILLING_GRAIN];
export const SEED_TAG_KEYS = ['CostCenter', 'Environment', 'Application', 'business_unit'];

/** The records of a CSV file as objects keyed by header; 'NULL'/'null'/'' become null. */
export function csvRecords(path: string): Record<string, string | null>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows.map((r) =>
    Object.fromEntries(
      header!.map((h, i) => {
        const v = r[i] ?? '';
        return [h, v === '' || v === 'NULL' || v === 'null' ? null : v];
      }),
    ),
  );
}

const Exact = Decimal.clone({ precision: 200 });

/** Insert one FOCUS file as an import into the closed workbook at `workbook`; returns the import id. */
export async function seedBilling(workbook: string, file: string): Promise<string> {
  const result = await readBillingFile(file, { grain: SEED_GRAIN, tagKeys: SEED_TAG_KEYS });
  if (result.errorCount > 0) throw new Error(`seed: ${file} has ${result.errorCount} bad rows`);
  const importId = randomUUID();
  const periods = new Set<string>();
  const db = new Database(workbook);
  try {
    db.transaction(() => {
      const agg = db.prepare(
        `INSERT INTO billing_aggregates (id, import_id, billing_period, charge_period, provider, billing_account,
           sub_account, service, region, resource_type, charge_category, commitment_discount, tags, currency,
           billed_cost, effective_cost, list_cost, contracted_cost, row_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const rows: unknown[][] = [];
      for (const a of result.aggregates) {
        const period = (a.key.billingPeriod ?? a.key.chargeMonth ?? '').slice(0, 7);
        periods.add(period);
        rows.push([
          randomUUID(),
          importId,
          period,
          a.key.chargeMonth,
          a.key.provider ?? '',
          a.key.billingAccount ?? '',
          a.key.subAccount ?? null,
          a.key.service ?? null,
          a.key.region ?? null,
          a.key.resourceType ?? null,
          a.key.chargeCategory ?? null,
          a.key.commitmentDiscount ?? null,
          JSON.stringify(a.tags),
          a.currency,
          a.sums.BilledCost ?? '0',
          a.sums.EffectiveCost ?? '0',
          a.sums.ListCost ?? null,
          a.sums.ContractedCost ?? null,
          a.rows,
        ]);
      }
      db.prepare(
        `INSERT INTO billing_imports (id, file_name, sha256, format, grain, tag_keys, row_count, aggregate_count,
           totals, periods, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        importId,
        result.fileName,
        result.sha256,
        result.format,
        JSON.stringify(SEED_GRAIN),
        JSON.stringify(SEED_TAG_KEYS),
        result.rows,
        result.aggregates.length,
        JSON.stringify(
          Object.entries(result.totals).map(([currency, t]) => ({
            currency,
            rows: t.rows,
            billedCost: t.sums.BilledCost,
            effectiveCost: t.sums.EffectiveCost,
            listCost: t.sums.ListCost,
            contractedCost: t.sums.ContractedCost,
          })),
        ),
        JSON.stringify([...periods].sort()),
        '2026-01-01T00:00:00.000Z',
        'seed',
      );
      for (const r of rows) agg.run(...r);
      insertCommitments(db, importId, file);
    })();
  } finally {
    db.close();
  }
  return importId;
}

/** The file's rows grouped at the commitment grain, summed exactly, into billing_commitments. */
function insertCommitments(db: Database.Database, importId: string, file: string): void {
  type Group = { key: (string | null)[]; sums: Decimal[]; contracted: Decimal | null; rows: number };
  const groups = new Map<string, Group>();
  for (const r of csvRecords(file)) {
    const key = [
      (r.BillingPeriodStart ?? '').slice(0, 7),
      (r.ChargePeriodStart ?? '').slice(0, 7),
      r.ProviderName ?? null,
      r.BillingAccountId ?? null,
      r.CommitmentDiscountId ?? null,
      r.CommitmentDiscountType ?? null,
      r.CommitmentDiscountStatus ?? null,
      r.ChargeCategory ?? null,
      r.PricingCategory ?? null,
      r.BillingCurrency ?? 'USD',
    ];
    const id = JSON.stringify(key);
    const g: Group = groups.get(id) ?? {
      key,
      sums: [new Exact(0), new Exact(0), new Exact(0)],
      contracted: new Exact(0),
      rows: 0,
    };
    g.sums[0] = g.sums[0]!.plus(r.BilledCost ?? 0);
    g.sums[1] = g.sums[1]!.plus(r.EffectiveCost ?? 0);
    g.sums[2] = g.sums[2]!.plus(r.ListCost ?? 0);
    g.contracted = r.ContractedCost == null || g.contracted === null ? null : g.contracted.plus(r.ContractedCost);
    g.rows++;
    groups.set(id, g);
  }
  const stmt = db.prepare(
    `INSERT INTO billing_commitments (id, import_id, billing_period, charge_month, provider, billing_account,
       commitment_discount_id, commitment_discount_type, commitment_discount_status, charge_category,
       pricing_category, currency, billed_cost, effective_cost, list_cost, contracted_cost, row_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const g of groups.values()) {
    const [bp, cm, provider, account, ...rest] = g.key;
    stmt.run(
      randomUUID(),
      importId,
      bp,
      cm,
      provider ?? '',
      account ?? '',
      ...rest,
      ...g.sums.map((s) => s.toFixed()),
      g.contracted?.toFixed() ?? null,
      g.rows,
    );
  }
}
