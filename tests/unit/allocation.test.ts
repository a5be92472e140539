import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../src-main/engine/errors';
import {
  explain,
  explainLines,
  runAllocation,
  type AllocationInput,
  type AllocationRule,
  type CostAggregate,
  type DriverTable,
} from '../../src-main/engine/allocation';

const usd = (id: string, amount: string, dims: Record<string, string>): CostAggregate => ({
  id,
  amount,
  dims,
  currency: 'USD',
});
const MINOR = { USD: 2, JPY: 0 };

/** A small IT shop: Network and Security are shared services, Compute is tagged by cost center. */
const aggregates: CostAggregate[] = [
  usd('a1', '1000', { service: 'Network', account: '6100' }),
  usd('a2', '500.01', { service: 'Network', account: '6100' }),
  usd('a3', '300', { service: 'Security' }),
  usd('a4', '200', { service: 'Compute', 'tag:cost-center': 'CC-FIN' }),
  usd('a5', '100.5', { service: 'Compute', 'tag:cost-center': 'CC-HR' }),
  usd('a6', '99.99', { service: 'Compute' }),
  usd('a7', '10', { service: 'Storage' }),
];
const drivers: DriverTable[] = [
  { id: 'users', quantities: { 'svc:Network': '10', 'bu:Finance': '60', 'bu:HR': '30' } },
  { id: 'headcount', quantities: { 'svc:Security': '5', 'bu:Finance': '40', 'bu:HR': '20' } },
];
const rules: AllocationRule[] = [
  {
    id: 'R1',
    source: { kind: 'match', dims: { service: 'Network' } },
    method: { kind: 'even', targets: ['svc:Network'] },
  },
  {
    id: 'R2',
    source: { kind: 'match', dims: { service: 'Security' } },
    method: { kind: 'percent', shares: [{ target: 'svc:Security', percent: '100' }] },
  },
  {
    id: 'R3',
    source: { kind: 'match', dims: { service: 'Compute' } },
    method: { kind: 'direct', key: 'tag:cost-center', map: { 'CC-FIN': 'bu:Finance', 'CC-HR': 'bu:HR' } },
  },
  { id: 'R4', source: { kind: 'node', node: 'svc:Security' }, method: { kind: 'driver', driver: 'users' } },
  { id: 'R5', source: { kind: 'node', node: 'svc:Network' }, method: { kind: 'driver', driver: 'headcount' } },
];
const input: AllocationInput = { aggregates, drivers, rules, minorUnits: MINOR };

describe('allocation engine, worked example', () => {
  const result = runAllocation(input);

  it('steps shared services down to the business, amounts checked by hand', () => {
    // Security 300 by users 10/60/30 → Network 30, Finance 180, HR 90. Network 1500.01 + 30 = 1530.01
    // by headcount over the open targets (Security closed) 40/20: 1020.00667 / 510.00333 → the
    // leftover cent goes to the larger remainder: Finance 1020.01, HR 510.
    expect(result.balances).toEqual([
      { target: 'bu:Finance', currency: 'USD', amount: '1400.01' },
      { target: 'bu:HR', currency: 'USD', amount: '700.5' },
    ]);
    expect(result.closed).toEqual(['svc:Security', 'svc:Network']);
  });

  it('puts what it cannot place in unallocated buckets by reason', () => {
    expect(result.unallocated.map((u) => [u.reason, u.rule, u.amount])).toEqual([
      ['untagged', 'R3', '99.99'],
      ['no-matching-rule', undefined, '10'],
    ]);
    expect(result.sources[result.unallocated[1]!.group!]!.aggregateIds).toEqual(['a7']);
  });

  it('records the driver and quantities behind every posting', () => {
    const finance = result.postings.find((p) => p.rule === 'R5' && p.to === 'bu:Finance')!;
    expect(finance).toMatchObject({
      method: 'driver',
      driver: 'headcount',
      quantity: '40',
      driverTotal: '60',
      sourceAmount: '1530.01',
      amount: '1020.01',
      fromNode: 'svc:Network',
    });
  });

  it('explains why Finance is charged 1020.01 for Network, back to the aggregates', () => {
    const e = explain(result, 'bu:Finance', 'svc:Network');
    expect(e.charges).toHaveLength(1);
    const [charge] = e.charges;
    expect(charge!.posting.amount).toBe('1020.01');
    const inflows = charge!.origin.inflows;
    expect(inflows.map((f) => [f.posting.rule, f.posting.amount])).toEqual([
      ['R1', '1500.01'],
      ['R4', '30'],
    ]);
    expect(inflows[0]!.aggregates!.ids).toEqual(['a1', 'a2']);
    expect(inflows[1]!.origin!.inflows[0]!.aggregates!.ids).toEqual(['a3']);
    expect(explainLines(e)[0]).toBe(
      'bu:Finance is charged 1020.01 USD for svc:Network by rule R5 (driver headcount: 40 of 60) of 1530.01, which came from:',
    );
  });

  it('explains a direct assignment by its rule id', () => {
    const e = explain(result, 'bu:HR', 'R3');
    expect(e.charges.map((c) => [c.posting.amount, c.origin.inflows[0]!.aggregates!.ids])).toEqual([['100.5', ['a5']]]);
  });
});

