import type { RunContext } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { AllocationBasis, AllocationRuleRecord, AllocationSummary } from '../../src-shared/model/allocation';
import { runAllocation, type AllocationResult, type DriverTable } from '../engine/allocation';
import { currentRunOf, listAllocationDrivers, listAllocationRules, RUN_COLUMNS } from '../repo/allocation-repo';
import { readSettings } from '../repo/settings-repo';
import { loadAllocationInputs, type AllocationInputs } from './allocation-inputs';
import { packInputs } from './allocation-snapshot';
import { summarize } from './allocation-summary';
import { checkRuleList, toEngineRules } from './allocation-validate';
import { driverTablesFor, loadRuleWorld } from './allocation-world';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';
import { newId } from './ids';

/** A computed (not yet stored) allocation of a month. */
export interface ComputedAllocation {
  inputs: AllocationInputs;
  rules: AllocationRuleRecord[];
  drivers: DriverTable[];
  result: AllocationResult;
}

/** Run the engine on a month's inputs with `rules` (default: the saved list). Writes nothing. */
export function computeAllocation(
  ctx: WorkbookContext,
  period: string,
  basis: AllocationBasis,
  rules: AllocationRuleRecord[] = listAllocationRules(ctx.db),
): ComputedAllocation {
  const world = loadRuleWorld(ctx);
  const drivers = driverTablesFor(listAllocationDrivers(ctx.db), period);
  checkRuleList(rules, world, drivers);
  const inputs = loadAllocationInputs(ctx, period, basis);
  const engineRules = toEngineRules(rules, world);
  const result = engineCall(
    () =>
      runAllocation({
        aggregates: inputs.aggregates,
        drivers,
        rules: engineRules,
        minorUnits: { [inputs.currency]: inputs.minorUnits },
      }),
    `allocation of ${period}`,
  );
  return { inputs, rules, drivers, result };
}

/** The summary of a computed allocation. */
export function summaryOf(
  ctx: WorkbookContext,
  c: ComputedAllocation,
  runId: string | null = null,
  ranAt: string | null = null,
): AllocationSummary {
  return summarize(
    {
      runId,
      ranAt,
      period: c.inputs.period,
      basis: c.inputs.basis,
      currency: c.inputs.currency,
      inputTotal: c.inputs.total,
      inputCount: c.inputs.aggregates.length,
      postingCount: c.result.postings.length,
      balances: c.result.balances,
      unallocated: c.result.unallocated,
    },
    loadRuleWorld(ctx).nodes,
  );
}

/** The snapshot stored with a run: rules and drivers as run, and every input with its origin. */
function snapshot(c: ComputedAllocation): string {
  return JSON.stringify({
    currency: c.inputs.currency,
    total: c.inputs.total,
    rules: c.rules.filter((r) => r.enabled).map(({ id, name, source, method }) => ({ id, name, source, method })),
    drivers: c.drivers,
    inputs: packInputs(
      c.inputs.aggregates.map((a) => {
        const o = c.inputs.origins.get(a.id)!;
        return { ...a, originalAmount: o.originalAmount, originalCurrency: o.originalCurrency };
      }),
    ),
  });
}

/**
 * Allocate a month and store the run as one command: the run (inputs snapshot), its
 * sources, postings, unallocated buckets and balances; the month's previous current run
 * becomes superseded. Progress by stage; a cancel before the write leaves the workbook as it was.
 *
 * @throws AppError 'validation' for bad rules or a missing FX rate, 'cancelled' when stopped
 */
export function runAndStore(
  ctx: WorkbookContext,
  args: { period: string; basis: AllocationBasis },
  run?: RunContext,
): AllocationSummary {
  const cancelled = () => {
    if (run?.signal?.aborted) throw new AppError('cancelled', 'The allocation was cancelled; nothing was written.');
  };
  run?.progress(0, 3, 'Reading costs and rules');
  const c = computeAllocation(ctx, args.period, args.basis);
  cancelled();
  run?.progress(1, 3, 'Allocating');
  const { result } = c;
  const runId = newId();
  const ranAt = ctx.now().toISOString();
  const previous = currentRunOf(ctx.db, args.period);
  run?.progress(2, 3, `Storing ${result.postings.length} postings`);
  cancelled();
  runCommand(
    ctx,
    { command: 'allocation/run', label: `Allocate ${args.period} (${args.basis})`, payload: args },
    (tx) => {
      if (previous) tx.update('allocation_runs', { id: previous.id }, { status: 'superseded' });
      tx.insert('allocation_runs', {
        id: runId,
        period: args.period,
        basis: args.basis,
        status: 'current',
        inputs: snapshot(c),
        ran_at: ranAt,
        ran_by: readSettings(ctx.orm).userName,
      });
      tx.insertRows(
        'allocation_sources',
        RUN_COLUMNS.sources,
        result.sources.map((s, i) => [runId, i, s.rule, s.currency, JSON.stringify(s.aggregateIds), s.amount]),
      );
      tx.insertRows(
        'allocation_postings',
        RUN_COLUMNS.postings,
        result.postings.map((p, i) => [
          runId,
          i,
          p.rule,
          p.step,
          p.method,
          p.group ?? null,
          p.fromNode ?? null,
          p.sourceAmount,
          p.to,
          p.currency,
          p.amount,
          p.driver ?? null,
          p.quantity ?? null,
          p.driverTotal ?? null,
          p.percent ?? null,
        ]),
      );
      tx.insertRows(
        'allocation_unallocated',
        RUN_COLUMNS.unallocated,
        result.unallocated.map((u, i) => [
          runId,
          i,
          u.reason,
          u.rule ?? null,
          u.detail,
          u.currency,
          u.amount,
          u.group ?? null,
          u.fromNode ?? null,
        ]),
      );
      tx.insertRows(
        'allocation_balances',
        RUN_COLUMNS.balances,
        result.balances.map((b) => [runId, b.target, b.currency, b.amount]),
      );
    },
  );
  run?.progress(3, 3, 'Done');
  return summaryOf(ctx, c, runId, ranAt);
}
