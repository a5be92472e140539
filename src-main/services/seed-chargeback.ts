import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/client';
import type { RowWriter } from '../db/row-writer';
import { focusCsvLine, SYNTHETIC_FOCUS_COLUMNS } from '../demo/cloud-billing';
import type { DemoCloudBill, DemoData } from '../demo/types';
import { BillingAggregator, bindFormat, formatSpec } from '../engine/cloud-billing';
import { allocationRuleRow } from '../repo/allocation-repo';
import { AGGREGATE_COLUMNS, billingTagSetup, COMMITMENT_COLUMNS } from '../repo/billing-repo';
import { chargebackServiceRow, ENTRY_COLUMNS, rateCardRow } from '../repo/rates-repo';
import { DEFAULT_BILLING_GRAIN, fullGrain, planBillingImport } from './billing-import-rows';

/**
 * The demo cloud bill, aggregated exactly as `billing/import` would (same engine, same row
 * plan) but written inside the workbook's creation, so the demo starts with it and undo never
 * reaches it. A row the engine refuses is a bug in the demo generator: it throws.
 */
function seedCloudBill(w: RowWriter, db: Sqlite, bill: DemoCloudBill, base: string, now: Date, by: string): void {
  bill.tagKeys.forEach((key, position) => w.insert('billing_tag_keys', { canonical_key: key, position }));
  const { tagKeys, rules } = billingTagSetup(db);
  const header = [...SYNTHETIC_FOCUS_COLUMNS];
  const grain = fullGrain(DEFAULT_BILLING_GRAIN);
  const aggregator = new BillingAggregator(bindFormat(formatSpec('focus'), header, bill.fileName), {
    grain,
    tagKeys,
    tagRules: rules,
    commitments: true,
    hasRate: (currency) => currency === base,
  });
  const hash = createHash('sha256').update(header.join(',') + '\n');
  bill.rows.forEach((r, i) => {
    aggregator.add(
      header.map((c) => r[c]),
      i + 2,
    );
    hash.update(focusCsvLine(r) + '\n');
  });
  const read = aggregator.result();
  if (read.errorCount > 0) {
    const e = read.errors[0]!;
    throw new Error(`Demo cloud bill row ${e.row}, ${e.column}: ${e.message}`);
  }
  const plan = planBillingImport(read, {
    importId: `demo-cloud-bill`,
    fileName: bill.fileName,
    sha256: hash.digest('hex'),
    format: 'focus',
    grain,
    tagKeys,
    at: now,
    by,
  });
  w.insert('billing_imports', plan.importRow);
  w.insertRows('billing_aggregates', AGGREGATE_COLUMNS, plan.aggregates);
  w.insertRows('billing_commitments', COMMITMENT_COLUMNS, plan.commitments);
}

/** Write the demo's cloud bill, allocation set-up and rate design (present with the `chargeback` option). */
export function seedChargebackDemo(w: RowWriter, db: Sqlite, demo: DemoData, now: Date): void {
  const { baseCurrency: base, userName } = demo.settings;
  if (demo.cloudBill) seedCloudBill(w, db, demo.cloudBill, base, now, userName);
  if (demo.allocation) {
    for (const d of demo.allocation.drivers) w.insert('allocation_drivers', d);
    for (const v of demo.allocation.values) {
      w.insert('allocation_driver_values', {
        driver_id: v.driverId,
        period: v.period,
        target: v.target,
        quantity: v.quantity,
      });
    }
    for (const r of demo.allocation.rules) w.insert('allocation_rules', allocationRuleRow(r));
  }
  if (demo.rates) {
    const r = demo.rates;
    for (const s of r.services) w.insert('chargeback_services', chargebackServiceRow(s));
    w.insertRows(
      'service_usage',
      ['month', 'department_id', 'service_id', 'quantity'],
      r.usage.map((u) => [u.month, u.departmentId, u.serviceId, u.quantity]),
    );
    w.insertRows(
      'service_capacity',
      ['service_id', 'month', 'capacity'],
      r.capacity.map((c) => [c.serviceId, c.month, c.capacity]),
    );
    w.insert('rate_cards', rateCardRow(r.card));
    w.insertRows(
      'rate_card_entries',
      ENTRY_COLUMNS,
      r.entries.map((e) => [r.card.id, e.serviceId, e.rate, e.poolCost, e.volume]),
    );
  }
}
