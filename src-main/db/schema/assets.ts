import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';
import { costCenters } from './cost-centers';
import { currencies } from './currencies';
import { services } from './services';
import { vendors } from './vendors';

/**
 * Fixed assets and capitalized software. Amounts are Money strings in `currency`; the
 * expense type and the rule text are what the capitalization policy decided when the
 * asset was saved. units_by_period: JSON object of units used per fiscal period key.
 */
export const assets = sqliteTable(
  'assets',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    assetClass: text('asset_class').notNull(),
    expenseType: text('expense_type', { enum: ['CapEx', 'OpEx'] }).notNull(),
    classificationRule: text('classification_rule').notNull(),
    cost: text('cost').notNull(),
    salvage: text('salvage').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    quantity: integer('quantity').notNull().default(1),
    bundleTotal: text('bundle_total'),
    inServiceDate: text('in_service_date').notNull(),
    usefulLifeMonths: integer('useful_life_months').notNull(),
    method: text('method').notNull(),
    convention: text('convention').notNull(),
    decliningBalancePercent: real('declining_balance_percent'),
    totalUnits: real('total_units'),
    unitsByPeriod: text('units_by_period').notNull().default('{}'),
    /** What the units count, for units of production ("GPU hours"). */
    unitsLabel: text('units_label').notNull().default(''),
    costCenterId: text('cost_center_id').references(() => costCenters.id),
    serviceId: text('service_id').references(() => services.id),
    accountId: text('account_id').references(() => accounts.id),
    vendorId: text('vendor_id').references(() => vendors.id),
  },
  (t) => [
    uniqueIndex('assets_code_unique').on(sql`upper(${t.code})`),
    index('assets_cost_center_idx').on(t.costCenterId),
    index('assets_service_idx').on(t.serviceId),
    check('assets_expense_type', sql`${t.expenseType} IN ('CapEx', 'OpEx')`),
    check('assets_life', sql`${t.usefulLifeMonths} BETWEEN 1 AND 1200`),
    check('assets_quantity', sql`${t.quantity} >= 1`),
  ],
);
