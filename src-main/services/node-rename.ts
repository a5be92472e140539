import { nodeId, type NodeKind } from '../../src-shared/model/allocation-nodes';
import { renameNodeInRule } from '../engine/allocation';
import { allocationRuleRow, listAllocationRules, nodeUsers } from '../repo/allocation-repo';
import type { TrackedTx } from './command';
import type { WorkbookContext } from './context';

/**
 * Keep allocation rules, driver quantities and the service catalogue pointing at a cost
 * center, business unit or service whose code changes, inside the renaming command (so undo
 * takes both back). Stored allocation runs and issued invoices keep the code they were made
 * with: they are history.
 */
export function renameNodeReferences(
  ctx: WorkbookContext,
  tx: TrackedTx,
  kind: NodeKind,
  oldCode: string,
  newCode: string,
): void {
  const from = nodeId(kind, oldCode);
  const to = nodeId(kind, newCode);
  for (const rule of listAllocationRules(ctx.db)) {
    const renamed = renameNodeInRule(rule, from, to);
    if (renamed) tx.update('allocation_rules', { id: rule.id }, allocationRuleRow({ ...rule, ...renamed }));
  }
  const users = nodeUsers(ctx.db, from);
  for (const v of users.driverValues) {
    tx.delete('allocation_driver_values', {
      driver_id: v.driver_id as string,
      period: v.period as string,
      target: from,
    });
    tx.insert('allocation_driver_values', { ...v, target: to });
  }
  for (const id of users.catalogueIds) tx.update('chargeback_services', { id }, { node: to });
}
