/**
 * Allocation node ids: what receives allocated cost. Codes are the workbook's dimension codes,
 * so ids stay readable in rules, traces and exports: `cc:IT-OPS`, `bu:FIN`, `svc:NETWORK`.
 */
export type NodeKind = 'cc' | 'bu' | 'svc';

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  cc: 'Cost center',
  bu: 'Business unit',
  svc: 'Service',
};

export interface NodeRef {
  kind: NodeKind;
  code: string;
}

/** `cc:IT-OPS` from its parts. */
export function nodeId(kind: NodeKind, code: string): string {
  return `${kind}:${code}`;
}

/** The parts of a node id, or null when it is not one (no known prefix or an empty code). */
export function parseNodeId(id: string): NodeRef | null {
  const m = /^(cc|bu|svc):(.+)$/.exec(id);
  if (!m) return null;
  return { kind: m[1] as NodeKind, code: m[2] as string };
}
