import type { Money } from '../money';

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
