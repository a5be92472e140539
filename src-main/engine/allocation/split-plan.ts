import { D, parseMinorBig } from '../../../src-shared/money';
import { EngineInputError } from '../errors';
import type { AllocationRule, DriverTable, UnallocatedReason } from './types';
import { requireQuantity } from './validate-rules';

/** One target of a proportional split, with what the trace shows for it. */
export interface PlanPart {
  target: string;
  weight: bigint;
  quantity?: string;
  percent?: string;
}

/** How a driver, percent or even rule divides an amount, or why it cannot. */
export type SplitPlan =
  | { ok: true; parts: PlanPart[]; driver?: string; driverTotal?: string }
  | { ok: false; reason: UnallocatedReason; detail: string };

/** Decimal strings as integers over one common power of ten, so weights compare exactly. */
function scaled(values: readonly string[]): bigint[] {
  const scale = Math.max(0, ...values.map((v) => new D(v).decimalPlaces()));
  return values.map((v) => parseMinorBig(new D(v).toFixed(), scale)!);
}

function rejectClosed(rule: AllocationRule, target: string, closed: ReadonlySet<string>): void {
  if (closed.has(target)) {
    throw new EngineInputError(
      `Rule ${rule.id}: target "${target}" was already closed by step-down; nothing may flow back to it`,
      rule.id,
      'targets',
    );
  }
}

/**
 * The split a non-direct rule makes. Targets already closed by step-down are left out of
 * driver and even splits (the split is over the open targets only); a fixed percentage to
 * a closed target is a configuration error, since the percentages would no longer add up.
 *
 * @throws EngineInputError for a percentage to a closed target, naming the rule
 */
export function planSplit(
  rule: AllocationRule,
  drivers: ReadonlyMap<string, DriverTable>,
  closed: ReadonlySet<string>,
): SplitPlan {
  const method = rule.method;
  if (method.kind === 'even') {
    const targets = method.targets.filter((t) => !closed.has(t));
    if (targets.length === 0)
      return { ok: false, reason: 'no-matching-rule', detail: `rule ${rule.id} has no open target` };
    return { ok: true, parts: targets.map((target) => ({ target, weight: 1n })) };
  }
  if (method.kind === 'percent') {
    const percents = method.shares.map((s, i) => requireQuantity(s.percent, rule.id, `shares[${i}].percent`));
    method.shares.forEach((s) => rejectClosed(rule, s.target, closed));
    const weights = scaled(percents);
    return {
      ok: true,
      parts: method.shares.map((s, i) => ({ target: s.target, weight: weights[i]!, percent: percents[i] })),
    };
  }
  if (method.kind === 'driver') {
    const table = drivers.get(method.driver);
    if (!table) return { ok: false, reason: 'missing-driver', detail: `driver "${method.driver}" does not exist` };
    // Sorted so the order keys were written in cannot change who wins a tie.
    const wanted = (method.targets ?? Object.keys(table.quantities).sort()).filter((t) => !closed.has(t));
    const missing = wanted.filter((t) => table.quantities[t] === undefined);
    if (missing.length > 0) {
      return {
        ok: false,
        reason: 'missing-driver',
        detail: `driver "${method.driver}" has no quantity for ${missing.join(', ')}`,
      };
    }
    const quantities = wanted.map((t) => requireQuantity(table.quantities[t], table.id, t));
    const weights = scaled(quantities);
    const total = quantities.reduce((a, q) => a.plus(q), new D(0));
    if (total.isZero()) return { ok: false, reason: 'zero-driver-total', detail: `driver "${method.driver}" totals 0` };
    return {
      ok: true,
      driver: method.driver,
      driverTotal: total.toFixed(),
      parts: wanted.map((target, i) => ({ target, weight: weights[i]!, quantity: quantities[i] })),
    };
  }
  throw new EngineInputError(`Rule ${rule.id}: direct assignment needs aggregates, not a node`, rule.id, 'method');
}
