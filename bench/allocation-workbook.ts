/**
 * The service-level half of the allocation bench: a real workbook with 15 business units,
 * 60 cost centers, 10 shared and 40 application services, 20 driver tables, 200 stored
 * rules and 50,000 billing aggregates of one month; then `allocation/run` (inputs read
 * and rounded, rules checked, engine, every source, posting and balance stored as one
 * undoable command) timed end to end.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChannelInput } from '../src-shared/ipc/contract';
import { createWorkbook } from '../src-main/services';

const PERIOD = '2026-10';

/** Build the workbook, run the month `runs` times; returns the times (ms) and the last summary's counts. */
export async function benchAllocationService(aggregateCount: number, runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'outlay-alloc-bench-'));
  const path = join(dir, 'bench.outlay');
  const s = createWorkbook(path, { now: () => new Date('2026-11-15T10:00:00Z') });
  try {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    const dims = await s.call('dimensions/get-all', {});
    const tower = dims.towers[0]!.id;
    const pool = dims.costPools[0]!.id;
    const units: string[] = [];
    for (let i = 0; i < 15; i++) {
      const d = await s.call('dimensions/save', {
        kind: 'department',
        row: { code: `BU${i}`, name: `Unit ${i}`, owner: '' },
      });
      units.push(`bu:BU${i}`);
      for (let j = 0; j < 4; j++) {
        await s.call('dimensions/save', {
          kind: 'cost-center',
          row: {
            code: `CC${i * 4 + j}`,
            name: `Cost center ${i * 4 + j}`,
            departmentId: d.id,
            parentId: null,
            owner: '',
          },
        });
      }
    }
    const shared = Array.from({ length: 10 }, (_, i) => `SHARED${i}`);
    const apps = Array.from({ length: 40 }, (_, i) => `APP${i}`);
    for (const code of [...shared, ...apps]) {
      await s.call('dimensions/save', {
        kind: 'service',
        row: { code, name: code, towerId: tower, costPoolId: pool, owner: '' },
      });
    }
    const driverCodes: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { id } = await s.call('allocation/save-driver', { code: `DRV${i}`, name: `Driver ${i}`, unit: '' });
      driverCodes.push(`DRV${i}`);
      const targets = [...units, ...shared.map((x) => `svc:${x}`)];
      await s.call('allocation/set-driver-values', {
        driverId: id,
        period: '',
        values: targets.map((target) => ({ target, quantity: (Math.floor(next() * 10000) / 100 + 1).toString() })),
      });
    }
    const accounts = Array.from({ length: 20 }, (_, i) => `ca${i}`);
    const subs = Array.from({ length: 25 }, (_, i) => `sub${i}`);
    type Draft = ChannelInput<'allocation/save-rule'>;
    const base = { enabled: true, note: '' };
    const rules: Draft[] = [
      ...shared.map((x): Draft => ({
        ...base,
        name: `Pool ${x}`,
        source: { kind: 'match', dims: { service: x } },
        method: { kind: 'even', targets: [`svc:${x}`] },
      })),
      ...Array.from({ length: 138 }, (_, i): Draft => ({
        ...base,
        name: `Driver split ${i}`,
        source: { kind: 'match', dims: { cloudAccount: accounts[i % 20]!, subAccount: subs[i % 25]! } },
        method:
          i % 3 === 0
            ? {
                kind: 'percent',
                shares: [
                  { target: units[0]!, percent: '62.5' },
                  { target: units[1]!, percent: '37.5' },
                ],
              }
            : { kind: 'driver', driver: pick(driverCodes), targets: units },
      })),
      {
        ...base,
        name: 'Untagged',
        source: { kind: 'untagged', key: 'tag:cost-center' },
        method: { kind: 'even', targets: units },
      },
      ...apps.map((x): Draft => ({
        ...base,
        name: `Tagged ${x}`,
        source: { kind: 'match', dims: { service: x } },
        method: { kind: 'direct', key: 'tag:cost-center', nodeKind: 'cc' },
      })),
      {
        ...base,
        name: 'Rest',
        source: { kind: 'match', dims: {} },
        method: { kind: 'driver', driver: 'DRV0', targets: units },
      },
      ...shared.map((x, i): Draft => ({
        ...base,
        name: `Step-down ${x}`,
        source: { kind: 'node', node: `svc:${x}` },
        method: { kind: 'driver', driver: driverCodes[i]!, targets: units },
      })),
    ];
    for (const r of rules) await s.call('allocation/save-rule', r);

    const db = new Database(path);
    db.transaction(() => {
      db.prepare(
        `INSERT INTO billing_imports (id, file_name, sha256, format, grain, tag_keys, row_count, aggregate_count, totals,
           periods, imported_at, imported_by) VALUES ('bench', 'bench.csv', 'x', 'focus-1.2', '[]', '[]', 0, 0, '[]', '[]', '', '')`,
      ).run();
      const insert = db.prepare(
        `INSERT INTO billing_aggregates (id, import_id, billing_period, charge_period, provider, billing_account,
           sub_account, service, region, tags, currency, billed_cost, effective_cost, row_count)
         VALUES (?, 'bench', ?, ?, 'AWS', ?, ?, ?, NULL, ?, 'USD', ?, ?, 1)`,
      );
      for (let i = 0; i < aggregateCount; i++) {
        const tagged = next() > 0.1;
        const cost = ((Math.floor(next() * 5_000_000_000) - 200_000_000) / 1e7).toFixed(7);
        insert.run(
          `agg${String(i).padStart(6, '0')}`,
          PERIOD,
          PERIOD,
          pick(accounts),
          pick(subs),
          next() > 0.3 ? pick(apps) : pick(shared),
          JSON.stringify(tagged ? { 'cost-center': `CC${Math.floor(next() * 60)}` } : {}),
          cost,
          cost,
        );
      }
    })();
    db.close();

    const times: number[] = [];
    let last = await s.call('allocation/run', { period: PERIOD, basis: 'effective' });
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      last = await s.call('allocation/run', { period: PERIOD, basis: 'effective' });
      times.push(performance.now() - t0);
    }
    return { times, rules: rules.length, postings: last.postingCount, conserved: last.conserved };
  } finally {
    s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
