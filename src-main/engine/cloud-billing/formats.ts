import type { BillingFormat, FocusDimension, FocusMeasure } from './focus-columns';
import { FOCUS_DIMENSIONS } from './focus-columns';

/**
 * How each supported export maps onto FOCUS columns. Source columns are listed by name
 * (matched case-insensitively; the first present wins); a measure a format does not carry is
 * left out and its sums are reported as absent, never invented.
 */

/** Where a format keeps its resource tags. */
export type TagSource = { kind: 'json'; column: string } | { kind: 'columns'; prefix: string; strip?: string };

/** Reads a source column of the current row by name (undefined when the file lacks it). */
export type CellLookup = (column: string) => string | undefined;

export interface FormatSpec {
  id: BillingFormat;
  label: string;
  /** True when a header (lower-cased names) is this format's. */
  detect(names: ReadonlySet<string>): boolean;
  /** Source columns the file must have (named in the missing-columns error). */
  required: readonly string[];
  dimensions: Partial<Record<FocusDimension, readonly string[]>>;
  /** A fixed value for a dimension the export implies (the provider's name). */
  constants?: Partial<Record<FocusDimension, string>>;
  /** Native values translated to FOCUS ones (exact, case-sensitive source values). */
  valueMaps?: Partial<Record<FocusDimension, Readonly<Record<string, string>>>>;
  measures: Partial<Record<FocusMeasure, readonly string[]>>;
  /** A measure computed from several columns; returns the source column used, or null. */
  derived?: Partial<Record<FocusMeasure, (cell: CellLookup) => string | null>>;
  /** Where the tags are (none: every selected tag key is untagged). */
  tags?: TagSource;
}

const focusDims = Object.fromEntries(FOCUS_DIMENSIONS.map((d) => [d, [d]])) as Record<FocusDimension, string[]>;

const FOCUS: FormatSpec = {
  id: 'focus',
  label: 'FOCUS 1.0–1.3',
  detect: (n) => n.has('billedcost') && n.has('chargeperiodstart'),
  required: ['BillingPeriodStart', 'ChargePeriodStart', 'BilledCost', 'EffectiveCost'],
  // 1.3 renamed ProviderName to ServiceProviderName; either is read.
  dimensions: { ...focusDims, ProviderName: ['ServiceProviderName', 'ProviderName'] },
  measures: {
    BilledCost: ['BilledCost'],
    EffectiveCost: ['EffectiveCost'],
    ListCost: ['ListCost'],
    ContractedCost: ['ContractedCost'],
  },
  tags: { kind: 'json', column: 'Tags' },
};

const AWS_CHARGE: Record<string, string> = {
  Usage: 'Usage',
  DiscountedUsage: 'Usage',
  SavingsPlanCoveredUsage: 'Usage',
  SavingsPlanNegation: 'Usage',
  Tax: 'Tax',
  Credit: 'Credit',
  Refund: 'Credit',
  BundledDiscount: 'Credit',
  Discount: 'Credit',
  EdpDiscount: 'Credit',
  Fee: 'Purchase',
  RIFee: 'Purchase',
  SavingsPlanRecurringFee: 'Purchase',
  SavingsPlanUpfrontFee: 'Purchase',
};

/**
 * AWS effective (amortized) cost per line item type, as AWS's own FOCUS export derives it:
 * reserved and Savings Plan usage carry their amortized cost, the fees and negations that
 * the amortization replaces count zero, everything else is its unblended cost.
 */
function awsEffective(names: { type: string; unblended: string; ri: string; sp: string }) {
  return (cell: CellLookup): string | null => {
    switch (cell(names.type)) {
      case 'DiscountedUsage':
        return names.ri;
      case 'SavingsPlanCoveredUsage':
        return names.sp;
      case 'RIFee':
      case 'SavingsPlanRecurringFee':
      case 'SavingsPlanUpfrontFee':
      case 'SavingsPlanNegation':
        return null;
      default:
        return names.unblended;
    }
  };
}

