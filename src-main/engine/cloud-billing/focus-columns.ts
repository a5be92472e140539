/**
 * The FOCUS (FinOps Open Cost and Usage Specification) 1.0–1.3 columns Outlay aggregates on,
 * and the cost measures it sums. Column names are the specification's; a native export is
 * mapped onto them by `formats.ts`.
 */

/** Dimension columns read from every row (text; null when the file has no value). */
export const FOCUS_DIMENSIONS = [
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargePeriodStart',
  'ProviderName',
  'BillingAccountId',
  'BillingAccountName',
  'SubAccountId',
  'SubAccountName',
  'ServiceName',
  'ServiceCategory',
  'RegionId',
  'RegionName',
  'ResourceType',
  'ChargeCategory',
  'CommitmentDiscountId',
  'CommitmentDiscountType',
  'CommitmentDiscountStatus',
  'PricingCategory',
  'BillingCurrency',
  'Tags',
] as const;
export type FocusDimension = (typeof FOCUS_DIMENSIONS)[number];

/**
 * Cost measures: BilledCost is the invoice (cash basis), EffectiveCost the amortized cost
 * (accrual basis, commitment purchases spread over their use), ListCost the public price,
 * ContractedCost the negotiated price before commitment discounts.
 */
export const FOCUS_MEASURES = ['BilledCost', 'EffectiveCost', 'ListCost', 'ContractedCost'] as const;
export type FocusMeasure = (typeof FOCUS_MEASURES)[number];

/** Measures a FOCUS row must carry a value for (the others may be null: nothing is added). */
export const REQUIRED_MEASURES: readonly FocusMeasure[] = ['BilledCost', 'EffectiveCost'];

/** Formats Outlay reads: FOCUS itself and the providers' native exports. */
export const BILLING_FORMATS = ['focus', 'aws-cur', 'aws-cur2', 'azure-ea', 'oci', 'gcp'] as const;
export type BillingFormat = (typeof BILLING_FORMATS)[number];
