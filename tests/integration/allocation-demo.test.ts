import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAllocation } from '../../src-main/demo/allocation';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { seedAggregates } from '../helpers/seed-aggregates';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const demo = generateDemo({ seed: 7, asOf: '2026-03-15', lines: 300, assets: 2, contracts: 2, fyStartMonth: 4 });
const seed = generateAllocation(demo);
const MONTH = '2026-02';
let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
let path: string;

beforeAll(async () => {
  tmp = tempDir();
  path = tmp.file('demo.outlay');
  s = createWorkbook(path, { now: FIXED_NOW, demo });
  const ids = new Map<string, string>();
  for (const d of seed.drivers) {
    ids.set(d.id, (await s.call('allocation/save-driver', { code: d.code, name: d.name, unit: d.unit })).id);
  }
  for (const [driverId, id] of ids) {
    const values = seed.values
      .filter((v) => v.driverId === driverId)
      .map((v) => ({ target: v.target, quantity: v.quantity }));
    await s.call('allocation/set-driver-values', { driverId: id, period: '', values });
  }
  for (const r of seed.rules) {
    await s.call('allocation/save-rule', { name: r.name, source: r.source, method: r.method, enabled: true, note: '' });
  }
  const base = demo.settings.baseCurrency;
  const cc = demo.costCenters[0]!.code;
  seedAggregates(path, [
    {
      id: 'c1',
      chargePeriod: MONTH,
      currency: base,
      tags: { CostCenter: cc },
      billedCost: '1',
      effectiveCost: '1234.5678901',
    },
    {
      id: 'c2',
      chargePeriod: MONTH,
      currency: base,
      tags: { CostCenter: null },
      billedCost: '1',
      effectiveCost: '99.99999',
    },
    {
      id: 'c3',
      chargePeriod: MONTH,
      currency: base,
      tags: { CostCenter: 'NO-SUCH' },
      billedCost: '1',
      effectiveCost: '10',
    },
  ]);
}, 60_000);
afterAll(() => {
  s.close();
  tmp.remove();
});

describe('the demo allocation set-up', () => {
  it('is accepted by the rule checks against the demo’s departments, cost centers and services', async () => {
    const rules = await s.call('allocation/list-rules', {});
    expect(rules.map((r) => r.name)).toEqual(seed.rules.map((r) => r.name));
    const drivers = await s.call('allocation/list-drivers', {});
    expect(drivers.find((d) => d.code === 'HEADCOUNT')!.values).toHaveLength(demo.departments.length);
  });

  it('allocates a demo month: shared service nodes stepped down, rated ones held for their rates, money conserved, the unknown tag set aside', async () => {
    const run = await s.call('allocation/run', { period: MONTH, basis: 'effective' });
    expect(run.conserved).toBe(true);
    expect(run.inputCount).toBeGreaterThan(3);
    // Only the services the demo rate card prices keep cost (their rates recover it); shared ones are passed on.
    const held = run.balances.filter((b) => b.target.startsWith('svc:')).map((b) => b.target);
    expect(held.length).toBeGreaterThan(0);
    expect(
      held.every((t) => ['svc:SVC-COMP-VM', 'svc:SVC-STOR-SAN', 'svc:SVC-EU-LAPTOP', 'svc:SVC-EU-DESK'].includes(t)),
    ).toBe(true);
    expect(run.unallocated.map((u) => [u.reason, u.amount])).toEqual([['unmapped', '10']]);
    const units = run.balances.filter((b) => b.target.startsWith('bu:'));
    expect(units.map((b) => b.target).sort()).toEqual(demo.departments.map((d) => `bu:${d.code}`).sort());
    const tagged = run.balances.find((b) => b.target === `cc:${demo.costCenters[0]!.code}`)!;
    expect(new Decimal(tagged.amount).gte('1234.57')).toBe(true);
  });

  it('traces a business unit’s LAN charge back through security operations to the GL actuals', async () => {
    const unit = `bu:${demo.departments[0]!.code}`;
    const t = await s.call('allocation/explain', { period: MONTH, target: unit, from: 'svc:SVC-NET-LAN' });
    expect(t.steps[0]).toMatchObject({ ruleName: 'LAN by users', driver: 'USERS' });
    const names = t.steps[0]!.inflows.map((f) => f.ruleName);
    expect(names).toContain('LAN actuals to the LAN service');
    expect(names).toContain('Security operations by tickets');
    const soc = t.steps[0]!.inflows.find((f) => f.ruleName === 'Security operations by tickets')!;
    expect(soc.inflows[0]!.aggregates.every((a) => a.label.includes('service=SVC-SEC-SOC'))).toBe(true);
    const security = await s.call('allocation/explain', { period: MONTH, target: unit, from: 'svc:SVC-SEC-SOC' });
    expect(security.steps.map((x) => x.ruleName)).toEqual(['Security operations by tickets']);
    expect(security.via.map((x) => x.ruleName).sort()).toEqual(['LAN by users', 'WAN by headcount']);
  });
});
