/**
 * Allocation rules, driver tables and run results as they cross the contract (issue 6).
 * Amounts are Money strings in the workbook's base currency unless a field says otherwise.
 */

/** Which cost a rule moves. Aggregate selectors take only aggregates no earlier rule took. */
export type SourceSelector =
  /** Aggregates of one cost pool (code). */
  | { kind: 'pool'; pool: string }
  /**
   * Aggregates whose dims equal all the given values ({} = every aggregate still unallocated).
   * Keys: origin ('gl' | 'cloud'), service, account, costCenter, provider, cloudAccount, subAccount, region, `tag:<Key>`.
   */
  | { kind: 'match'; dims: Readonly<Record<string, string>> }
  /** Aggregates without a value for `key` (`tag:<Key>`): the untagged remainder. */
  | { kind: 'untagged'; key: string }
  /** The whole balance a node (an IT service) holds at this step; the node is then closed. */
  | { kind: 'node'; node: string };

/** How a rule splits what it takes. Targets are node ids: `cc:`, `bu:`, `svc:` + code. */
export type AllocationMethod =
  /**
   * Each aggregate to the target its `key` value maps to: by `map` first, else, with `nodeKind`,
   * to the node of that kind whose code is the value; else the value itself.
   */
  | { kind: 'direct'; key: string; map?: Readonly<Record<string, string>>; nodeKind?: 'cc' | 'bu' | 'svc' }
  /** In proportion to a driver table (by code), over `targets` (default: every target in the table). */
  | { kind: 'driver'; driver: string; targets?: readonly string[] }
  /** Fixed percentages (decimal strings) adding up to exactly 100. */
  | { kind: 'percent'; shares: readonly { target: string; percent: string }[] }
  /** Equal parts. */
  | { kind: 'even'; targets: readonly string[] };

/** Which cloud cost measure is allocated: EffectiveCost (accrual) or BilledCost (cash). */
export type AllocationBasis = 'effective' | 'billed';

/** A stored rule, in its place in the ordered list. */
export interface AllocationRuleRecord {
  id: string;
  position: number;
  name: string;
  source: SourceSelector;
  method: AllocationMethod;
  enabled: boolean;
  note: string;
}

/** One driver quantity: `period` 'YYYY-MM', or '' for every month without its own value. */
export interface DriverQuantity {
  period: string;
  target: string;
  /** Decimal string ≥ 0. */
  quantity: string;
}

/** A driver table with its quantities. */
export interface AllocationDriverRecord {
  id: string;
  code: string;
  name: string;
  unit: string;
  values: DriverQuantity[];
}

/** What a target holds at the end of a run, and its share of everything allocated. */
export interface AllocationBalanceRow {
  target: string;
  /** Display name of the node ("Finance"), or the id when unknown. */
  name: string;
  amount: string;
  /** Percent of the allocated total, 2 decimals, as a decimal string. */
  share: string;
}

/** Money no rule could place. */
export interface AllocationUnallocatedRow {
  reason: string;
  rule: string | null;
  detail: string;
  amount: string;
}

/** The outcome of a run (stored or previewed), all in the base currency. */
export interface AllocationSummary {
  runId: string | null;
  period: string;
  basis: AllocationBasis;
  currency: string;
  /** Σ inputs after conversion and rounding. */
  inputTotal: string;
  inputCount: number;
  allocatedTotal: string;
  unallocatedTotal: string;
  /** allocated + unallocated = input, to the cent. */
  conserved: boolean;
  balances: AllocationBalanceRow[];
  unallocated: AllocationUnallocatedRow[];
  postingCount: number;
  ranAt: string | null;
}

/** Per-target effect of a proposed rule list against the saved one. */
export interface AllocationDiffRow {
  target: string;
  name: string;
  before: string;
  after: string;
  delta: string;
}

/** What 'allocation/preview' returns. */
export interface AllocationPreview {
  current: AllocationSummary;
  proposed: AllocationSummary;
  diff: AllocationDiffRow[];
  unallocatedBefore: string;
  unallocatedAfter: string;
}

/** One step of a trace: an amount a rule moved, and what it came from. */
export interface TraceStep {
  rule: string;
  ruleName: string;
  method: string;
  to: string;
  from: string;
  amount: string;
  sourceAmount: string;
  driver: string | null;
  quantity: string | null;
  driverTotal: string | null;
  percent: string | null;
  /** Aggregates behind an aggregate posting (ids with their dims and amount). */
  aggregates: { id: string; label: string; amount: string }[];
  /** The postings that filled `from`'s pool (step-down), recursively. */
  inflows: TraceStep[];
}

/** What 'allocation/explain' returns: the chain behind a target's amount. */
export interface AllocationTrace {
  runId: string;
  target: string;
  from: string | null;
  /** Σ of `steps`: what `from` (or every source) charged `target` directly. */
  total: string;
  steps: TraceStep[];
  /** With `from`: postings from other nodes whose chain passes through `from` upstream. */
  via: TraceStep[];
  lines: string[];
}
