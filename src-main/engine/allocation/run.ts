import { formatMinorBig, parseMinorBig, splitMinorBig } from '../../../src-shared/money/minor-units';
import { EngineInputError, requireMoney } from '../errors';
import { planSplit, type SplitPlan } from './split-plan';
import { validateRules } from './validate-rules';
import type {
  AllocationInput,
  AllocationResult,
  AllocationRule,
  CostAggregate,
  Posting,
  SourceSelector,
  Unallocated,
  UnallocatedReason,
} from './types';

/** An aggregate checked and held as exact minor units of its currency. */
interface Held {
  agg: CostAggregate;
  units: bigint;
}

// Keys no target id can take: NUL-prefixed buckets for aggregates a direct rule cannot place.
const REASON_BUCKETS: Readonly<Record<string, UnallocatedReason>> = {
  '\u0000untagged': 'untagged',
  '\u0000unmapped': 'unmapped',
};

function matches(selector: SourceSelector, agg: CostAggregate): boolean {
  if (selector.kind === 'pool') return agg.pool === selector.pool;
  if (selector.kind === 'untagged') return agg.dims[selector.key] === undefined;
  if (selector.kind === 'match') {
    for (const key in selector.dims) if (agg.dims[key] !== selector.dims[key]) return false;
    return true;
  }
  return false;
}

/**
 * Takes the aggregates a selector matches out of the pool, in input order. A match on
 * dimension values looks its candidates up in an index by value (built once per key) rather
 * than scanning everything left: 200 rules over 50,000 aggregates stay linear.
 */
function taker(held: readonly Held[]): (selector: SourceSelector) => Held[] {
  const alive = new Uint8Array(held.length).fill(1);
  const indexes = new Map<string, Map<string, number[]>>();
  const indexOf = (key: string) => {
    let index = indexes.get(key);
    if (index) return index;
    index = new Map();
    held.forEach((h, i) => {
      const value = h.agg.dims[key];
      if (value === undefined) return;
      const list = index!.get(value);
      if (list) list.push(i);
      else index!.set(value, [i]);
    });
    indexes.set(key, index);
    return index;
  };
  return (selector) => {
    const out: Held[] = [];
    const entries = selector.kind === 'match' ? Object.entries(selector.dims) : [];
    if (entries.length > 0) {
      let candidates: readonly number[] | undefined;
      for (const [key, value] of entries) {
        const list = indexOf(key).get(value) ?? [];
        if (!candidates || list.length < candidates.length) candidates = list;
      }
      for (const i of candidates!) {
        const h = held[i]!;
        if (alive[i] && entries.every(([k, v]) => h.agg.dims[k] === v)) {
          alive[i] = 0;
          out.push(h);
        }
      }
      return out;
    }
    held.forEach((h, i) => {
      if (alive[i] && matches(selector, h.agg)) {
        alive[i] = 0;
        out.push(h);
      }
    });
    return out;
  };
}

