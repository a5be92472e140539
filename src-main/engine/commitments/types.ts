import type { CommitmentStats } from '../../../src-shared/model/commitments';
import type { Money } from '../../../src-shared/money';

/**
 * One cost row with the FOCUS commitment columns, as plain strings (the importer maps
 * file columns onto it; absent or "null" values arrive as null).
 */
export interface CommitmentRow {
  /** CommitmentDiscountId; null for on-demand rows. */
  commitmentDiscountId: string | null;
  /** CommitmentDiscountType ("Reserved Instance", "Savings Plan", "Committed Use Discount"). */
  commitmentDiscountType?: string | null;
  /** CommitmentDiscountStatus: Used or Unused on usage rows of a commitment, null elsewhere. */
  commitmentDiscountStatus: 'Used' | 'Unused' | null;
  /** ChargeCategory ("Purchase", "Usage", "Tax", "Credit", "Adjustment"). */
  chargeCategory: string;
  /** PricingCategory ("Standard" = on-demand, "Committed", "Dynamic"…); null when not given. */
  pricingCategory?: string | null;
  billedCost: Money;
  effectiveCost: Money;
  listCost: Money;
  /** ContractedCost; null when the file has no such column. */
  contractedCost: Money | null;
  /** ChargePeriodStart, ISO date-time. */
  chargePeriodStart: string;
}

/** A commitment's term, to report ROI over the whole term and how much of it has elapsed. */
export interface CommitmentTerm {
  /** ISO date (inclusive). */
  start: string;
  /** ISO date (exclusive). */
  end: string;
}

export type { CommitmentStats } from '../../../src-shared/model/commitments';

/** The analytics of all commitments and the coverage of eligible usage. */
export interface CommitmentReport {
  commitments: CommitmentStats[];
  /** ListCost of usage covered by commitments (Used rows). */
  coveredOnDemandCost: Money;
  /** ListCost of eligible usage that ran on demand. */
  uncoveredOnDemandCost: Money;
  /** covered ÷ (covered + uncovered) × 100, in on-demand (list) terms. */
  coveragePct: string | null;
}
