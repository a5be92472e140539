import type { AllocationTrace, TraceStep } from '../../src-shared/model/allocation';
import { D } from '../../src-shared/money';
import { explain, explainLines, type Inflow, type Posting } from '../engine/allocation';
import { requireStoredRun, type RunSnapshot } from './allocation-stored';
import type { WorkbookContext } from './context';

/** Aggregates listed per step; the step still carries the full amount. */
const AGGREGATE_LIMIT = 50;

function labelOf(a: RunSnapshot['aggregates'][number]): string {
  const dims = Object.entries(a.dims).map(([k, v]) => `${k}=${v}`);
  const own = a.originalCurrency !== undefined ? ` (${a.originalAmount} ${a.originalCurrency})` : '';
  return `${a.id}: ${dims.join(', ')}${a.pool ? `, pool=${a.pool}` : ''}${own}`;
}

/**
 * The chain behind what `target` holds in a stored run: every posting into it, grouped by
 * where it came from (a rule's aggregates or a closed node), each followed back through
 * step-down nodes to the aggregates with rule, driver, quantity and driver total. With
 * `from` (a node or rule id), `steps` and `total` are its direct postings to `target`, and
 * `via` the other postings whose chain passes through `from` further up (a security
 * service reaching Finance through the network services it was partly allocated to).
 */
export function traceAllocation(
  ctx: WorkbookContext,
  q: { period?: string | undefined; runId?: string | undefined; target: string; from?: string | undefined },
): AllocationTrace {
  const stored = requireStoredRun(ctx, {
    ...(q.period === undefined ? {} : { period: q.period }),
    ...(q.runId === undefined ? {} : { runId: q.runId }),
  });
  const { result, snapshot } = stored;
  const ruleNames = new Map(snapshot.rules.map((r) => [r.id, r.name]));
  const aggregates = new Map(snapshot.aggregates.map((a) => [a.id, a]));
  const into = result.postings.filter((p) => p.to === q.target);
  const sources = [...new Set(into.map((p) => p.fromNode ?? p.rule))];

  const step = (posting: Posting, inflow?: Inflow): TraceStep => {
    const group = posting.group === undefined ? undefined : result.sources[posting.group];
    return {
      rule: posting.rule,
      ruleName: ruleNames.get(posting.rule) ?? posting.rule,
      method: posting.method,
      to: posting.to,
      from: posting.fromNode ?? `rule ${ruleNames.get(posting.rule) ?? posting.rule}`,
      amount: posting.amount,
      sourceAmount: posting.sourceAmount,
      driver: posting.driver ?? null,
      quantity: posting.quantity ?? null,
      driverTotal: posting.driverTotal ?? null,
      percent: posting.percent ?? null,
      aggregates: (group?.aggregateIds ?? []).slice(0, AGGREGATE_LIMIT).map((id) => {
        const a = aggregates.get(id);
        return { id, label: a ? labelOf(a) : id, amount: a?.amount ?? '' };
      }),
      inflows: posting.fromNode === undefined ? [] : (inflow?.origin?.inflows ?? []).map((f) => step(f.posting, f)),
    };
  };

  const steps: TraceStep[] = [];
  const lines: string[] = [];
  for (const from of sources) {
    const e = explain(result, q.target, from);
    const named = explainLines(e).map((l) =>
      l.replace(/rule (\S+) \(/g, (_m, id: string) => `rule "${ruleNames.get(id) ?? id}" (`),
    );
    if (q.from === undefined || from === q.from) lines.push(...named);
    for (const c of e.charges) steps.push(step(c.posting, { posting: c.posting, origin: c.origin }));
  }
  const passes = (s: TraceStep): boolean => s.from === q.from || s.inflows.some(passes);
  const kept = q.from === undefined ? steps : steps.filter((s) => s.from === q.from);
  const via = q.from === undefined ? [] : steps.filter((s) => s.from !== q.from && s.inflows.some(passes));
  const total = kept.reduce((a, s) => a.plus(s.amount), new D(0)).toFixed();
  return { runId: stored.run.id, target: q.target, from: q.from ?? null, total, steps: kept, via, lines };
}