const AWS_CUR: FormatSpec = {
  id: 'aws-cur',
  label: 'AWS Cost and Usage Report (legacy CUR)',
  detect: (n) => n.has('lineitem/unblendedcost'),
  required: [
    'bill/BillingPeriodStartDate',
    'lineItem/UsageStartDate',
    'lineItem/UnblendedCost',
    'lineItem/CurrencyCode',
  ],
  dimensions: {
    BillingPeriodStart: ['bill/BillingPeriodStartDate'],
    BillingPeriodEnd: ['bill/BillingPeriodEndDate'],
    ChargePeriodStart: ['lineItem/UsageStartDate'],
    BillingAccountId: ['bill/PayerAccountId'],
    SubAccountId: ['lineItem/UsageAccountId'],
    ServiceName: ['product/ProductName', 'lineItem/ProductCode'],
    RegionId: ['product/regionCode', 'product/region'],
    RegionName: ['product/location'],
    ChargeCategory: ['lineItem/LineItemType'],
    CommitmentDiscountId: ['reservation/ReservationARN', 'savingsPlan/SavingsPlanARN'],
    BillingCurrency: ['lineItem/CurrencyCode'],
  },
  constants: { ProviderName: 'AWS' },
  valueMaps: { ChargeCategory: AWS_CHARGE },
  measures: { BilledCost: ['lineItem/UnblendedCost'], ListCost: ['pricing/publicOnDemandCost'] },
  derived: {
    EffectiveCost: awsEffective({
      type: 'lineItem/LineItemType',
      unblended: 'lineItem/UnblendedCost',
      ri: 'reservation/EffectiveCost',
      sp: 'savingsPlan/SavingsPlanEffectiveCost',
    }),
  },
  tags: { kind: 'columns', prefix: 'resourceTags/', strip: 'user:' },
};

const AWS_CUR2: FormatSpec = {
  id: 'aws-cur2',
  label: 'AWS Cost and Usage Report 2.0 (Data Exports)',
  detect: (n) => n.has('line_item_unblended_cost'),
  required: [
    'bill_billing_period_start_date',
    'line_item_usage_start_date',
    'line_item_unblended_cost',
    'line_item_currency_code',
  ],
  dimensions: {
    BillingPeriodStart: ['bill_billing_period_start_date'],
    BillingPeriodEnd: ['bill_billing_period_end_date'],
    ChargePeriodStart: ['line_item_usage_start_date'],
    BillingAccountId: ['bill_payer_account_id'],
    BillingAccountName: ['bill_payer_account_name'],
    SubAccountId: ['line_item_usage_account_id'],
    SubAccountName: ['line_item_usage_account_name'],
    ServiceName: ['product_product_name', 'line_item_product_code'],
    RegionId: ['product_region_code'],
    RegionName: ['product_location'],
    ChargeCategory: ['line_item_line_item_type'],
    CommitmentDiscountId: ['reservation_reservation_a_r_n', 'savings_plan_savings_plan_a_r_n'],
    BillingCurrency: ['line_item_currency_code'],
  },
  constants: { ProviderName: 'AWS' },
  valueMaps: { ChargeCategory: AWS_CHARGE },
  measures: { BilledCost: ['line_item_unblended_cost'], ListCost: ['pricing_public_on_demand_cost'] },
  derived: {
    EffectiveCost: awsEffective({
      type: 'line_item_line_item_type',
      unblended: 'line_item_unblended_cost',
      ri: 'reservation_effective_cost',
      sp: 'savings_plan_savings_plan_effective_cost',
    }),
  },
  tags: { kind: 'json', column: 'resource_tags' },
};

const AZURE_CHARGE: Record<string, string> = {
  Usage: 'Usage',
  Purchase: 'Purchase',
  Refund: 'Credit',
  Adjustment: 'Adjustment',
  Tax: 'Tax',
  UnusedReservation: 'Usage',
  UnusedSavingsPlan: 'Usage',
  RoundingAdjustment: 'Adjustment',
};

/**
 * Azure Cost Management EA/MCA cost details. ActualCost and AmortizedCost exports have the
 * same columns, so the caller says which one it is: `Cost` is BilledCost of an actual-cost
 * file and EffectiveCost of an amortized one (`azureEa('actual' | 'amortized')`).
 */
