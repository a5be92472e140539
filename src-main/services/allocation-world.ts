import type { AllocationDriverRecord } from '../../src-shared/model/allocation';
import type { DriverTable } from '../engine/allocation';
import { listAllocationDrivers, listCostPoolCodes, listNodeNames } from '../repo/allocation-repo';
import type { WorkbookContext } from './context';
import type { RuleWorld } from './allocation-validate';

/** The nodes, pools and driver codes rules are checked against. */
export function loadRuleWorld(ctx: WorkbookContext): RuleWorld {
  return {
    nodes: listNodeNames(ctx.db),
    pools: new Set(listCostPoolCodes(ctx.db)),
    drivers: new Set(listAllocationDrivers(ctx.db).map((d) => d.code)),
  };
}

/**
 * The driver tables of a month, keyed by driver code: each target's quantity for `period`,
 * else its every-month value (period ''). Without a period, the every-month values only.
 */
export function driverTablesFor(drivers: readonly AllocationDriverRecord[], period = ''): DriverTable[] {
  return drivers.map((d) => {
    const quantities: Record<string, string> = {};
    for (const v of d.values) if (v.period === '') quantities[v.target] = v.quantity;
    for (const v of d.values) if (period !== '' && v.period === period) quantities[v.target] = v.quantity;
    return { id: d.code, quantities };
  });
}
