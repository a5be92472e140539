import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src-shared/money';
import { formatMinorBig, parseMinorBig } from '../../src-shared/money/minor-units';
import {
  runAllocation,
  type AllocationInput,
  type AllocationMethod,
  type AllocationResult,
  type AllocationRule,
  type CostAggregate,
  type SourceSelector,
} from '../../src-main/engine/allocation';

const MINOR: Record<string, number> = { USD: 2, JPY: 0, BHD: 3 };
const SERVICES = ['svc:A', 'svc:B', 'svc:C', 'svc:D'];
const UNITS = ['bu:X', 'bu:Y', 'bu:Z'];
const NODES = [...SERVICES, ...UNITS];
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const aggregate = (id: number): fc.Arbitrary<CostAggregate> =>
  fc
    .record({
      currency: fc.constantFrom('USD', 'JPY', 'BHD'),
      units: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      service: maybe(fc.constantFrom('Net', 'Sec', 'App')),
      cc: maybe(fc.constantFrom('CC1', 'CC2', 'CC3')),
      pool: maybe(fc.constantFrom('p1', 'p2')),
    })
    .map(({ currency, units, service, cc, pool }) => ({
      id: `a${id}`,
      currency,
      amount: formatMinorBig(units, MINOR[currency]!),
      ...(pool === undefined ? {} : { pool }),
      dims: { ...(service === undefined ? {} : { service }), ...(cc === undefined ? {} : { 'tag:cc': cc }) },
    }));

const quantity = fc.oneof(
  fc.constant('0'),
  fc.integer({ min: 0, max: 1000 }).map(String),
  fc.integer({ min: 0, max: 99999 }).map((n) => new D(n).div(100).toFixed()),
);
const driverTable = (id: string) =>
  fc
    .dictionary(fc.constantFrom(...NODES), quantity, { maxKeys: NODES.length })
    .map((quantities) => ({ id, quantities }));

const percentShares = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })).map(([a, b]) => {
  const first = Math.min(a, b);
  const second = Math.max(a, b) - first;
  const tenths = [first, second, 1000 - first - second];
  return UNITS.map((target, i) => ({ target, percent: new D(tenths[i]!).div(10).toFixed() }));
});

const splitMethod: fc.Arbitrary<AllocationMethod> = fc.oneof(
  fc
    .record({
      kind: fc.constant('driver' as const),
      driver: fc.constantFrom('d1', 'd2', 'd3', 'missing'),
      targets: maybe(fc.subarray(NODES, { minLength: 1 })),
    })
    .map(({ targets, ...m }) => (targets === undefined ? m : { ...m, targets })),
  percentShares.map((shares) => ({ kind: 'percent' as const, shares })),
  fc.subarray(NODES, { minLength: 1 }).map((targets) => ({ kind: 'even' as const, targets })),
);
const directMethod: fc.Arbitrary<AllocationMethod> = fc.oneof(
  fc.constant({ kind: 'direct' as const, key: 'service' }),
  fc.constant({ kind: 'direct' as const, key: 'tag:cc', map: { CC1: 'bu:X', CC2: 'bu:Y' } }),
);
const aggregateSource: fc.Arbitrary<SourceSelector> = fc.oneof(
  fc.constantFrom('p1', 'p2').map((pool) => ({ kind: 'pool' as const, pool })),
  fc.constantFrom('Net', 'Sec', 'App').map((service) => ({ kind: 'match' as const, dims: { service } })),
  fc.constant({ kind: 'match' as const, dims: {} }),
  fc.constant({ kind: 'untagged' as const, key: 'tag:cc' }),
);
const rule = (id: number): fc.Arbitrary<AllocationRule> =>
  fc
    .oneof(
      fc.record({ source: aggregateSource, method: fc.oneof(splitMethod, directMethod) }),
      fc.record({
        source: fc.constantFrom(...SERVICES).map((node) => ({ kind: 'node' as const, node })),
        method: splitMethod,
      }),
    )
    .map((r) => ({ id: `R${id}`, ...r }));

const inputs: fc.Arbitrary<AllocationInput> = fc
  .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 14 }))
  .chain(([aggs, rules]) =>
    fc.record({
      aggregates: fc.tuple(...Array.from({ length: aggs }, (_, i) => aggregate(i))),
      drivers: fc.tuple(driverTable('d1'), driverTable('d2'), driverTable('d3')),
      rules: fc.tuple(...Array.from({ length: rules }, (_, i) => rule(i))),
    }),
  )
  .map((x) => ({ ...x, minorUnits: MINOR }));

const units = (amount: string, currency: string) => parseMinorBig(amount, MINOR[currency]!)!;
function totals(entries: Iterable<{ currency: string; amount: string }>): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const e of entries) out.set(e.currency, (out.get(e.currency) ?? 0n) + units(e.amount, e.currency));
  for (const [k, v] of out) if (v === 0n) out.delete(k);
  return out;
}

function checkFlows(input: AllocationInput, r: AllocationResult): void {
  // Every aggregate lands in exactly one source group.
  expect(r.sources.flatMap((g) => g.aggregateIds).sort()).toEqual(input.aggregates.map((a) => a.id).sort());
  // Each group is fully accounted for by its postings and its unallocated bucket.
  r.sources.forEach((g, i) => {
    const out = [...r.postings.filter((p) => p.group === i), ...r.unallocated.filter((u) => u.group === i)];
    expect(totals(out).get(g.currency) ?? 0n).toBe(units(g.amount, g.currency));
  });
  // A closed node passes on exactly what flowed into it, and nothing flows to it afterwards.
  const closedAt = new Map<string, number>();
  input.rules.forEach((rule, step) => {
    if (rule.source.kind === 'node' && !closedAt.has(rule.source.node)) closedAt.set(rule.source.node, step);
  });
  for (const p of r.postings) expect(p.step < (closedAt.get(p.to) ?? Infinity)).toBe(true);
  for (const node of closedAt.keys()) {
    expect(totals(r.postings.filter((p) => p.to === node))).toEqual(
      totals([...r.postings.filter((p) => p.fromNode === node), ...r.unallocated.filter((u) => u.fromNode === node)]),
    );
    expect(r.balances.some((b) => b.target === node)).toBe(false);
  }
  // Every driver share is within one minor unit of its exact share.
  for (const p of r.postings.filter((x) => x.method === 'driver')) {
    const exact = new D(p.sourceAmount).times(p.quantity!).div(p.driverTotal!);
    expect(new D(p.amount).minus(exact).abs().lt(new D(10).pow(-MINOR[p.currency]!))).toBe(true);
  }
}

describe('allocation engine properties', () => {
  it('conserves money exactly per currency for random rules, drivers and step-down chains', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = runAllocation(input);
        expect(totals([...r.balances, ...r.unallocated])).toEqual(totals(input.aggregates));
        checkFlows(input, r);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(runAllocation(structuredClone(input))).toEqual(runAllocation(input));
      }),
      { numRuns: 100 },
    );
  });
});
