import type { WorkbookChangedEvent } from '../../src-shared/ipc/contract';

/** SQLite tables behind each view, as named in workbook/changed events. */
export const TABLES = {
  dimensions: ['departments', 'cost_centers', 'services', 'accounts', 'vendors', 'towers', 'cost_pools', 'currencies'],
  scenarios: ['scenarios'],
  budget: ['budget_lines', 'budget_amounts', 'scenarios'],
  settings: ['settings', 'fiscal_periods'],
  accountingSettings: ['accounting_settings', 'settings', 'fiscal_periods'],
  capitalization: ['capitalization_policies'],
  assets: ['assets', 'asset_events'],
  contracts: ['contracts', 'cost_items'],
  fx: ['fx_rates', 'currencies'],
  tco: ['tco_models'],
  actuals: ['actuals', 'fx_rates'],
  forecastInputs: ['forecast_profiles', 'forecast_adjustments', 'forecast_overrides'],
  drivers: ['drivers', 'driver_values', 'driver_assumptions', 'driver_line_models'],
  lineSources: ['budget_line_sources'],
  imports: [
    'import_sources',
    'import_code_maps',
    'import_batches',
    'closed_periods',
    'purchase_orders',
    'labour_entries',
  ],
  cloud: [
    'billing_imports',
    'billing_aggregates',
    'billing_commitments',
    'commitment_terms',
    'billing_tag_aliases',
    'billing_tag_values',
    'billing_tag_keys',
  ],
  allocation: [
    'allocation_drivers',
    'allocation_driver_values',
    'allocation_rules',
    'allocation_runs',
    'allocation_sources',
    'allocation_postings',
    'allocation_unallocated',
    'allocation_balances',
  ],
  rates: ['chargeback_services', 'service_usage', 'service_capacity', 'rate_cards', 'rate_card_entries'],
  chargeback: ['chargeback_units', 'invoices', 'invoice_disputes', 'chargeback_adjustments'],
} as const;

/**
 * A predicate for useQuery's staleOn: the change touched one of these tables. An event
 * that names no tables is treated as touching everything.
 */
export function touches(...groups: (readonly string[])[]): (e: WorkbookChangedEvent) => boolean {
  const wanted = new Set(groups.flat());
  return (e) => e.tables.length === 0 || e.tables.some((t) => t === '*' || wanted.has(t));
}
