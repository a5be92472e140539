import { AppError } from '../../src-shared/ipc/errors';
import type { AllocationRuleRecord } from '../../src-shared/model/allocation';
import { parseNodeId } from '../../src-shared/model/allocation-nodes';
import type { AllocationRule, DriverTable } from '../engine/allocation';
import { validateRules } from '../engine/allocation/validate-rules';
import { EngineInputError } from '../engine/errors';

/** What rules are checked against: the workbook's nodes, pools and driver codes. */
export interface RuleWorld {
  nodes: ReadonlyMap<string, string>;
  pools: ReadonlySet<string>;
  drivers: ReadonlySet<string>;
}

const refuse = (rule: AllocationRuleRecord, field: string, message: string): never => {
  throw new AppError('validation', `Rule "${rule.name}": ${message}`, { item: rule.id, rule: rule.name, field });
};

/** Every node id a rule's method names explicitly. */
export function targetsOf(rule: Pick<AllocationRuleRecord, 'method'>): string[] {
  const m = rule.method;
  if (m.kind === 'even') return [...m.targets];
  if (m.kind === 'percent') return m.shares.map((s) => s.target);
  if (m.kind === 'driver') return [...(m.targets ?? [])];
  return Object.values(m.map ?? {});
}

function checkNode(rule: AllocationRuleRecord, world: RuleWorld, id: string, field: string): void {
  if (!parseNodeId(id)) refuse(rule, field, `"${id}" is not a node id (cc:, bu: or svc: and a code)`);
  if (!world.nodes.has(id)) refuse(rule, field, `there is no cost center, business unit or service "${id}"`);
}

function checkOne(rule: AllocationRuleRecord, world: RuleWorld): void {
  if (rule.name.trim() === '') refuse(rule, 'name', 'a rule needs a name');
  const s = rule.source;
  if (s.kind === 'pool' && !world.pools.has(s.pool)) refuse(rule, 'source.pool', `there is no cost pool "${s.pool}"`);
  if (s.kind === 'node') checkNode(rule, world, s.node, 'source.node');
  if (s.kind === 'untagged' && !s.key.startsWith('tag:')) {
    refuse(rule, 'source.key', `the untagged remainder needs a tag key ("tag:<Key>"), not "${s.key}"`);
  }
  if (s.kind === 'match') {
    for (const [k, v] of Object.entries(s.dims)) if (v.trim() === '') refuse(rule, `source.dims.${k}`, `${k} is empty`);
  }
  const m = rule.method;
  if (m.kind === 'driver' && !world.drivers.has(m.driver)) {
    refuse(rule, 'method.driver', `there is no driver table "${m.driver}"`);
  }
  if (m.kind === 'direct' && s.kind === 'node') refuse(rule, 'method', 'a node carries no tags to assign directly by');
  if (m.kind === 'percent' && m.shares.length === 0) refuse(rule, 'method.shares', 'give at least one target');
  targetsOf(rule).forEach((t, i) => checkNode(rule, world, t, `method.targets[${i}]`));
  if (s.kind === 'node' && targetsOf(rule).includes(s.node)) {
    refuse(rule, 'method.targets', `it cannot allocate ${s.node} to itself`);
  }
}

/**
 * Check an ordered rule list before it is saved or run: names, sources (known pool, node,
 * tag key), methods (known driver, known target nodes, percentages adding to 100) and the
 * step-down order (no enabled rule may send cost to a node an earlier rule already closed).
 * Disabled rules are checked for their own fields but not for order.
 *
 * @throws AppError 'validation' naming the rule and the field
 */
export function checkRuleList(rules: readonly AllocationRuleRecord[], world: RuleWorld, drivers: DriverTable[]): void {
  const names = new Map<string, AllocationRuleRecord>();
  for (const r of rules) {
    checkOne(r, world);
    const twin = names.get(r.name.trim().toUpperCase());
    if (twin) refuse(r, 'name', 'another rule has the same name');
    names.set(r.name.trim().toUpperCase(), r);
  }
  const closedBy = new Map<string, AllocationRuleRecord>();
  for (const r of rules.filter((x) => x.enabled)) {
    for (const t of targetsOf(r)) {
      const closer = closedBy.get(t);
      if (closer) {
        refuse(
          r,
          'method.targets',
          `sends cost to ${t}, which rule "${closer.name}" already passed on; move "${closer.name}" after this rule`,
        );
      }
    }
    if (r.source.kind === 'node') closedBy.set(r.source.node, r);
  }
  const byId = new Map(rules.map((r) => [r.id, r]));
  try {
    validateRules({ aggregates: [], drivers, rules: toEngineRules(rules, world), minorUnits: {} });
  } catch (e) {
    if (!(e instanceof EngineInputError)) throw e;
    const rule = byId.get(e.item);
    if (rule) refuse(rule, `method.${e.field}`, e.message.replace(/^Rule [^:]+: /, ''));
    throw new AppError('validation', e.message, { item: e.item, field: e.field });
  }
}

/** The enabled rules as the engine takes them; a direct rule by node kind gets the map of that kind's codes. */
export function toEngineRules(rules: readonly AllocationRuleRecord[], world: RuleWorld): AllocationRule[] {
  return rules
    .filter((r) => r.enabled)
    .map((r) => {
      const m = r.method;
      if (m.kind !== 'direct' || m.nodeKind === undefined) return { id: r.id, source: r.source, method: m };
      const prefix = `${m.nodeKind}:`;
      const byCode: Record<string, string> = {};
      for (const id of world.nodes.keys()) if (id.startsWith(prefix)) byCode[id.slice(prefix.length)] = id;
      return { id: r.id, source: r.source, method: { kind: 'direct', key: m.key, map: { ...byCode, ...m.map } } };
    });
}