export function azureEa(kind: 'actual' | 'amortized'): FormatSpec {
  const cost = ['Cost', 'CostInBillingCurrency'];
  return {
    id: 'azure-ea',
    label: `Azure cost details (${kind === 'actual' ? 'ActualCost' : 'AmortizedCost'})`,
    detect: (n) => (n.has('cost') || n.has('costinbillingcurrency')) && n.has('metercategory'),
    required: ['BillingPeriodStartDate', 'Date', 'Cost|CostInBillingCurrency', 'BillingCurrency|BillingCurrencyCode'],
    dimensions: {
      BillingPeriodStart: ['BillingPeriodStartDate'],
      BillingPeriodEnd: ['BillingPeriodEndDate'],
      ChargePeriodStart: ['Date'],
      BillingAccountId: ['BillingAccountId'],
      BillingAccountName: ['BillingAccountName'],
      SubAccountId: ['SubscriptionId'],
      SubAccountName: ['SubscriptionName'],
      ServiceName: ['MeterCategory'],
      ServiceCategory: ['ServiceFamily'],
      RegionId: ['ResourceLocation'],
      RegionName: ['MeterRegion'],
      ResourceType: ['ConsumedService'],
      ChargeCategory: ['ChargeType'],
      CommitmentDiscountId: ['benefitId', 'ReservationId'],
      CommitmentDiscountType: ['PricingModel'],
      BillingCurrency: ['BillingCurrency', 'BillingCurrencyCode'],
    },
    constants: { ProviderName: 'Microsoft' },
    valueMaps: {
      ChargeCategory: AZURE_CHARGE,
      CommitmentDiscountType: { Reservation: 'Reservation', SavingsPlan: 'Savings Plan', OnDemand: '', Spot: '' },
    },
    measures: kind === 'actual' ? { BilledCost: cost } : { EffectiveCost: cost },
    tags: { kind: 'json', column: 'Tags' },
  };
}

/** OCI cost reports carry no amortization: myCost is both billed and effective cost. */
const OCI: FormatSpec = {
  id: 'oci',
  label: 'Oracle Cloud (OCI) cost report',
  detect: (n) => n.has('cost/mycost'),
  required: ['lineItem/intervalUsageStart', 'cost/myCost', 'cost/currencyCode'],
  dimensions: {
    ChargePeriodStart: ['lineItem/intervalUsageStart'],
    BillingAccountId: ['lineItem/tenantId'],
    SubAccountId: ['product/compartmentId'],
    SubAccountName: ['product/compartmentName'],
    ServiceName: ['product/service'],
    RegionId: ['product/region'],
    BillingCurrency: ['cost/currencyCode'],
  },
  constants: { ProviderName: 'Oracle' },
  measures: { BilledCost: ['cost/myCost'], EffectiveCost: ['cost/myCost'] },
  tags: { kind: 'columns', prefix: 'tags/' },
};

/**
 * GCP billing export as flattened CSV (BigQuery standard export columns). No real sample was
 * available: the mapping follows Google's documented column names. Credits are a repeated
 * field the flat CSV does not carry, so `cost` is both billed and effective cost.
 */
const GCP: FormatSpec = {
  id: 'gcp',
  label: 'Google Cloud billing export (CSV)',
  detect: (n) => n.has('billing_account_id') && n.has('usage_start_time') && n.has('cost'),
  required: ['usage_start_time', 'cost', 'currency'],
  dimensions: {
    BillingPeriodStart: ['invoice.month'],
    ChargePeriodStart: ['usage_start_time'],
    BillingAccountId: ['billing_account_id'],
    SubAccountId: ['project.id'],
    SubAccountName: ['project.name'],
    ServiceName: ['service.description'],
    RegionId: ['location.region'],
    ChargeCategory: ['cost_type'],
    BillingCurrency: ['currency'],
  },
  constants: { ProviderName: 'Google Cloud' },
  valueMaps: {
    ChargeCategory: { regular: 'Usage', tax: 'Tax', adjustment: 'Adjustment', rounding_error: 'Adjustment' },
  },
  measures: { BilledCost: ['cost'], EffectiveCost: ['cost'], ListCost: ['cost_at_list'] },
  tags: { kind: 'json', column: 'labels' },
};

/** The spec of `format` (Azure: actual cost unless told the file is amortized). */
export function formatSpec(format: BillingFormat, azureCost: 'actual' | 'amortized' = 'actual'): FormatSpec {
  const all: Record<BillingFormat, FormatSpec> = {
    focus: FOCUS,
    'aws-cur': AWS_CUR,
    'aws-cur2': AWS_CUR2,
    'azure-ea': azureEa(azureCost),
    oci: OCI,
    gcp: GCP,
  };
  return all[format];
}

/** The format of a header row (column names as read), or null when none matches. */
export function detectFormat(header: readonly string[]): BillingFormat | null {
  const names = new Set(header.map(columnKey));
  for (const spec of [FOCUS, AWS_CUR, AWS_CUR2, OCI, GCP, azureEa('actual')]) {
    if (spec.detect(names)) return spec.id;
  }
  return null;
}

/** A header name as matched: BOM and surrounding spaces dropped, lower case (`SkuPriceid`). */
export function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}
