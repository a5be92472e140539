import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import { outlay, tempDir } from './cli-run';

interface InfoJson {
  path: string;
  schemaVersion: number;
  settings: { name: string; baseCurrency: string; fyStartMonth: number; userName: string };
  counts: Record<string, number>;
  totals: {
    scenarioId: string;
    scenarioName: string;
    fiscalYear: number;
    total: string;
    byCurrency?: Record<string, string>;
  }[];
  fiscalYears: number[];
}

const ARGS = [
  '--demo',
  '--seed',
  '42',
  '--lines',
  '400',
  '--as-of',
  '2026-03-15',
  '--currency',
  'EUR',
  '--fy-start-month',
  '4',
];

describe('outlay new --demo, then outlay info', () => {
  let dir: string;
  let file: string;
  let info: InfoJson;

  beforeAll(async () => {
    dir = tempDir();
    file = join(dir, 'demo.outlay');
    const created = await outlay(['new', file, ...ARGS, '--name', 'CLI demo', '--user', 'Ana Planner']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Created ${file}`);
    const r = await outlay(['info', file, '--json']);
    expect(r.code).toBe(0);
    info = JSON.parse(r.stdout) as InfoJson;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves exactly the workbook in the folder, no temporary files', () => {
    expect(readdirSync(dir)).toEqual(['demo.outlay']);
  });

  it('reports the settings given on the command line', () => {
    expect(info.path).toBe(file);
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(info.settings).toMatchObject({
      name: 'CLI demo',
      baseCurrency: 'EUR',
      fyStartMonth: 4,
      userName: 'Ana Planner',
    });
  });

  it('counts the rows the generator made for the same seed', () => {
    const demo = generateDemo({ seed: 42, lines: 400, asOf: '2026-03-15', currency: 'EUR', fyStartMonth: 4 });
    expect(info.counts).toMatchObject({
      departments: demo.departments.length,
      cost_centers: demo.costCenters.length,
      services: demo.services.length,
      accounts: demo.accounts.length,
      vendors: demo.vendors.length,
      scenarios: 2,
      budget_lines: 800,
      actuals: demo.actuals.length,
      journal: 1,
    });
  });

  it('reports totals per scenario and fiscal year that reconcile to the cent with the SQLite file', () => {
    // scenario|FY → currency → exact sum, recomputed from the file with decimal.js.
    const expected = new Map<string, Map<string, Decimal>>();
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rows = db
        .prepare(
          `SELECT l.scenario_id AS s, l.currency AS c, a.month AS m, a.amount AS v
           FROM budget_amounts a JOIN budget_lines l ON l.id = a.line_id`,
        )
        .all() as { s: string; c: string; m: string; v: string }[];
      for (const { s, c, m, v } of rows) {
        const key = `${s}|${fiscalYearOf(m, 4)}`;
        const perCurrency = expected.get(key) ?? new Map<string, Decimal>();
        expected.set(key, perCurrency);
        perCurrency.set(c, (perCurrency.get(c) ?? new Decimal(0)).plus(v));
      }
    } finally {
      db.close();
    }
    expect(info.totals.map((t) => `${t.scenarioId}|${t.fiscalYear}`).sort()).toEqual([...expected.keys()].sort());
    let sawOtherCurrency = false;
    for (const t of info.totals) {
      const perCurrency = expected.get(`${t.scenarioId}|${t.fiscalYear}`)!;
      expect(t.total).toMatch(/^-?\d+(\.\d+)?$/);
      expect(t.total).toBe(perCurrency.get('EUR')!.toFixed());
      if (perCurrency.size > 1) {
        sawOtherCurrency = true;
        const byCurrency = Object.fromEntries([...perCurrency].map(([c, d]) => [c, d.toFixed()]));
        expect(t.byCurrency).toEqual(byCurrency);
      }
    }
    // The demo bills a few lines in a vendor's home currency, so the split is exercised.
    expect(sawOtherCurrency).toBe(true);
    expect(info.totals.map((t) => t.fiscalYear)).toEqual(expect.arrayContaining([2026, 2027]));
  });

  it('reports the same base-currency totals as summing the generated lines directly', () => {
    const demo = generateDemo({ seed: 42, lines: 400, asOf: '2026-03-15', currency: 'EUR', fyStartMonth: 4 });
    for (const t of info.totals) {
      let sum = new Decimal(0);
      for (const l of demo.budgetLines) {
        if (l.scenarioId !== t.scenarioId || l.currency !== 'EUR') continue;
        for (const [m, v] of Object.entries(l.amounts)) if (fiscalYearOf(m, 4) === t.fiscalYear) sum = sum.plus(v);
      }
      expect(t.total).toBe(sum.toFixed());
    }
  });

  it('prints the same facts as an aligned text table without --json', async () => {
    const r = await outlay(['info', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Name\s+CLI demo$/m);
    expect(r.stdout).toMatch(/^budget_lines\s+800$/m);
    const baseline = info.totals.find((t) => t.scenarioName === 'Baseline' && t.fiscalYear === 2026)!;
    const [whole, frac = ''] = baseline.total.split('.');
    const shown = `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0')}`;
    expect(r.stdout).toMatch(new RegExp(`^Baseline\\s+FY2026\\s+${shown.replace('.', '\\.')}(\\s|$)`, 'm'));
  });

  it('creates the same workbook content again from the same seed', async () => {
    const again = join(dir, 'again.outlay');
    const r = await outlay(['new', again, ...ARGS, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { file: string; demo: { budgetLines: number; seed: number } };
    expect(summary).toMatchObject({ file: again, demo: { budgetLines: 800, seed: 42 } });
    const second = JSON.parse((await outlay(['info', again, '--json'])).stdout) as InfoJson;
    expect(second.totals.map((t) => t.total)).toEqual(info.totals.map((t) => t.total));
    rmSync(again);
  });

  it('creates an empty workbook without --demo', async () => {
    const empty = join(dir, 'empty.outlay');
    const r = await outlay(['new', empty, '--currency', 'gbp', '--json']);
    expect(r.code).toBe(0);
    const e = JSON.parse((await outlay(['info', empty, '--json'])).stdout) as InfoJson;
    expect(e.settings.baseCurrency).toBe('GBP');
    expect(e.counts).toMatchObject({ budget_lines: 0, scenarios: 1, journal: 1 });
    expect(e.totals).toEqual([]);
    expect(existsSync(empty)).toBe(true);
    rmSync(empty);
  });
});
