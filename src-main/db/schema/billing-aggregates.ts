import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { billingImports } from './billing-imports';

/**
 * Cloud cost at the grain the user chose: one row per distinct key of an import. Dimensions
 * outside the grain, or absent from the file, are NULL. Costs are exact decimal strings as
 * summed from the file (providers bill to 10+ decimals); rounding to the currency happens
 * where money leaves the cloud view (allocation, invoices).
 */
export const billingAggregates = sqliteTable(
  'billing_aggregates',
  {
    id: text('id').primaryKey(),
    importId: text('import_id')
      .notNull()
      .references(() => billingImports.id, { onDelete: 'cascade' }),
    /** BillingPeriodStart as 'YYYY-MM': the replacement key together with provider and account. */
    billingPeriod: text('billing_period').notNull(),
    /** ChargePeriodStart as 'YYYY-MM' or 'YYYY-MM-DD' by the grain; 'YYYY-MM' at least. */
    chargePeriod: text('charge_period').notNull(),
    provider: text('provider').notNull(),
    billingAccount: text('billing_account').notNull(),
    subAccount: text('sub_account'),
    service: text('service'),
    region: text('region'),
    resourceType: text('resource_type'),
    chargeCategory: text('charge_category'),
    commitmentDiscount: text('commitment_discount'),
    /** JSON object: selected canonical tag key → canonical value (null = untagged). */
    tags: text('tags').notNull(),
    currency: text('currency').notNull(),
    billedCost: text('billed_cost').notNull(),
    effectiveCost: text('effective_cost').notNull(),
    listCost: text('list_cost'),
    contractedCost: text('contracted_cost'),
    rowCount: integer('row_count').notNull(),
  },
  (t) => [
    index('billing_aggregates_period_idx').on(t.billingPeriod, t.provider, t.billingAccount),
    index('billing_aggregates_charge_idx').on(t.chargePeriod),
    index('billing_aggregates_import_idx').on(t.importId),
  ],
);

/**
 * Commitment rows (reserved instances, savings plans, committed-use discounts) at their own
 * fixed grain, for utilization, coverage and savings: kept beside the user's grain because
 * they need the commitment status and pricing category the user grain does not carry.
 */
export const billingCommitments = sqliteTable(
  'billing_commitments',
  {
    id: text('id').primaryKey(),
    importId: text('import_id')
      .notNull()
      .references(() => billingImports.id, { onDelete: 'cascade' }),
    billingPeriod: text('billing_period').notNull(),
    chargeMonth: text('charge_month').notNull(),
    provider: text('provider').notNull(),
    billingAccount: text('billing_account').notNull(),
    commitmentDiscountId: text('commitment_discount_id'),
    commitmentDiscountType: text('commitment_discount_type'),
    commitmentDiscountStatus: text('commitment_discount_status'),
    chargeCategory: text('charge_category').notNull(),
    pricingCategory: text('pricing_category'),
    currency: text('currency').notNull(),
    billedCost: text('billed_cost').notNull(),
    effectiveCost: text('effective_cost').notNull(),
    listCost: text('list_cost').notNull(),
    contractedCost: text('contracted_cost'),
    rowCount: integer('row_count').notNull(),
  },
  (t) => [
    index('billing_commitments_period_idx').on(t.billingPeriod, t.provider, t.billingAccount),
    index('billing_commitments_import_idx').on(t.importId),
  ],
);

/** The term of a commitment, entered by the user (FOCUS rows do not carry it): for ROI over the term. */
export const commitmentTerms = sqliteTable('commitment_terms', {
  commitmentDiscountId: text('commitment_discount_id').primaryKey(),
  /** ISO date, inclusive. */
  start: text('start').notNull(),
  /** ISO date, exclusive. */
  end: text('end').notNull(),
});
