import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';

/** SQL name, columns and primary-key columns of a table, read from the drizzle schema. */
export interface TableMeta {
  name: string;
  columns: readonly string[];
  key: readonly string[];
}

function metaOf(table: SQLiteTable): TableMeta {
  const cfg = getTableConfig(table);
  const columns = cfg.columns.map((c) => c.name);
  const composite = cfg.primaryKeys[0]?.columns.map((c) => c.name);
  const key = composite ?? cfg.columns.filter((c) => c.primary).map((c) => c.name);
  if (key.length === 0) throw new Error(`table ${cfg.name} has no primary key`);
  return { name: cfg.name, columns, key };
}

const TABLES: readonly SQLiteTable[] = [
  schema.settings,
  schema.currencies,
  schema.fiscalPeriods,
  schema.departments,
  schema.costCenters,
  schema.towers,
  schema.costPools,
  schema.services,
  schema.accounts,
  schema.vendors,
  schema.scenarios,
  schema.budgetLines,
  schema.budgetAmounts,
  schema.actuals,
  schema.accountingSettings,
  schema.capitalizationPolicies,
  schema.assets,
  schema.assetEvents,
  schema.contracts,
  schema.costItems,
  schema.fxRates,
  schema.tcoModels,
  schema.forecastProfiles,
  schema.forecastAdjustments,
  schema.forecastOverrides,
  schema.drivers,
  schema.driverValues,
  schema.driverAssumptions,
  schema.driverLineModels,
  schema.budgetLineSources,
  schema.importSources,
  schema.importCodeMaps,
  schema.importBatches,
  schema.closedPeriods,
  schema.purchaseOrders,
  schema.labourEntries,
  schema.billingImports,
  schema.billingAggregates,
  schema.billingCommitments,
  schema.commitmentTerms,
  schema.billingTagAliases,
  schema.billingTagValues,
  schema.billingTagKeys,
  schema.allocationDrivers,
  schema.allocationDriverValues,
  schema.allocationRules,
  schema.allocationRuns,
  schema.allocationSources,
  schema.allocationPostings,
  schema.allocationUnallocated,
  schema.allocationBalances,
  schema.chargebackServices,
  schema.serviceUsage,
  schema.serviceCapacity,
  schema.chargebackUnits,
  schema.rateCards,
  schema.rateCardEntries,
  schema.invoices,
  schema.invoiceDisputes,
  schema.chargebackAdjustments,
  schema.journal,
];

/** Every table of the schema by SQL name, in creation (foreign-key) order. */
export const TABLE_META: ReadonlyMap<string, TableMeta> = new Map(
  TABLES.map((t) => {
    const m = metaOf(t);
    return [m.name, m];
  }),
);

/** Tables a command may write through the change tracker (the journal writes itself). */
export type TrackedTable =
  | 'settings'
  | 'currencies'
  | 'fiscal_periods'
  | 'departments'
  | 'cost_centers'
  | 'towers'
  | 'cost_pools'
  | 'services'
  | 'accounts'
  | 'vendors'
  | 'scenarios'
  | 'budget_lines'
  | 'budget_amounts'
  | 'actuals'
  | 'accounting_settings'
  | 'capitalization_policies'
  | 'assets'
  | 'asset_events'
  | 'contracts'
  | 'cost_items'
  | 'fx_rates'
  | 'tco_models'
  | 'forecast_profiles'
  | 'forecast_adjustments'
  | 'forecast_overrides'
  | 'drivers'
  | 'driver_values'
  | 'driver_assumptions'
  | 'driver_line_models'
  | 'budget_line_sources'
  | 'import_sources'
  | 'import_code_maps'
  | 'import_batches'
  | 'closed_periods'
  | 'purchase_orders'
  | 'labour_entries'
  | 'billing_imports'
  | 'billing_aggregates'
  | 'billing_commitments'
  | 'commitment_terms'
  | 'billing_tag_aliases'
  | 'billing_tag_values'
  | 'billing_tag_keys'
  | 'allocation_drivers'
  | 'allocation_driver_values'
  | 'allocation_rules'
  | 'allocation_runs'
  | 'allocation_sources'
  | 'allocation_postings'
  | 'allocation_unallocated'
  | 'allocation_balances'
  | 'chargeback_services'
  | 'service_usage'
  | 'service_capacity'
  | 'chargeback_units'
  | 'rate_cards'
  | 'rate_card_entries'
  | 'invoices'
  | 'invoice_disputes'
  | 'chargeback_adjustments';

export function tableMeta(name: string): TableMeta {
  const m = TABLE_META.get(name);
  if (!m || name === 'journal') throw new Error(`unknown or untracked table "${name}"`);
  return m;
}
