import type { AllocationBasis, AllocationSummary } from '../../src-shared/model/allocation';
import { D, roundMoney } from '../../src-shared/money';

/** What a summary is built from: a run's balances and unallocated rows in one currency. */
export interface SummaryParts {
  runId: string | null;
  ranAt: string | null;
  period: string;
  basis: AllocationBasis;
  currency: string;
  inputTotal: string;
  inputCount: number;
  postingCount: number;
  balances: readonly { target: string; amount: string }[];
  unallocated: readonly { reason: string; rule?: string | null | undefined; detail: string; amount: string }[];
}

/**
 * Balances with their share of the allocated total and the conservation check
 * (allocated + unallocated = input, exactly). `names` gives display names of node ids.
 */
export function summarize(parts: SummaryParts, names: ReadonlyMap<string, string>): AllocationSummary {
  const allocated = parts.balances.reduce((a, b) => a.plus(b.amount), new D(0));
  const unallocated = parts.unallocated.reduce((a, u) => a.plus(u.amount), new D(0));
  return {
    runId: parts.runId,
    ranAt: parts.ranAt,
    period: parts.period,
    basis: parts.basis,
    currency: parts.currency,
    inputTotal: new D(parts.inputTotal).toFixed(),
    inputCount: parts.inputCount,
    postingCount: parts.postingCount,
    allocatedTotal: allocated.toFixed(),
    unallocatedTotal: unallocated.toFixed(),
    conserved: allocated.plus(unallocated).eq(parts.inputTotal),
    balances: parts.balances.map((b) => ({
      target: b.target,
      name: names.get(b.target) ?? b.target,
      amount: b.amount,
      share: allocated.isZero() ? '0' : roundMoney(new D(b.amount).div(allocated).times(100), 2),
    })),
    unallocated: parts.unallocated.map((u) => ({
      reason: u.reason,
      rule: u.rule ?? null,
      detail: u.detail,
      amount: u.amount,
    })),
  };
}