function byCurrency(items: readonly Held[]): Map<string, Held[]> {
  const out = new Map<string, Held[]>();
  for (const h of items) {
    const list = out.get(h.agg.currency);
    if (list) list.push(h);
    else out.set(h.agg.currency, [h]);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function checkAggregates(input: AllocationInput): Held[] {
  return input.aggregates.map((agg) => {
    const minor = input.minorUnits[agg.currency];
    if (minor === undefined) {
      throw new EngineInputError(`Aggregate ${agg.id}: unknown currency "${agg.currency}"`, agg.id, 'currency');
    }
    const units = parseMinorBig(requireMoney(agg.amount, agg.id, 'amount', `Aggregate ${agg.id}`), minor);
    if (units === null) {
      throw new EngineInputError(
        `Aggregate ${agg.id}: amount "${agg.amount}" has more decimals than ${agg.currency} allows (${minor})`,
        agg.id,
        'amount',
      );
    }
    return { agg, units };
  });
}

/**
 * Run the ordered allocation rules over the aggregates. Each aggregate rule takes the
 * aggregates no earlier rule took; each node rule takes the whole balance a target holds at
 * that step and closes it (step-down: nothing flows back to a closed node). Splits are by
 * largest remainder in the currency's minor units, so for every currency
 * Σ aggregates = Σ balances + Σ unallocated, exactly. Deterministic: same input, same result.
 *
 * @throws EngineInputError for bad amounts, currencies, quantities or percentages, naming the item and field
 */
export function runAllocation(input: AllocationInput): AllocationResult {
  validateRules(input);
  const held = checkAggregates(input);
  const minor = (currency: string) => input.minorUnits[currency]!;
  const drivers = new Map(input.drivers.map((d) => [d.id, d]));
  const result: AllocationResult = { balances: [], unallocated: [], postings: [], sources: [], closed: [] };
  const closed = new Set<string>();
  const balances = new Map<string, Map<string, bigint>>();
  const take = taker(held);

  const credit = (target: string, currency: string, units: bigint) => {
    let node = balances.get(target);
    if (!node) balances.set(target, (node = new Map()));
    node.set(currency, (node.get(currency) ?? 0n) + units);
  };
  const group = (rule: string, currency: string, items: readonly Held[]) => {
    const units = items.reduce((a, h) => a + h.units, 0n);
    result.sources.push({
      rule,
      currency,
      aggregateIds: items.map((h) => h.agg.id),
      amount: formatMinorBig(units, minor(currency)),
    });
    return { index: result.sources.length - 1, units };
  };
  const leave = (u: Omit<Unallocated, 'amount'>, units: bigint) => {
    if (units !== 0n) result.unallocated.push({ ...u, amount: formatMinorBig(units, minor(u.currency)) });
  };
  /** Split `units` by a plan into postings; what the plan cannot place goes unallocated. */
  const spread = (
    rule: AllocationRule,
    step: number,
    plan: SplitPlan,
    currency: string,
    units: bigint,
    from: Pick<Posting, 'group' | 'fromNode'>,
  ) => {
    if (units === 0n) return;
    if (!plan.ok) return leave({ reason: plan.reason, rule: rule.id, detail: plan.detail, currency, ...from }, units);
    const parts = splitMinorBig(
      units,
      plan.parts.map((p) => p.weight),
    );
    const sourceAmount = formatMinorBig(units, minor(currency));
    plan.parts.forEach((p, i) => {
      if (parts[i] === 0n) return;
      credit(p.target, currency, parts[i]!);
      result.postings.push({
        rule: rule.id,
        step,
        method: rule.method.kind,
        ...from,
        sourceAmount,
        to: p.target,
        currency,
        amount: formatMinorBig(parts[i]!, minor(currency)),
        ...(plan.driver === undefined
          ? {}
          : { driver: plan.driver, quantity: p.quantity, driverTotal: plan.driverTotal }),
        ...(p.percent === undefined ? {} : { percent: p.percent }),
      });
    });
  };

  input.rules.forEach((rule, step) => {
    const source = rule.source;
    if (source.kind === 'node') {
      if (!closed.has(source.node)) result.closed.push(source.node);
      closed.add(source.node);
      const balance = balances.get(source.node);
      balances.delete(source.node);
      if (!balance) return;
      const plan = planSplit(rule, drivers, closed);
      for (const [currency, units] of [...balance].sort(([a], [b]) => (a < b ? -1 : 1))) {
        spread(rule, step, plan, currency, units, { fromNode: source.node });
      }
      return;
    }
    const taken = take(source);
    if (taken.length === 0) return;
    if (rule.method.kind === 'direct') return assignDirect(rule, step, taken);
    const plan = planSplit(rule, drivers, closed);
    for (const [currency, items] of byCurrency(taken)) {
      const g = group(rule.id, currency, items);
      spread(rule, step, plan, currency, g.units, { group: g.index });
    }
  });

  function assignDirect(rule: AllocationRule, step: number, taken: readonly Held[]) {
    if (rule.method.kind !== 'direct') return;
    const { key, map } = rule.method;
    const buckets = new Map<string, Held[]>();
    for (const h of taken) {
      const value = h.agg.dims[key];
      const target = value === undefined ? undefined : map ? map[value] : value;
      const bucket = target === undefined ? (value === undefined ? '\u0000untagged' : '\u0000unmapped') : target;
      const list = buckets.get(bucket);
      if (list) list.push(h);
      else buckets.set(bucket, [h]);
    }
    for (const [bucket, items] of [...buckets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      for (const [currency, list] of byCurrency(items)) {
        const g = group(rule.id, currency, list);
        const reason = REASON_BUCKETS[bucket];
        if (reason) {
          const detail = reason === 'untagged' ? `no "${key}" value` : `"${key}" values not in the mapping`;
          leave({ reason, rule: rule.id, detail, currency, group: g.index }, g.units);
          continue;
        }
        if (closed.has(bucket)) {
          throw new EngineInputError(
            `Rule ${rule.id}: target "${bucket}" was already closed by step-down`,
            rule.id,
            'map',
          );
        }
        const plan: SplitPlan = { ok: true, parts: [{ target: bucket, weight: 1n }] };
        spread(rule, step, plan, currency, g.units, { group: g.index });
      }
    }
  }

  for (const [currency, items] of byCurrency(take({ kind: 'match', dims: {} }))) {
    const g = group('', currency, items);
    leave(
      { reason: 'no-matching-rule', detail: `${items.length} aggregate(s) matched no rule`, currency, group: g.index },
      g.units,
    );
  }
  for (const [target, perCurrency] of [...balances].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const [currency, units] of [...perCurrency].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (units !== 0n) result.balances.push({ target, currency, amount: formatMinorBig(units, minor(currency)) });
    }
  }
  return result;
}
