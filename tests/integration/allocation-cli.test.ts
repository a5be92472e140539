import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllocationSummary } from '../../src-shared/model/allocation';
import { openWorkbook } from '../../src-main/services';
import { seedAggregates } from '../helpers/seed-aggregates';
import { outlay } from './cli-run';
import { allocationWorkbook, ruleDrafts } from './helpers/allocation-fixture';

let fixture: Awaited<ReturnType<typeof allocationWorkbook>>;

beforeAll(async () => {
  fixture = await allocationWorkbook();
  for (const r of ruleDrafts(fixture.pool)) await fixture.s.call('allocation/save-rule', r);
  fixture.s.close();
}, 30_000);
afterAll(() => fixture.tmp.remove());

describe('outlay allocate', () => {
  it('with --dry-run prints balances and the conservation check and stores nothing', async () => {
    const r = await outlay(['allocate', fixture.path, '--period', '2026-10', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/bu:FIN +Finance/);
    expect(r.stdout).toMatch(/dry run, nothing stored/);
    expect(r.stdout).toMatch(/: conserved/);
    const s = openWorkbook(fixture.path);
    expect(await s.call('allocation/get-run', { period: '2026-10' })).toBeNull();
    s.close();
  });

  it('stores the run, prints it as JSON and writes FOCUS rows that add up to the input', async () => {
    const csv = `${fixture.tmp.dir}/focus.csv`;
    const r = await outlay(['allocate', fixture.path, '--period', '2026-10', '--json', '--export-focus', csv]);
    expect(r.code, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout) as AllocationSummary & { focusExport: { rows: number } };
    const s = openWorkbook(fixture.path);
    const stored = await s.call('allocation/get-run', { period: '2026-10' });
    s.close();
    expect(stored).toMatchObject({ runId: printed.runId, balances: printed.balances, conserved: true });
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(printed.focusExport.rows + 1);
    const col = lines[0]!.split(',').indexOf('EffectiveCost');
    // Amounts are never quoted: the cost column is found by splitting the row's leading unquoted cells.
    const sum = lines.slice(1).reduce((a, l) => a.plus(l.split(',')[col]!), new Decimal(0));
    expect(sum.eq(printed.inputTotal)).toBe(true);
  });

  it('refuses a missing or malformed --period with exit 2', async () => {
    const r = await outlay(['allocate', fixture.path, '--period', 'October']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--period YYYY-MM');
  });

  it('exits 1 naming the currency and month when a rate is missing', async () => {
    seedAggregates(
      fixture.path,
      [{ id: 'jp', chargePeriod: '2026-09', currency: 'JPY', billedCost: '100', effectiveCost: '100' }],
      'imp-jpy',
    );
    const r = await outlay(['allocate', fixture.path, '--period', '2026-09']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/JPY.*2026-09/);
  });
});
