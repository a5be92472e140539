import type { AllocationBasis, AllocationPreview, AllocationRuleRecord } from '../../src-shared/model/allocation';
import { D } from '../../src-shared/money';
import { listAllocationRules } from '../repo/allocation-repo';
import type { RuleDraft } from './allocation-config';
import { computeAllocation, summaryOf } from './allocation-run';
import { newId } from './ids';

import type { WorkbookContext } from './context';

/**
 * What a proposed (unsaved) rule list would allocate in a month, beside what the saved list
 * allocates, with the difference per target. Writes nothing. Drafts without an id are new rules.
 *
 * @throws AppError 'validation' when the proposed list is invalid, naming the rule and field
 */
export function previewRules(
  ctx: WorkbookContext,
  args: { period: string; basis: AllocationBasis; rules: RuleDraft[] },
): AllocationPreview {
  const proposedRules: AllocationRuleRecord[] = args.rules.map((r, position) => ({
    ...r,
    id: r.id ?? newId(),
    position,
  }));
  const proposed = summaryOf(ctx, computeAllocation(ctx, args.period, args.basis, proposedRules));
  const current = summaryOf(ctx, computeAllocation(ctx, args.period, args.basis, listAllocationRules(ctx.db)));
  const before = new Map(current.balances.map((b) => [b.target, b]));
  const after = new Map(proposed.balances.map((b) => [b.target, b]));
  const targets = [...new Set([...before.keys(), ...after.keys()])].sort();
  const diff = targets.map((target) => {
    const b = before.get(target)?.amount ?? '0';
    const a = after.get(target)?.amount ?? '0';
    return {
      target,
      name: after.get(target)?.name ?? before.get(target)?.name ?? target,
      before: b,
      after: a,
      delta: new D(a).minus(b).toFixed(),
    };
  });
  return {
    current,
    proposed,
    diff,
    unallocatedBefore: current.unallocatedTotal,
    unallocatedAfter: proposed.unallocatedTotal,
  };
}
