import type { Dimensions } from '../../src-shared/ipc/contract';
import type { Account, CostCenter, Department, Service, TaxonomyEntry, Vendor } from '../../src-shared/model';

/** Dimension rows by id, for labelling grid cells without a search per cell. */
export interface Lookups {
  departments: Map<string, Department>;
  costCenters: Map<string, CostCenter>;
  services: Map<string, Service>;
  accounts: Map<string, Account>;
  vendors: Map<string, Vendor>;
  towers: Map<string, TaxonomyEntry>;
  costPools: Map<string, TaxonomyEntry>;
  minorUnits: Map<string, number>;
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

export function buildLookups(d: Dimensions): Lookups {
  return {
    departments: byId(d.departments),
    costCenters: byId(d.costCenters),
    services: byId(d.services),
    accounts: byId(d.accounts),
    vendors: byId(d.vendors),
    towers: byId(d.towers),
    costPools: byId(d.costPools),
    minorUnits: new Map(d.currencies.map((c) => [c.code, c.minorUnits])),
  };
}

/** "CC-100 Network Operations" style label, or the id when the row is gone. */
export function codeName(row: { code: string; name: string } | undefined, fallback = ''): string {
  return row ? `${row.code} ${row.name}` : fallback;
}
