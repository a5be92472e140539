import type { Money } from '../../../src-shared/money';
import type { AllocationMethod, SourceSelector } from '../../../src-shared/model/allocation';

export type { AllocationMethod, SourceSelector };

/**
 * One cost aggregate: an imported billing line group or a cost pool entry. `dims` holds its
 * dimensions by key ("service", "account", "costCenter", "cloudAccount", "tag:team"…);
 * a missing key means the aggregate is untagged for it.
 */
export interface CostAggregate {
  id: string;
  /** The cost pool it belongs to, when pools are used ("shared-infra"). */
  pool?: string;
  dims: Readonly<Record<string, string>>;
  amount: Money;
  currency: string;
}

/** A driver table: quantity (decimal string, ≥ 0) per target ("headcount": Finance 40, HR 12…). */
export interface DriverTable {
  id: string;
  quantities: Readonly<Record<string, string>>;
}

/** One ordered allocation rule. */
export interface AllocationRule {
  id: string;
  source: SourceSelector;
  method: AllocationMethod;
}

/** Everything one allocation run needs. */
export interface AllocationInput {
  aggregates: readonly CostAggregate[];
  drivers: readonly DriverTable[];
  /** Applied in this order; step-down is node rules placed after the rules that feed them. */
  rules: readonly AllocationRule[];
  /** Minor units per currency code (USD 2, JPY 0…). */
  minorUnits: Readonly<Record<string, number>>;
}

/** Why money could not be allocated. */
export type UnallocatedReason = 'missing-driver' | 'zero-driver-total' | 'untagged' | 'unmapped' | 'no-matching-rule';

/** A set of aggregates one rule took together, in one currency (shared by its postings). */
export interface SourceGroup {
  rule: string;
  currency: string;
  aggregateIds: string[];
  amount: Money;
}

/**
 * One amount moved by a rule: the unit of the trace. `group` points into `sources` for
 * aggregates, `fromNode` names the closed node for a step-down posting. Driver postings carry
 * the target's quantity and the total it was divided by; percent postings their percentage.
 */
export interface Posting {
  rule: string;
  /** Position of the rule in the input (0-based). */
  step: number;
  method: AllocationMethod['kind'];
  group?: number;
  fromNode?: string;
  /** The amount the rule split (the group's or the node's balance). */
  sourceAmount: Money;
  to: string;
  currency: string;
  amount: Money;
  driver?: string;
  quantity?: string;
  driverTotal?: string;
  percent?: string;
}

/** Money that no rule could place, by reason; `detail` names the driver, key or target. */
export interface Unallocated {
  reason: UnallocatedReason;
  rule?: string;
  detail: string;
  currency: string;
  amount: Money;
  group?: number;
  fromNode?: string;
}

/** What a target holds at the end (targets closed by a step-down rule hold nothing). */
export interface TargetBalance {
  target: string;
  currency: string;
  amount: Money;
}

/** The result of a run: final balances, unallocated buckets and the full trace. */
export interface AllocationResult {
  balances: TargetBalance[];
  unallocated: Unallocated[];
  postings: Posting[];
  sources: SourceGroup[];
  /** Nodes closed by step-down rules, in closing order. */
  closed: string[];
}
