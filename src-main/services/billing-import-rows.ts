import {
  billingGrainOf,
  OPTIONAL_BILLING_DIMS,
  type BillingCurrencyTotals,
  type BillingGrain,
} from '../../src-shared/ipc/billing-import-types';
import type {
  AggregateResult,
  BillingAggregate,
  CommitmentAggregate,
  GrainDimension,
  MeasureSums,
} from '../engine/cloud-billing';
import type { BillingKey } from '../repo/billing-repo';
import { currencyTotals } from './billing-import-read';
import { newId } from './ids';

/** Rows of one cloud bill import as the tables take them: shared by the import command and the demo seed. */

/** The grain an import aggregates at unless told otherwise (plus the workbook's tag keys). */
export const DEFAULT_BILLING_GRAIN: readonly BillingGrain[] = billingGrainOf(OPTIONAL_BILLING_DIMS, false);

/** Always in the grain: the replacement key (period, provider, account) and a charge month. */
const REQUIRED_GRAIN: readonly GrainDimension[] = ['billingPeriod', 'provider', 'billingAccount'];

export function fullGrain(grain: readonly BillingGrain[]): GrainDimension[] {
  const set = new Set<GrainDimension>([...REQUIRED_GRAIN, ...grain]);
  if (!set.has('chargeDay')) set.add('chargeMonth');
  return [...set];
}

/**
 * A required measure the file lacks takes the other's value (Azure actual-cost exports have
 * no amortized cost, amortized ones no invoice cost), so both bases always have a figure.
 */
function bothBases(s: MeasureSums): { billed: string; effective: string } {
  return { billed: s.BilledCost ?? s.EffectiveCost ?? '0', effective: s.EffectiveCost ?? s.BilledCost ?? '0' };
}

export function filledTotals(totals: BillingCurrencyTotals[], s: { billed: boolean; effective: boolean }) {
  return totals.map((t) => ({
    ...t,
    billedCost: s.billed ? t.billedCost : t.effectiveCost,
    effectiveCost: s.effective ? t.effectiveCost : t.billedCost,
  }));
}

export const keyText = (v: string | null | undefined): string => v ?? '';

export function aggregateRow(a: BillingAggregate, importId: string, at: number): unknown[] {
  const { billed, effective } = bothBases(a.sums);
  const k = a.key;
  return [
    newId(at),
    importId,
    keyText(k.billingPeriod).slice(0, 7),
    k.chargeDay ?? keyText(k.chargeMonth),
    keyText(k.provider),
    keyText(k.billingAccount),
    k.subAccount ?? null,
    k.service ?? null,
    k.region ?? null,
    k.resourceType ?? null,
    k.chargeCategory ?? null,
    k.commitmentDiscount ?? null,
    JSON.stringify(a.tags),
    a.currency,
    billed,
    effective,
    a.sums.ListCost ?? null,
    a.sums.ContractedCost ?? null,
    a.rows,
  ];
}

export function commitmentRow(c: CommitmentAggregate, importId: string, at: number): unknown[] {
  const { billed, effective } = bothBases(c.sums);
  const k = c.key;
  return [
    newId(at),
    importId,
    k.billingPeriod,
    k.chargeMonth,
    keyText(k.provider),
    keyText(k.billingAccount),
    k.commitmentDiscountId,
    k.commitmentDiscountType,
    k.commitmentDiscountStatus,
    keyText(k.chargeCategory),
    k.pricingCategory,
    c.currency,
    billed,
    effective,
    c.sums.ListCost ?? '0',
    c.sums.ContractedCost ?? null,
    c.rows,
  ];
}

/** What one import writes: its row, aggregate and commitment rows, totals and replacement keys. */
export interface BillingImportPlan {
  importRow: Record<string, unknown>;
  aggregates: unknown[][];
  commitments: unknown[][];
  fileTotals: BillingCurrencyTotals[];
  periods: string[];
  keys: BillingKey[];
}

/**
 * Turn an aggregated bill into table rows. Commitment figures need ListCost (savings vs
 * on-demand), so a file without it stores none.
 */
export function planBillingImport(
  read: Pick<AggregateResult, 'aggregates' | 'commitments' | 'measures' | 'totals' | 'rows'>,
  meta: {
    importId: string;
    fileName: string;
    sha256: string;
    format: string;
    grain: readonly GrainDimension[];
    tagKeys: readonly string[];
    at: Date;
    by: string;
  },
): BillingImportPlan {
  const present = { billed: read.measures.includes('BilledCost'), effective: read.measures.includes('EffectiveCost') };
  const fileTotals = filledTotals(currencyTotals(read.totals), present);
  const periods = [...new Set(read.aggregates.map((a) => keyText(a.key.billingPeriod).slice(0, 7)))].sort();
  const ms = meta.at.getTime();
  const aggregates = read.aggregates.map((a) => aggregateRow(a, meta.importId, ms));
  const commitments = read.measures.includes('ListCost')
    ? (read.commitments ?? []).map((c) => commitmentRow(c, meta.importId, ms))
    : [];
  const keys = new Map<string, BillingKey>();
  for (const r of [...aggregates, ...commitments]) {
    const key: BillingKey = [r[2] as string, r[4] as string, r[5] as string];
    keys.set(key.join('\u001f'), key);
  }
  const importRow = {
    id: meta.importId,
    file_name: meta.fileName,
    sha256: meta.sha256,
    format: meta.format,
    grain: JSON.stringify(meta.grain),
    tag_keys: JSON.stringify(meta.tagKeys),
    row_count: read.rows,
    aggregate_count: aggregates.length,
    totals: JSON.stringify(fileTotals),
    periods: JSON.stringify(periods),
    imported_at: meta.at.toISOString(),
    imported_by: meta.by,
    replaced_by: null,
  };
  return { importRow, aggregates, commitments, fileTotals, periods, keys: [...keys.values()] };
}
