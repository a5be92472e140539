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

/** Analytics of one commitment. Percentages are decimal strings rounded to 2 places, null when undefined. */
export interface CommitmentStats {
  commitmentDiscountId: string;
  commitmentDiscountType: string | null;
  /** BilledCost of the Purchase rows: what was paid for the commitment in the rows given. */
  purchasedCost: Money;
  /** EffectiveCost of the Used rows: the amortized commitment cost that covered usage. */
  usedCost: Money;
  /** EffectiveCost of the Unused rows: commitment paid for and not used. */
  unusedCost: Money;
  /** usedCost + unusedCost: the commitment's amortized cost. */
  commitmentCost: Money;
  /** usedCost ÷ commitmentCost × 100. */
  utilizationPct: string | null;
  /** ListCost of the Used rows: what the covered usage would have cost on demand. */
  onDemandEquivalent: Money;
  /** ListCost − EffectiveCost over the Used rows. */
  savingsVsList: Money;
  /** ContractedCost − EffectiveCost over the Used rows; null when no ContractedCost was given. */
  savingsVsContracted: Money | null;
  /** savingsVsList − unusedCost: what the commitment saved after paying for idle capacity. */
  netSavings: Money;
  /** netSavings ÷ commitmentCost × 100: return on what the commitment cost. */
  roiPct: string | null;
  /** Share of the term covered by the rows' charge periods (0…100); null without a term. */
  termElapsedPct: string | null;
}

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
