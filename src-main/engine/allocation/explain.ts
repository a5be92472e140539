import type { AllocationResult, Posting } from './types';

/** Where a node's pool came from: each amount it received, back to aggregates. */
export interface PoolOrigin {
  node: string;
  currency: string;
  inflows: Inflow[];
}

/** One amount a node received: from aggregates (ids and their total) or from another node's pool. */
export interface Inflow {
  posting: Posting;
  aggregates?: { ids: readonly string[]; amount: string };
  origin?: PoolOrigin;
}

/** Why `target` holds money that came from `from`: each posting, and the source pool behind it. */
export interface Explanation {
  target: string;
  from: string;
  /** Postings from `from` into `target`, each with the origin of `from`'s pool in its currency. */
  charges: { posting: Posting; origin: PoolOrigin }[];
}

/**
 * Explain "why is Finance charged X for Network?": the postings by which node `from` (a
 * service closed by a step-down rule) passed cost to `target`, with the rule, method,
 * driver quantity and total of each, and recursively what `from`'s pool held and where that
 * came from, down to the aggregate ids. Also answers for aggregate postings when `from` is
 * a rule id (direct assignments, splits of tagged pools).
 */
export function explain(result: AllocationResult, target: string, from: string): Explanation {
  const into = new Map<string, Posting[]>();
  for (const p of result.postings) {
    const list = into.get(p.to);
    if (list) list.push(p);
    else into.set(p.to, [p]);
  }
  const origin = (node: string, currency: string, seen: ReadonlySet<string>): PoolOrigin => {
    const inflows = (into.get(node) ?? [])
      .filter((p) => p.currency === currency)
      .map((posting): Inflow => {
        if (posting.fromNode !== undefined) {
          // Step-down never flows back, so a cycle would mean a corrupt result: stop rather than loop.
          if (seen.has(posting.fromNode)) return { posting };
          return { posting, origin: origin(posting.fromNode, currency, new Set([...seen, posting.fromNode])) };
        }
        const g = result.sources[posting.group!]!;
        return { posting, aggregates: { ids: g.aggregateIds, amount: g.amount } };
      });
    return { node, currency, inflows };
  };
  const charges = (into.get(target) ?? [])
    .filter((p) => p.fromNode === from || (p.fromNode === undefined && p.rule === from))
    .map((posting) => ({
      posting,
      origin:
        posting.fromNode === undefined
          ? {
              node: from,
              currency: posting.currency,
              inflows: [
                {
                  posting,
                  aggregates: {
                    ids: result.sources[posting.group!]!.aggregateIds,
                    amount: result.sources[posting.group!]!.amount,
                  },
                },
              ],
            }
          : origin(from, posting.currency, new Set([from])),
    }));
  return { target, from, charges };
}

function how(p: Posting): string {
  if (p.method === 'driver') return `driver ${p.driver}: ${p.quantity} of ${p.driverTotal}`;
  if (p.method === 'percent') return `${p.percent} %`;
  if (p.method === 'even') return 'even split';
  return 'direct assignment';
}

/** The explanation as indented lines a person can read, one per amount, down to the aggregates. */
export function explainLines(e: Explanation): string[] {
  const lines: string[] = [];
  const walk = (o: PoolOrigin, depth: number) => {
    const pad = '  '.repeat(depth);
    for (const f of o.inflows) {
      const p = f.posting;
      if (f.aggregates) {
        lines.push(
          `${pad}${p.amount} ${p.currency} by rule ${p.rule} (${how(p)}) of ${f.aggregates.amount} from aggregates ${f.aggregates.ids.join(', ')}`,
        );
      } else {
        lines.push(
          `${pad}${p.amount} ${p.currency} by rule ${p.rule} (${how(p)}) of ${p.fromNode}'s ${p.sourceAmount}, which came from:`,
        );
        if (f.origin) walk(f.origin, depth + 1);
      }
    }
  };
  for (const { posting: p, origin } of e.charges) {
    lines.push(
      `${e.target} is charged ${p.amount} ${p.currency} for ${e.from} by rule ${p.rule} (${how(p)}) of ${p.sourceAmount}, which came from:`,
    );
    if (p.fromNode === undefined) lines.push(`  aggregates ${origin.inflows[0]!.aggregates!.ids.join(', ')}`);
    else walk(origin, 1);
  }
  return lines;
}
