import { D, isPlainDecimal } from '../../../src-shared/money';
import { EngineInputError } from '../errors';
import type { AllocationInput } from './types';

/**
 * A quantity or percentage: a plain decimal string ≥ 0, returned canonical.
 * @throws EngineInputError naming the item and field
 */
export function requireQuantity(value: unknown, item: string, field: string): string {
  if (typeof value !== 'string' || !isPlainDecimal(value.trim()) || new D(value.trim()).isNegative()) {
    throw new EngineInputError(`${item}: ${field} "${String(value)}" is not a quantity ≥ 0`, item, field);
  }
  return new D(value.trim()).toFixed();
}

/**
 * Check the rules and driver tables before any money moves, so a bad configuration fails
 * the same way whatever the month's data holds: duplicate ids, a direct assignment from a
 * node (nodes carry no tags), percentages not adding up to 100, an even split without
 * targets, a quantity that is not a decimal ≥ 0.
 *
 * @throws EngineInputError naming the rule or driver and the field
 */
export function validateRules(input: AllocationInput): void {
  const ids = new Set<string>();
  for (const rule of input.rules) {
    if (ids.has(rule.id))
      throw new EngineInputError(`Rule ${rule.id}: the id is used by an earlier rule`, rule.id, 'id');
    ids.add(rule.id);
    const m = rule.method;
    if (rule.source.kind === 'node' && m.kind === 'direct') {
      throw new EngineInputError(`Rule ${rule.id}: direct assignment needs aggregates, not a node`, rule.id, 'method');
    }
    if (m.kind === 'even' && m.targets.length === 0) {
      throw new EngineInputError(`Rule ${rule.id}: an even split needs at least one target`, rule.id, 'targets');
    }
    if (m.kind === 'percent') {
      const sum = m.shares.reduce(
        (a, s, i) => a.plus(requireQuantity(s.percent, rule.id, `shares[${i}].percent`)),
        new D(0),
      );
      if (!sum.eq(100)) {
        throw new EngineInputError(
          `Rule ${rule.id}: percentages add up to ${sum.toFixed()}, not 100`,
          rule.id,
          'shares',
        );
      }
    }
  }
  const drivers = new Set<string>();
  for (const table of input.drivers) {
    if (drivers.has(table.id)) throw new EngineInputError(`Driver ${table.id}: the id is used twice`, table.id, 'id');
    drivers.add(table.id);
    for (const [target, q] of Object.entries(table.quantities)) requireQuantity(q, `Driver ${table.id}`, target);
  }
}
