import { sql } from 'drizzle-orm';
import { check, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The workbook's capitalization rule per asset class, where it differs from the engine's
 * defaultCapitalizationPolicy (a class without a row uses the default). threshold: Money
 * string in the base currency.
 */
export const capitalizationPolicies = sqliteTable(
  'capitalization_policies',
  {
    assetClass: text('asset_class').primaryKey(),
    label: text('label').notNull(),
    treatment: text('treatment', { enum: ['threshold', 'always-opex'] }).notNull(),
    threshold: text('threshold').notNull(),
    thresholdBasis: text('threshold_basis', { enum: ['per-item', 'per-bundle'] }).notNull(),
    usefulLifeMonths: integer('useful_life_months').notNull(),
    method: text('method').notNull(),
    convention: text('convention').notNull(),
    decliningBalancePercent: real('declining_balance_percent'),
  },
  (t) => [
    check('capitalization_policies_treatment', sql`${t.treatment} IN ('threshold', 'always-opex')`),
    check('capitalization_policies_basis', sql`${t.thresholdBasis} IN ('per-item', 'per-bundle')`),
    check('capitalization_policies_life', sql`${t.usefulLifeMonths} BETWEEN 1 AND 1200`),
  ],
);
