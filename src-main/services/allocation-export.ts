import { writeFile } from 'node:fs/promises';
import type { OutputDone, OutputRef } from '../../src-shared/ipc/files';
import { focusAllocationRows, focusCsv } from '../io/allocation-export/focus-rows';
import { writeOutput } from '../io/files';
import { requireStoredRun } from './allocation-stored';
import { loadRuleWorld } from './allocation-world';
import type { WorkbookContext } from './context';

/** Write a stored run's allocated costs as a FOCUS CSV (see focusAllocationRows). */
export async function exportFocus(
  ctx: WorkbookContext,
  args: { period?: string | undefined; runId?: string | undefined; output: OutputRef },
): Promise<{ rows: number; total: string; output: OutputDone }> {
  const stored = requireStoredRun(ctx, {
    ...(args.period === undefined ? {} : { period: args.period }),
    ...(args.runId === undefined ? {} : { runId: args.runId }),
  });
  const { run, snapshot, result } = stored;
  const dims = new Map(snapshot.aggregates.map((a) => [a.id, a.dims]));
  const rows = focusAllocationRows({
    runId: run.id,
    period: run.period,
    basis: run.basis,
    currency: snapshot.currency,
    result,
    ruleNames: new Map(snapshot.rules.map((r) => [r.id, r.name])),
    nodeNames: loadRuleWorld(ctx).nodes,
    groupService: (g) => {
      const services = new Set(result.sources[g]?.aggregateIds.map((id) => dims.get(id)?.service));
      const [only] = services;
      return services.size === 1 ? only : undefined;
    },
  });
  const output = await writeOutput(args.output, (temp) => writeFile(temp, focusCsv(rows), 'utf8'));
  return { rows: rows.length, total: snapshot.total, output };
}
