import type { AllocationMethod, SourceSelector } from './types';

/** The aggregate dimension holding a GL actual's code of a node kind (business units have none). */
const DIM_OF_KIND: Readonly<Record<string, string>> = { cc: 'costCenter', svc: 'service' };

const codeOf = (id: string): string => id.slice(id.indexOf(':') + 1);
const kindOf = (id: string): string => id.slice(0, id.indexOf(':'));

/**
 * A rule's source and method with one node id replaced by another (a cost center, business
 * unit or service whose code was renamed), or null when the rule does not name it. A match on
 * the GL dimension of that code (`costCenter`, `service`) follows the rename too, since the
 * actuals carry the new code from then on. Tag values read as codes (direct methods) are data
 * from the bills, not references, and are left as they are.
 */
export function renameNodeInRule(
  rule: { source: SourceSelector; method: AllocationMethod },
  from: string,
  to: string,
): { source: SourceSelector; method: AllocationMethod } | null {
  let changed = false;
  const swap = (id: string): string => {
    if (id !== from) return id;
    changed = true;
    return to;
  };
  const dim = DIM_OF_KIND[kindOf(from)];
  let source: SourceSelector = rule.source;
  if (source.kind === 'node') source = { ...source, node: swap(source.node) };
  else if (source.kind === 'match' && dim !== undefined && source.dims[dim] === codeOf(from)) {
    changed = true;
    source = { ...source, dims: { ...source.dims, [dim]: codeOf(to) } };
  }
  const m = rule.method;
  let method: AllocationMethod = m;
  if (m.kind === 'even') method = { ...m, targets: m.targets.map(swap) };
  else if (m.kind === 'percent') method = { ...m, shares: m.shares.map((s) => ({ ...s, target: swap(s.target) })) };
  else if (m.kind === 'driver' && m.targets) method = { ...m, targets: m.targets.map(swap) };
  else if (m.kind === 'direct' && m.map) {
    method = { ...m, map: Object.fromEntries(Object.entries(m.map).map(([k, v]) => [k, swap(v)])) };
  }
  return changed ? { source, method } : null;
}
