import type { AllocationMethod, SourceSelector } from '../../../src-shared/model/allocation';

/** What the editor offers as a rule's source; most are a match on one dimension. */
export const SOURCE_KINDS = [
  { value: 'all', label: 'Everything still unallocated' },
  { value: 'origin', label: 'Origin (gl or cloud)' },
  { value: 'pool', label: 'Cost pool' },
  { value: 'service', label: 'Service' },
  { value: 'account', label: 'GL account' },
  { value: 'costCenter', label: 'Cost center (GL)' },
  { value: 'provider', label: 'Cloud provider' },
  { value: 'cloudAccount', label: 'Cloud billing account' },
  { value: 'subAccount', label: 'Cloud sub account' },
  { value: 'tag', label: 'Tag value' },
  { value: 'untagged', label: 'Untagged remainder of a tag key' },
  { value: 'node', label: 'Node balance (step-down)' },
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number]['value'];

export const METHOD_KINDS = [
  { value: 'driver', label: 'By driver table' },
  { value: 'percent', label: 'Fixed percentages' },
  { value: 'even', label: 'Even split' },
  { value: 'direct', label: 'Direct by tag / dimension value' },
] as const;

/** The editor's flat view of a source. */
export interface SourceForm {
  kind: SourceKind;
  value: string;
  tagKey: string;
}

/** A source selector as the editor's fields. */
export function sourceToForm(s: SourceSelector): SourceForm {
  if (s.kind === 'pool') return { kind: 'pool', value: s.pool, tagKey: '' };
  if (s.kind === 'node') return { kind: 'node', value: s.node, tagKey: '' };
  if (s.kind === 'untagged') return { kind: 'untagged', value: '', tagKey: s.key.replace(/^tag:/, '') };
  const [entry] = Object.entries(s.dims);
  if (!entry) return { kind: 'all', value: '', tagKey: '' };
  const [key, value] = entry;
  if (key.startsWith('tag:')) return { kind: 'tag', value, tagKey: key.slice(4) };
  const kind = SOURCE_KINDS.find((k) => k.value === key)?.value ?? 'service';
  return { kind, value, tagKey: '' };
}

/** The editor's fields as a source selector. */
export function formToSource(f: SourceForm): SourceSelector {
  if (f.kind === 'all') return { kind: 'match', dims: {} };
  if (f.kind === 'pool') return { kind: 'pool', pool: f.value.trim() };
  if (f.kind === 'node') return { kind: 'node', node: f.value };
  if (f.kind === 'untagged') return { kind: 'untagged', key: `tag:${f.tagKey.trim()}` };
  if (f.kind === 'tag') return { kind: 'match', dims: { [`tag:${f.tagKey.trim()}`]: f.value.trim() } };
  return { kind: 'match', dims: { [f.kind]: f.value.trim() } };
}

/** One line a person reads in the rule list: where cost comes from. */
export function describeSource(s: SourceSelector): string {
  if (s.kind === 'pool') return `cost pool ${s.pool}`;
  if (s.kind === 'node') return `balance of ${s.node}`;
  if (s.kind === 'untagged') return `untagged ${s.key.replace(/^tag:/, '')}`;
  const parts = Object.entries(s.dims).map(([k, v]) => `${k} = ${v}`);
  return parts.length ? parts.join(', ') : 'everything still unallocated';
}

/** One line a person reads in the rule list: how cost is split. */
export function describeMethod(m: AllocationMethod): string {
  if (m.kind === 'driver') return `by ${m.driver}${m.targets?.length ? ` over ${m.targets.join(', ')}` : ''}`;
  if (m.kind === 'percent') return m.shares.map((s) => `${s.target} ${s.percent}%`).join(', ');
  if (m.kind === 'even') return `evenly to ${m.targets.join(', ')}`;
  return `directly by ${m.key}${m.nodeKind ? ` (${m.nodeKind} codes)` : ''}`;
}
