import type { Money } from '../money/money';

/** Formats the user can force; 'auto' detects FOCUS or the native export from the header. */
export const BILLING_IMPORT_FORMATS = [
  'auto',
  'focus',
  'aws-cur',
  'aws-cur2',
  'azure',
  'azure-amortized',
  'gcp',
  'oci',
] as const;
export type BillingImportFormat = (typeof BILLING_IMPORT_FORMATS)[number];

/** Dimensions an import can aggregate on (the engine's GrainDimension). */
export const BILLING_GRAIN = [
  'billingPeriod',
  'chargeDay',
  'chargeMonth',
  'provider',
  'billingAccount',
  'subAccount',
  'service',
  'region',
  'resourceType',
  'chargeCategory',
  'commitmentDiscount',
] as const;
export type BillingGrain = (typeof BILLING_GRAIN)[number];

/**
 * The dimensions a user may leave out of an import's grain, with their labels. Billing period,
 * provider and billing account are always kept (they decide what a later bill replaces), and
 * the charge period is kept by month or by day.
 */
export const OPTIONAL_BILLING_GRAIN = {
  subAccount: 'Sub account',
  service: 'Service',
  region: 'Region',
  resourceType: 'Resource type',
  chargeCategory: 'Charge category',
  commitmentDiscount: 'Commitment discount',
} as const satisfies Partial<Record<BillingGrain, string>>;
export type OptionalBillingGrain = keyof typeof OPTIONAL_BILLING_GRAIN;
/** Every optional dimension, in display order. */
export const OPTIONAL_BILLING_DIMS = Object.keys(OPTIONAL_BILLING_GRAIN) as OptionalBillingGrain[];

/** The grain of an import: the chosen optional dimensions and the charge period by month or day. */
export function billingGrainOf(dims: readonly OptionalBillingGrain[], byDay: boolean): BillingGrain[] {
  return ['billingPeriod', byDay ? 'chargeDay' : 'chargeMonth', 'provider', 'billingAccount', ...dims];
}

/** Exact totals of one currency: Money strings as summed from the file (up to 11+ decimals). */
export interface BillingCurrencyTotals {
  currency: string;
  rows: number;
  billedCost: Money;
  effectiveCost: Money;
  /** Absent when the file has no ListCost / ContractedCost column. */
  listCost?: Money;
  contractedCost?: Money;
}

/** One applied billing file, as the imports list shows it. */
export interface BillingImportRecord {
  id: string;
  fileName: string;
  sha256: string;
  /** 'focus', 'aws-cur', 'azure-actual', 'azure-amortized', 'gcp', 'oci'… */
  format: string;
  grain: BillingGrain[];
  tagKeys: string[];
  rowCount: number;
  aggregateCount: number;
  totals: BillingCurrencyTotals[];
  /** Billing periods 'YYYY-MM' of the file. */
  periods: string[];
  importedAt: string;
  importedBy: string;
  /** The import that replaced every aggregate of this one; null while it is live. */
  replacedBy: string | null;
}

/** What an import did, with the check that the stored aggregates hold the file's exact totals. */
export interface BillingImportResult {
  /** Journal seq of the command; null when nothing was written (identical file already live). */
  seq: number | null;
  importId: string | null;
  fileName: string;
  sha256: string;
  format: string;
  rows: number;
  aggregates: number;
  commitments: number;
  periods: string[];
  /** Earlier imports whose aggregates for the same provider, account and period were replaced. */
  replaced: { id: string; fileName: string; fullyReplaced: boolean }[];
  /** Summed from the file as it was read. */
  fileTotals: BillingCurrencyTotals[];
  /** Re-read from the stored aggregates after the write. */
  storedTotals: BillingCurrencyTotals[];
  /** fileTotals equal storedTotals exactly, every currency and measure. */
  totalsMatch: boolean;
  /** The same file (SHA-256) is imported and live: nothing was written. */
  alreadyImported: boolean;
  message: string;
}