describe('allocation engine, step-down order', () => {
  it('never sends cost back to a service closed earlier: order decides who carries whom', () => {
    // Network closes first now, so its 1500.01 goes to Security 5, Finance 40, HR 20 (of 65);
    // Security then closes over Finance and HR only (Network is closed), by users 60/30.
    const swapped = runAllocation({ ...input, rules: [rules[0]!, rules[1]!, rules[2]!, rules[4]!, rules[3]!] });
    expect(swapped.closed).toEqual(['svc:Network', 'svc:Security']);
    const toSecurity = swapped.postings.find((p) => p.rule === 'R5' && p.to === 'svc:Security')!;
    expect(toSecurity).toMatchObject({ quantity: '5', driverTotal: '65', amount: '115.39' });
    expect(swapped.postings.filter((p) => p.rule === 'R4').map((p) => [p.to, p.amount, p.driverTotal])).toEqual([
      ['bu:Finance', '276.93', '90'],
      ['bu:HR', '138.46', '90'],
    ]);
    expect(swapped.postings.some((p) => p.to === 'svc:Network' && p.step > 0)).toBe(false);
  });
});

describe('allocation engine, unallocated reasons and bad input', () => {
  const pool = [usd('p1', '100', { service: 'Desk' }), usd('p2', '50', { service: 'Mail', env: 'prod' })];
  const one = (rule: AllocationRule, extra: Partial<AllocationInput> = {}) =>
    runAllocation({ aggregates: pool, drivers: [], rules: [rule], minorUnits: MINOR, ...extra });

  it('keeps a rule whose driver does not exist as missing-driver', () => {
    const r = one({ id: 'X', source: { kind: 'match', dims: {} }, method: { kind: 'driver', driver: 'tickets' } });
    expect(r.unallocated).toMatchObject([
      { reason: 'missing-driver', rule: 'X', amount: '150', detail: 'driver "tickets" does not exist' },
    ]);
  });

  it('keeps a driver without a quantity for a listed target as missing-driver, naming it', () => {
    const r = one(
      {
        id: 'X',
        source: { kind: 'match', dims: {} },
        method: { kind: 'driver', driver: 'gb', targets: ['bu:A', 'bu:B'] },
      },
      { drivers: [{ id: 'gb', quantities: { 'bu:A': '1' } }] },
    );
    expect(r.unallocated[0]).toMatchObject({
      reason: 'missing-driver',
      detail: 'driver "gb" has no quantity for bu:B',
    });
  });

  it('keeps a driver that totals zero as zero-driver-total', () => {
    const r = one(
      { id: 'X', source: { kind: 'match', dims: {} }, method: { kind: 'driver', driver: 'gb' } },
      { drivers: [{ id: 'gb', quantities: { 'bu:A': '0' } }] },
    );
    expect(r.unallocated).toMatchObject([{ reason: 'zero-driver-total', amount: '150' }]);
  });

  it('keeps tag values missing from the mapping as unmapped', () => {
    const r = one({
      id: 'X',
      source: { kind: 'match', dims: {} },
      method: { kind: 'direct', key: 'service', map: { Desk: 'bu:A' } },
    });
    expect(r.balances).toEqual([{ target: 'bu:A', currency: 'USD', amount: '100' }]);
    expect(r.unallocated).toMatchObject([{ reason: 'unmapped', amount: '50' }]);
  });

  it('takes the untagged remainder with its own rule', () => {
    const r = one({
      id: 'U',
      source: { kind: 'untagged', key: 'env' },
      method: { kind: 'even', targets: ['bu:A', 'bu:B', 'bu:C'] },
    });
    expect(r.balances.map((b) => b.amount)).toEqual(['33.34', '33.33', '33.33']);
    expect(r.unallocated).toMatchObject([{ reason: 'no-matching-rule', amount: '50' }]);
  });

  it('splits yen in whole yen and credits mirror invoices', () => {
    const r = runAllocation({
      aggregates: [{ id: 'j', amount: '-100', currency: 'JPY', dims: {} }],
      drivers: [],
      rules: [{ id: 'E', source: { kind: 'match', dims: {} }, method: { kind: 'even', targets: ['a', 'b', 'c'] } }],
      minorUnits: MINOR,
    });
    expect(r.balances.map((b) => b.amount)).toEqual(['-34', '-33', '-33']);
  });

  it('rejects percentages that do not add up to 100, naming the rule', () => {
    const bad = () =>
      one({
        id: 'P',
        source: { kind: 'match', dims: {} },
        method: {
          kind: 'percent',
          shares: [
            { target: 'a', percent: '60' },
            { target: 'b', percent: '30' },
          ],
        },
      });
    expect(bad).toThrow(EngineInputError);
    expect(bad).toThrow('Rule P: percentages add up to 90, not 100');
  });

  it('rejects a fixed percentage back to a closed service', () => {
    const rulesBack: AllocationRule[] = [
      { id: 'S1', source: { kind: 'match', dims: {} }, method: { kind: 'even', targets: ['svc:Net'] } },
      { id: 'S2', source: { kind: 'node', node: 'svc:Net' }, method: { kind: 'even', targets: ['svc:Desk'] } },
      {
        id: 'S3',
        source: { kind: 'node', node: 'svc:Desk' },
        method: { kind: 'percent', shares: [{ target: 'svc:Net', percent: '100' }] },
      },
    ];
    expect(() => runAllocation({ aggregates: pool, drivers: [], rules: rulesBack, minorUnits: MINOR })).toThrow(
      /svc:Net" was already closed/,
    );
  });

  it('rejects a bad configuration before any money moves, even for an empty month', () => {
    const empty = (extra: Partial<AllocationInput>) => () =>
      runAllocation({ aggregates: [], drivers: [], rules: [], minorUnits: MINOR, ...extra });
    const even: AllocationRule = {
      id: 'E',
      source: { kind: 'match', dims: {} },
      method: { kind: 'even', targets: ['a'] },
    };
    expect(empty({ rules: [even, even] })).toThrow('Rule E: the id is used by an earlier rule');
    expect(
      empty({
        rules: [{ id: 'N', source: { kind: 'node', node: 'svc:A' }, method: { kind: 'direct', key: 'service' } }],
      }),
    ).toThrow('Rule N: direct assignment needs aggregates, not a node');
    expect(empty({ drivers: [{ id: 'gb', quantities: { 'bu:A': '-3' } }] })).toThrow(
      'Driver gb: bu:A "-3" is not a quantity ≥ 0',
    );
  });

  it('rejects amounts with more decimals than the currency, and unknown currencies', () => {
    const run = (a: CostAggregate) => () =>
      runAllocation({ aggregates: [a], drivers: [], rules: [], minorUnits: MINOR });
    expect(run({ id: 'z', amount: '1.001', currency: 'USD', dims: {} })).toThrow(
      'Aggregate z: amount "1.001" has more decimals than USD allows (2)',
    );
    expect(run({ id: 'z', amount: '1', currency: 'XXX', dims: {} })).toThrow('Aggregate z: unknown currency "XXX"');
    expect(run({ id: 'z', amount: '1e3', currency: 'USD', dims: {} })).toThrow(EngineInputError);
  });

  it('gives the same result for a driver table written in another key order', () => {
    const rule: AllocationRule = {
      id: 'D',
      source: { kind: 'match', dims: {} },
      method: { kind: 'driver', driver: 'd' },
    };
    const a = one(rule, { drivers: [{ id: 'd', quantities: { x: '1', y: '1', z: '1' } }] });
    const b = one(rule, { drivers: [{ id: 'd', quantities: { z: '1', y: '1', x: '1' } }] });
    expect(b).toEqual(a);
  });
});
