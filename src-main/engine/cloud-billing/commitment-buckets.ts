import { ExactSum } from '../mapped-import/exact-sum';
import type { FocusMeasure } from './focus-columns';
import type { CommitmentAggregate, MeasureSums } from './aggregate-types';

/** The fixed key of a commitment aggregate, in the order of `CommitmentAggregate['key']`. */
export interface CommitmentKey {
  billingPeriod: string;
  chargeMonth: string;
  provider: string | null;
  billingAccount: string | null;
  commitmentDiscountId: string | null;
  commitmentDiscountType: string | null;
  commitmentDiscountStatus: string | null;
  chargeCategory: string | null;
  pricingCategory: string | null;
}

/** The key's fields in the order `CommitmentBuckets.add` takes their values. */
export const COMMITMENT_KEY = [
  'billingPeriod',
  'chargeMonth',
  'provider',
  'billingAccount',
  'commitmentDiscountId',
  'commitmentDiscountType',
  'commitmentDiscountStatus',
  'chargeCategory',
  'pricingCategory',
] as const satisfies readonly (keyof CommitmentKey)[];

const SEP = '\u001f';

/**
 * Sums rows at the commitment grain (period, month, provider, account, commitment id, type,
 * status, charge and pricing category, currency): few keys, since on-demand rows collapse to
 * one per account, month and category, yet enough for utilization, coverage and savings.
 */
export class CommitmentBuckets {
  private readonly buckets = new Map<
    string,
    { key: CommitmentKey; currency: string; rows: number; sums: Partial<Record<FocusMeasure, ExactSum>> }
  >();

  /**
   * Add one accepted row: `parts` are the key's values in COMMITMENT_KEY order (the array may
   * be reused by the caller), `amounts[k]` the value of `measures[k]` (null: none).
   */
  add(
    parts: readonly (string | null)[],
    currency: string,
    measures: readonly FocusMeasure[],
    amounts: readonly (string | null | undefined)[],
  ): void {
    let id = currency;
    for (const v of parts) id += SEP + (v ?? '\u0000');
    let bucket = this.buckets.get(id);
    if (!bucket) {
      const key = Object.fromEntries(COMMITMENT_KEY.map((k, i) => [k, parts[i] ?? null])) as unknown as CommitmentKey;
      this.buckets.set(id, (bucket = { key, currency, rows: 0, sums: {} }));
    }
    bucket.rows++;
    for (let k = 0; k < measures.length; k++) {
      const amount = amounts[k];
      if (amount === null || amount === undefined) continue;
      (bucket.sums[measures[k]!] ??= new ExactSum()).add(amount);
    }
  }

  /** The aggregates so far, each with the sums of `measures` ('0' where no row had one). */
  result(measures: readonly FocusMeasure[]): CommitmentAggregate[] {
    return [...this.buckets.values()].map((b) => {
      const sums: MeasureSums = {};
      for (const m of measures) sums[m] = b.sums[m]?.value() ?? '0';
      return { key: b.key, currency: b.currency, rows: b.rows, sums };
    });
  }
}
