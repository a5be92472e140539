import type { AllocationResult } from '../../engine/allocation';

/** FOCUS columns written, then the FOCUS 1.3 Allocated* columns, then our x_ columns. */
export const FOCUS_ALLOCATION_COLUMNS = [
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'BilledCost',
  'EffectiveCost',
  'BillingCurrency',
  'ServiceName',
  'SubAccountId',
  'SubAccountName',
  'ChargeDescription',
  'AllocatedMethodId',
  'AllocatedMethodDetails',
  'x_AllocationRunId',
  'x_AllocationBasis',
  'x_AllocationRuleId',
  'x_AllocationRuleName',
  'x_AllocationMethod',
  'x_AllocationDriver',
  'x_AllocationSource',
  'x_AllocationTarget',
  'x_UnallocatedReason',
] as const;

export type FocusAllocationRow = Record<(typeof FOCUS_ALLOCATION_COLUMNS)[number], string>;

/** What the rows need besides the result: the run, its month, names of rules and nodes, and source labels. */
export interface FocusRowsInput {
  runId: string;
  period: string;
  basis: 'effective' | 'billed';
  currency: string;
  result: AllocationResult;
  ruleNames: ReadonlyMap<string, string>;
  nodeNames: ReadonlyMap<string, string>;
  /** The service a source group stands for, when all its aggregates share one. */
  groupService: (group: number) => string | undefined;
}

const nextMonth = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * The allocated costs of a run as FOCUS rows: one per posting to a final target (postings
 * into nodes a step-down rule passed on are intermediate and left out, so they are not
 * counted twice) and one per unallocated bucket (SubAccountId empty, x_UnallocatedReason
 * set). The rows' costs add up to the run's input total. Both BilledCost and EffectiveCost
 * carry the allocated amount; x_AllocationBasis says which measure was allocated.
 */
export function focusAllocationRows(input: FocusRowsInput): FocusAllocationRow[] {
  const { result, period } = input;
  const start = `${period}-01T00:00:00Z`;
  const end = `${nextMonth(period)}-01T00:00:00Z`;
  const closed = new Set(result.postings.flatMap((p) => (p.fromNode === undefined ? [] : [p.fromNode])));
  const base = {
    BillingPeriodStart: start,
    BillingPeriodEnd: end,
    ChargePeriodStart: start,
    ChargePeriodEnd: end,
    BillingCurrency: input.currency,
    x_AllocationRunId: input.runId,
    x_AllocationBasis: input.basis,
  };
  const sourceOf = (p: { fromNode?: string | undefined; group?: number | undefined; rule?: string | undefined }) => {
    if (p.fromNode !== undefined) return { id: p.fromNode, service: input.nodeNames.get(p.fromNode) ?? p.fromNode };
    const service = p.group === undefined ? undefined : input.groupService(p.group);
    const rule = p.rule ? (input.ruleNames.get(p.rule) ?? p.rule) : 'no rule';
    return { id: `rule:${rule}`, service: service ?? rule };
  };
  const rows: FocusAllocationRow[] = [];
  for (const p of result.postings) {
    if (closed.has(p.to)) continue;
    const src = sourceOf(p);
    const ruleName = input.ruleNames.get(p.rule) ?? p.rule;
    const details: Record<string, string> = { method: p.method };
    if (p.driver !== undefined)
      Object.assign(details, { driver: p.driver, quantity: p.quantity, driverTotal: p.driverTotal });
    if (p.percent !== undefined) details.percent = p.percent;
    details.sourceAmount = p.sourceAmount;
    rows.push({
      ...base,
      BilledCost: p.amount,
      EffectiveCost: p.amount,
      ServiceName: src.service,
      SubAccountId: p.to,
      SubAccountName: input.nodeNames.get(p.to) ?? p.to,
      ChargeDescription: `${ruleName}: ${src.service} to ${input.nodeNames.get(p.to) ?? p.to}`,
      AllocatedMethodId: p.rule,
      AllocatedMethodDetails: JSON.stringify(details),
      x_AllocationRuleId: p.rule,
      x_AllocationRuleName: ruleName,
      x_AllocationMethod: p.method,
      x_AllocationDriver: p.driver ?? '',
      x_AllocationSource: src.id,
      x_AllocationTarget: p.to,
      x_UnallocatedReason: '',
    });
  }
  for (const u of result.unallocated) {
    const src = sourceOf(u);
    rows.push({
      ...base,
      BilledCost: u.amount,
      EffectiveCost: u.amount,
      ServiceName: src.service,
      SubAccountId: '',
      SubAccountName: '',
      ChargeDescription: `Unallocated (${u.reason}): ${u.detail}`,
      AllocatedMethodId: '',
      AllocatedMethodDetails: '',
      x_AllocationRuleId: u.rule ?? '',
      x_AllocationRuleName: u.rule ? (input.ruleNames.get(u.rule) ?? u.rule) : '',
      x_AllocationMethod: '',
      x_AllocationDriver: '',
      x_AllocationSource: src.id,
      x_AllocationTarget: '',
      x_UnallocatedReason: u.reason,
    });
  }
  return rows;
}

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The rows as RFC 4180 CSV text with a header line. */
export function focusCsv(rows: readonly FocusAllocationRow[]): string {
  const lines = [FOCUS_ALLOCATION_COLUMNS.join(',')];
  for (const r of rows) lines.push(FOCUS_ALLOCATION_COLUMNS.map((c) => cell(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
