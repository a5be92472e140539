import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFixture, refused, type AccountingFixture } from './helpers/accounting-fixture';
import { allocationWorkbook, exactInputs, ruleDrafts } from './helpers/allocation-fixture';
import { seedAggregates } from '../helpers/seed-aggregates';

type Fixture = AccountingFixture & { pool: string; driverId: string };
let f: Fixture;
const ids: string[] = [];

/** Largest remainder in cents, ties to the earlier part: written here, apart from the engine's. */
function split(total: Decimal, weights: number[]): Decimal[] {
  const cents = total.times(100).toNumber();
  const sum = weights.reduce((a, w) => a + w, 0);
  const exact = weights.map((w) => (cents * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < cents - parts.reduce((a, p) => a + p, 0); k++) parts[order[k]![1]]!++;
  return parts.map((p) => new Decimal(p).div(100));
}

/** Each input rounded so the parts add up to the rounded exact total (cumulative rounding). */
function rounded(basis: 'effective' | 'billed'): Map<string, Decimal> {
  let run = new Decimal(0);
  let before = new Decimal(0);
  const out = new Map<string, Decimal>();
  for (const { id, exact } of exactInputs(basis)) {
    run = run.plus(exact);
    const r = run.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    out.set(id, r.minus(before));
    before = r;
  }
  return out;
}

function expectedBalances(basis: 'effective' | 'billed'): Record<string, string> {
  const p = rounded(basis);
  const [fin, hr, inf] = split(p.get('gl:act-oct')!, [30, 13, 7]);
  const [finU, hrU] = split(p.get('bill:a3')!, [1, 1]);
  const [finN, hrN] = split(p.get('bill:a4')!, [60, 40]);
  return {
    'bu:FIN': fin!.plus(finU!).plus(finN!).toFixed(),
    'bu:HR': hr!.plus(hrU!).plus(hrN!).toFixed(),
    'bu:INF': inf!.toFixed(),
    'cc:CC-100': p.get('bill:a1')!.toFixed(),
    'cc:CC-200': p.get('bill:a2')!.toFixed(),
  };
}

beforeAll(async () => {
  f = await allocationWorkbook();
  for (const r of ruleDrafts(f.pool)) ids.push((await f.s.call('allocation/save-rule', r)).id);
}, 30_000);
afterAll(() => closeFixture(f));

describe('allocation rules and driver tables', () => {
  it('keeps the rules in the order they were added', async () => {
    const rules = await f.s.call('allocation/list-rules', {});
    expect(rules.map((r) => r.name)).toEqual(ruleDrafts(f.pool).map((r) => r.name));
    expect(rules.map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses percentages that do not add up to 100, naming the rule, and changes nothing', async () => {
    const bad = ruleDrafts(f.pool)[4]!;
    const e = await refused(f, 'allocation/save-rule', {
      ...bad,
      id: ids[4]!,
      method: {
        kind: 'percent',
        shares: [
          { target: 'bu:FIN', percent: '60' },
          { target: 'bu:HR', percent: '39' },
        ],
      },
    });
    expect(e.message).toContain('Rule "Network step-down"');
    expect(e.message).toContain('99');
  });

  it('refuses an unknown driver and an unknown target by name', async () => {
    const base = ruleDrafts(f.pool)[1]!;
    const e1 = await refused(f, 'allocation/save-rule', {
      ...base,
      name: 'X',
      method: { kind: 'driver', driver: 'USERS' },
    });
    expect(e1.message).toMatch(/Rule "X".*driver table "USERS"/);
    expect(e1.details).toMatchObject({ field: 'method.driver' });
    const e2 = await refused(f, 'allocation/save-rule', {
      ...base,
      name: 'Y',
      method: { kind: 'even', targets: ['bu:NOPE'] },
    });
    expect(e2.message).toContain('bu:NOPE');
  });

  it('refuses to move a step-down rule before the rule that feeds its node', async () => {
    const e = await refused(f, 'allocation/move-rule', { id: ids[4]!, to: 0 });
    expect(e.message).toContain('Network to its service');
    expect(e.message).toContain('svc:NET');
  });

  it('refuses a negative driver quantity naming the driver and target', async () => {
    const e = await refused(f, 'allocation/set-driver-values', {
      driverId: f.driverId,
      period: '',
      values: [{ target: 'bu:FIN', quantity: '-3' }],
    });
    expect(e.message).toContain('HEADCOUNT');
    expect(e.message).toContain('bu:FIN');
  });

  it('moves, disables and deletes rules as undoable commands', async () => {
    await f.s.call('allocation/move-rule', { id: ids[3]!, to: 2 });
    let names = (await f.s.call('allocation/list-rules', {})).map((r) => r.name);
    expect(names.slice(2, 4)).toEqual(['Tagged AWS', 'Untagged remainder']);
    await f.s.call('journal/undo', {});
    names = (await f.s.call('allocation/list-rules', {})).map((r) => r.name);
    expect(names.slice(2, 4)).toEqual(['Untagged remainder', 'Tagged AWS']);
    const extra = await f.s.call('allocation/save-rule', { ...ruleDrafts(f.pool)[2]!, name: 'Spare', enabled: false });
    await f.s.call('allocation/set-rule-enabled', { id: extra.id, enabled: true });
    await f.s.call('allocation/delete-rule', { id: extra.id });
    expect((await f.s.call('allocation/list-rules', {})).map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('running a month', () => {
  it('allocates October in the base currency, conserving every cent of the converted inputs', async () => {
    const summary = await f.s.call('allocation/run', { period: '2026-10', basis: 'effective' });
    const total = [...rounded('effective').values()].reduce((a, v) => a.plus(v), new Decimal(0));
    expect(summary.inputTotal).toBe(total.toFixed());
    expect(summary.inputCount).toBe(5);
    expect(Object.fromEntries(summary.balances.map((b) => [b.target, b.amount]))).toEqual(
      expectedBalances('effective'),
    );
    expect(summary.unallocated).toEqual([]);
    expect(summary.conserved).toBe(true);
    expect(new Decimal(summary.allocatedTotal).plus(summary.unallocatedTotal).eq(total)).toBe(true);
    expect(summary.balances.find((b) => b.target === 'bu:FIN')!.name).toBe('Finance');
  });

  it('uses BilledCost for the billed basis and supersedes the month’s earlier run', async () => {
    const first = await f.s.call('allocation/get-run', { period: '2026-10' });
    const billed = await f.s.call('allocation/run', { period: '2026-10', basis: 'billed' });
    expect(Object.fromEntries(billed.balances.map((b) => [b.target, b.amount]))).toEqual(expectedBalances('billed'));
    const again = await f.s.call('allocation/get-run', { runId: first!.runId! });
    expect(again!.runId).toBe(first!.runId);
    expect((await f.s.call('allocation/get-run', { period: '2026-10' }))!.runId).toBe(billed.runId);
    await f.s.call('journal/undo', {});
    expect((await f.s.call('allocation/get-run', { period: '2026-10' }))!.runId).toBe(first!.runId);
  });

  it('leaves money it cannot place in a named unallocated bucket', async () => {
    const drafts = ruleDrafts(f.pool).filter((r) => r.name !== 'Untagged remainder');
    const p = await f.s.call('allocation/preview', { period: '2026-10', basis: 'effective', rules: drafts });
    const bucket = p.proposed.unallocated.find((u) => u.reason === 'untagged')!;
    expect(bucket.amount).toBe(rounded('effective').get('bill:a3')!.toFixed());
    expect(bucket.detail).toContain('tag:team');
    expect(p.proposed.conserved).toBe(true);
    expect(p.unallocatedAfter).toBe(bucket.amount);
  });

  it('previews a rule change against the saved rules without writing anything', async () => {
    const seq = (await f.s.call('journal/get-undo-state', {})).seq;
    const drafts = (await f.s.call('allocation/list-rules', {})).map(({ position: _p, ...r }) => r);
    drafts[4] = {
      ...drafts[4]!,
      method: {
        kind: 'percent',
        shares: [
          { target: 'bu:FIN', percent: '50' },
          { target: 'bu:HR', percent: '50' },
        ],
      },
    };
    const p = await f.s.call('allocation/preview', { period: '2026-10', basis: 'effective', rules: drafts });
    const net = rounded('effective').get('bill:a4')!;
    const fin = p.diff.find((d) => d.target === 'bu:FIN')!;
    expect(new Decimal(fin.delta).eq(net.times(0.5).minus(split(net, [60, 40])[0]!))).toBe(true);
    expect(p.diff.find((d) => d.target === 'cc:CC-100')!.delta).toBe('0');
    expect((await f.s.call('journal/get-undo-state', {})).seq).toBe(seq);
  });

  it('writes nothing when the run is cancelled', async () => {
    const seq = (await f.s.call('journal/get-undo-state', {})).seq;
    const stop = new AbortController();
    stop.abort();
    const r = await f.s.dispatch('allocation/run', { period: '2026-10', basis: 'effective' }, { signal: stop.signal });
    expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect((await f.s.call('journal/get-undo-state', {})).seq).toBe(seq);
  });

  it('refuses a month whose currency has no rate, naming the currency and month', async () => {
    seedAggregates(
      f.path,
      [{ id: 'g1', chargePeriod: '2026-12', currency: 'GBP', billedCost: '5', effectiveCost: '5' }],
      'imp-gbp',
    );
    const e = await refused(f, 'allocation/run', { period: '2026-12', basis: 'effective' });
    expect(e.code).toBe('validation');
    expect(e.message).toContain('GBP');
    expect(e.message).toContain('2026-12');
  });
});

describe('the trace of an amount', () => {
  it('follows Finance’s Network charge back through the step-down to the Azure aggregate', async () => {
    const t = await f.s.call('allocation/explain', { period: '2026-10', target: 'bu:FIN', from: 'svc:NET' });
    const p = rounded('effective');
    expect(t.total).toBe(split(p.get('bill:a4')!, [60, 40])[0]!.toFixed());
    expect(t.steps).toHaveLength(1);
    const step = t.steps[0]!;
    expect(step).toMatchObject({ ruleName: 'Network step-down', method: 'percent', percent: '60', from: 'svc:NET' });
    expect(step.inflows[0]!.ruleName).toBe('Network to its service');
    expect(step.inflows[0]!.aggregates.map((a) => a.id)).toEqual(['bill:a4']);
    expect(t.lines.join('\n')).toContain('Network step-down');
  });

  it('shows driver quantity and total for a driver posting', async () => {
    const t = await f.s.call('allocation/explain', { period: '2026-10', target: 'bu:HR' });
    const gl = t.steps.find((s) => s.method === 'driver')!;
    expect(gl).toMatchObject({ driver: 'HEADCOUNT', quantity: '13', driverTotal: '50' });
    expect(gl.aggregates[0]!.label).toContain('1000 EUR');
  });
});

describe('the FOCUS export', () => {
  it('writes rows whose costs add up to the run’s balances and input total', async () => {
    const out = f.tmp.file('allocated.csv');
    const r = await f.s.call('allocation/export-focus', { period: '2026-10', output: { kind: 'path', path: out } });
    const [header, ...lines] = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    const cols = header!.split(',');
    for (const c of [
      'BillingPeriodStart',
      'EffectiveCost',
      'BillingCurrency',
      'AllocatedMethodId',
      'x_AllocationRuleId',
    ]) {
      expect(cols).toContain(c);
    }
    const rows = lines.map((l) =>
      Object.fromEntries(l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c, i) => [cols[i], c.replace(/,$/, '')])),
    );
    expect(rows).toHaveLength(r.rows);
    const run = (await f.s.call('allocation/get-run', { period: '2026-10' }))!;
    const sum = rows.reduce((a, x) => a.plus(x.BilledCost!), new Decimal(0));
    expect(sum.toFixed()).toBe(new Decimal(run.inputTotal).toFixed());
    for (const b of run.balances) {
      const mine = rows
        .filter((x) => x.SubAccountId === b.target)
        .reduce((a, x) => a.plus(x.BilledCost!), new Decimal(0));
      expect(mine.toFixed(), b.target).toBe(new Decimal(b.amount).toFixed());
    }
    expect(rows.every((x) => x.BillingCurrency === 'USD' && x.BillingPeriodStart === '2026-10-01T00:00:00Z')).toBe(
      true,
    );
  });
});
