import { AppError } from '../../src-shared/ipc/errors';
import type { AllocationMethod, AllocationSummary, SourceSelector } from '../../src-shared/model/allocation';
import type { AllocationResult, DriverTable, Posting } from '../engine/allocation';
import { currentRunOf, findRun, runDetail, type RunRow } from '../repo/allocation-repo';
import { unpackInputs, type PackedInputs, type SnapshotAggregate } from './allocation-snapshot';
import { summarize } from './allocation-summary';
import { loadRuleWorld } from './allocation-world';
import type { WorkbookContext } from './context';

/** The snapshot a run stored (see allocation-run). */
export interface RunSnapshot {
  currency: string;
  total: string;
  rules: { id: string; name: string; source: SourceSelector; method: AllocationMethod }[];
  drivers: DriverTable[];
  aggregates: SnapshotAggregate[];
}

/** A stored run read back as the engine's result, with its header and snapshot. */
export interface StoredRun {
  run: RunRow;
  snapshot: RunSnapshot;
  result: AllocationResult;
}

/** The run with `runId`, else the month's current run; undefined when the month has none. */
export function findStoredRun(ctx: WorkbookContext, q: { period?: string; runId?: string }): StoredRun | undefined {
  const run = q.runId ? findRun(ctx.db, q.runId) : q.period ? currentRunOf(ctx.db, q.period) : undefined;
  if (!run) return undefined;
  const d = runDetail(ctx.db, run.id);
  const result: AllocationResult = {
    sources: d.sources.map((s) => ({
      rule: s.rule,
      currency: s.currency,
      aggregateIds: JSON.parse(s.aggregateIds) as string[],
      amount: s.amount,
    })),
    postings: d.postings.map((p) => {
      const out: Posting = {
        rule: p.rule,
        step: p.step,
        method: p.method as Posting['method'],
        sourceAmount: p.sourceAmount,
        to: p.target,
        currency: p.currency,
        amount: p.amount,
      };
      if (p.sourceGroup !== null) out.group = p.sourceGroup;
      if (p.fromNode !== null) out.fromNode = p.fromNode;
      if (p.driver !== null) out.driver = p.driver;
      if (p.quantity !== null) out.quantity = p.quantity;
      if (p.driverTotal !== null) out.driverTotal = p.driverTotal;
      if (p.percent !== null) out.percent = p.percent;
      return out;
    }),
    unallocated: d.unallocated.map((u) => ({
      reason: u.reason as AllocationResult['unallocated'][number]['reason'],
      ...(u.rule === null ? {} : { rule: u.rule }),
      detail: u.detail,
      currency: u.currency,
      amount: u.amount,
      ...(u.sourceGroup === null ? {} : { group: u.sourceGroup }),
      ...(u.fromNode === null ? {} : { fromNode: u.fromNode }),
    })),
    balances: d.balances,
    closed: [],
  };
  const stored = JSON.parse(run.inputs) as Omit<RunSnapshot, 'aggregates'> & { inputs: PackedInputs };
  const { inputs, ...rest } = stored;
  return { run, snapshot: { ...rest, aggregates: unpackInputs(inputs, stored.currency) }, result };
}

/** Like findStoredRun, refusing with 'not-found' when there is no run. */
export function requireStoredRun(ctx: WorkbookContext, q: { period?: string; runId?: string }): StoredRun {
  const s = findStoredRun(ctx, q);
  if (!s) {
    throw new AppError(
      'not-found',
      q.runId ? `There is no allocation run "${q.runId}".` : `${q.period} has not been allocated yet.`,
      {
        field: q.runId ? 'runId' : 'period',
      },
    );
  }
  return s;
}

/** The summary of a stored run. */
export function storedSummary(ctx: WorkbookContext, s: StoredRun): AllocationSummary {
  return summarize(
    {
      runId: s.run.id,
      ranAt: s.run.ranAt,
      period: s.run.period,
      basis: s.run.basis,
      currency: s.snapshot.currency,
      inputTotal: s.snapshot.total,
      inputCount: s.snapshot.aggregates.length,
      postingCount: s.result.postings.length,
      balances: s.result.balances,
      unallocated: s.result.unallocated,
    },
    loadRuleWorld(ctx).nodes,
  );
}
