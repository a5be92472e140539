/** A rule's source selector as stored in a run's inputs (only the fields a label needs). */
interface StoredSource {
  kind?: unknown;
  pool?: unknown;
  dims?: unknown;
  key?: unknown;
  node?: unknown;
}

function label(source: StoredSource | undefined): string | null {
  if (!source) return null;
  if (source.kind === 'pool' && typeof source.pool === 'string') return source.pool;
  if (source.kind === 'node' && typeof source.node === 'string') return source.node;
  if (source.kind === 'untagged' && typeof source.key === 'string') return `untagged ${source.key}`;
  if (source.kind === 'match' && source.dims && typeof source.dims === 'object') {
    const parts = Object.entries(source.dims).map(([k, v]) => `${k}=${String(v)}`);
    return parts.length ? parts.join(', ') : 'all unallocated cost';
  }
  return null;
}

/**
 * Name the source of each rule of a run from the rules stored with it (`{ rules: [...] }` or
 * a bare array): the pool, the dims matched, the untagged key or the node. A rule the inputs
 * do not describe is named by its id, so a line always says where its money came from.
 */
export function describeRuleSources(inputsJson: string): (ruleId: string) => string {
  let rules: unknown = [];
  try {
    const parsed: unknown = JSON.parse(inputsJson);
    rules = Array.isArray(parsed) ? parsed : (parsed as { rules?: unknown } | null)?.rules;
  } catch {
    rules = [];
  }
  const names = new Map<string, string>();
  if (Array.isArray(rules)) {
    for (const r of rules as { id?: unknown; source?: StoredSource }[]) {
      const name = label(r.source);
      if (typeof r.id === 'string' && name) names.set(r.id, name);
    }
  }
  return (ruleId) => names.get(ruleId) ?? ruleId;
}
