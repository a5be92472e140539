import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { Prng } from '../../src-main/demo/prng';
import { generateRates, type DemoRates } from '../../src-main/demo/rates';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { D } from '../../src-shared/money';
import { seedAllocationRun } from '../helpers/seed-allocation-run';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const ASOF = '2026-03-15';
const demo = generateDemo({ seed: 7, asOf: ASOF, lines: 300 });
const base = demo.settings.baseCurrency;
const rates = generateRates(new Prng(99), { ...demo, base }, ASOF, 1, 2026);

/** Write the demo rates as the seeder would, with plain SQL (the generator does not wire them yet). */
function writeRates(path: string, r: DemoRates): void {
  const db = new Database(path);
  try {
    db.transaction(() => {
      const svc = db.prepare(
        'INSERT INTO chargeback_services (id, code, name, unit, node, active) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const s of r.services) svc.run(s.id, s.code, s.name, s.unit, s.node, s.active ? 1 : 0);
      const use = db.prepare(
        'INSERT INTO service_usage (month, department_id, service_id, quantity) VALUES (?, ?, ?, ?)',
      );
      for (const u of r.usage) use.run(u.month, u.departmentId, u.serviceId, u.quantity);
      const cap = db.prepare('INSERT INTO service_capacity (service_id, month, capacity) VALUES (?, ?, ?)');
      for (const c of r.capacity) cap.run(c.serviceId, c.month, c.capacity);
      const c = r.card;
      db.prepare(
        `INSERT INTO rate_cards (id, fiscal_year, version, status, basis, markup_pct, note, created_at, created_by,
         published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        c.id,
        c.fiscalYear,
        c.version,
        c.status,
        c.basis,
        c.markupPct,
        c.note,
        c.createdAt,
        c.createdBy,
        c.publishedAt,
        c.publishedBy,
      );
      const e = db.prepare(
        'INSERT INTO rate_card_entries (card_id, service_id, rate, pool_cost, volume) VALUES (?, ?, ?, ?, ?)',
      );
      for (const x of r.entries) e.run(c.id, x.serviceId, x.rate, x.poolCost, x.volume);
    })();
  } finally {
    db.close();
  }
}

let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
beforeAll(() => {
  tmp = tempDir();
  const path = tmp.file('demo.outlay');
  s = createWorkbook(path, { now: FIXED_NOW, demo });
  writeRates(path, rates);
  // Recovery compares allocated months only: give every month of the year a (costless) run.
  for (let m = 1; m <= 12; m++) seedAllocationRun(path, `2026-${String(m).padStart(2, '0')}`, []);
});
afterAll(() => {
  s?.close();
  tmp.remove();
});

describe('the demo rate design', () => {
  it('is the same for the same seed', () => {
    expect(JSON.stringify(generateRates(new Prng(99), { ...demo, base }, ASOF, 1, 2026))).toBe(JSON.stringify(rates));
  });

  it('prices the four services of the issue, recovering demo services, with usage of every business unit and month', () => {
    expect(rates.services.map((x) => [x.code, x.unit])).toEqual([
      ['VM', 'vcpu-month'],
      ['STORAGE', 'gb-month'],
      ['LAPTOP', 'device-month'],
      ['DESK', 'ticket'],
    ]);
    const codes = new Set(demo.services.map((x) => `svc:${x.code}`));
    for (const x of rates.services) expect(codes.has(x.node), x.node).toBe(true);
    expect(rates.usage).toHaveLength(4 * demo.departments.length * 12);
    expect(rates.capacity).toHaveLength(4 * 12);
  });

  it('publishes rates equal to the baseline budget of each service over the year’s usage, at four decimals', () => {
    const baseline = demo.scenarios.find((x) => x.kind === 'baseline')!;
    for (const [i, spec] of rates.services.entries()) {
      const svc = demo.services.find((x) => `svc:${x.code}` === spec.node)!;
      const pool = demo.budgetLines
        .filter((l) => l.scenarioId === baseline.id && l.serviceId === svc.id && l.currency === base)
        .flatMap((l) => Object.entries(l.amounts).filter(([m]) => m.startsWith('2026-')))
        .reduce((a, [, v]) => a.plus(v), new D(0));
      const volume = rates.usage.filter((u) => u.serviceId === spec.id).reduce((a, u) => a.plus(u.quantity), new D(0));
      const entry = rates.entries[i]!;
      expect(entry.poolCost).toBe(pool.toFixed());
      expect(entry.rate).toBe(pool.div(volume).toDecimalPlaces(4, D.ROUND_HALF_UP).toFixed());
    }
  });

  it('reads back in a workbook: the card is in force and recovery is the invoice-rounded usage × rate', async () => {
    expect((await s.call('rates/list-services', {})).map((x) => x.code).sort()).toEqual([
      'DESK',
      'LAPTOP',
      'STORAGE',
      'VM',
    ]);
    const [card] = await s.call('rates/list-cards', { fiscalYear: 2026 });
    expect(card).toMatchObject({ id: rates.card.id, status: 'published', current: true });
    const minor = (await s.call('dimensions/get-all', {})).currencies.find((c) => c.code === base)!.minorUnits;
    const rateOf = new Map(rates.entries.map((e) => [e.serviceId, e.rate]));
    const expected = rates.usage.reduce(
      (a, u) => a.plus(new D(u.quantity).times(rateOf.get(u.serviceId)!).toDecimalPlaces(minor, D.ROUND_HALF_UP)),
      new D(0),
    );
    const report = await s.call('rates/recovery', { fiscalYear: 2026 });
    expect(report.total.recovered).toBe(expected.toFixed());
    expect(report.rows).toHaveLength(4 * 12);
  });
});
