import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountingSummary, AssetSchedule } from '../../src-shared/model';
import { sumMoney } from '../../src-shared/money';
import { openWorkbook } from '../../src-main/services';
import { outlay, tempDir } from './cli-run';

/**
 * A what-if scenario "Cost cut" with one CapEx budget line (5,000 in July 2026), the
 * baseline left empty; and EUR actuals of 200 in May and 100 in June 2027 (June has no
 * actual rate), posted straight into the file as an import would. Returns the scenario id.
 */
async function planAndActuals(s: ReturnType<typeof openWorkbook>, file: string): Promise<string> {
  const dims = await s.call('dimensions/get-all', {});
  const dep = await s.call('dimensions/save', { kind: 'department', row: { code: 'INF', name: 'Infra', owner: '' } });
  const cc = await s.call('dimensions/save', {
    kind: 'cost-center',
    row: { code: 'CC-1', name: 'Servers', departmentId: dep.id, parentId: null, owner: '' },
  });
  const svc = await s.call('dimensions/save', {
    kind: 'service',
    row: { code: 'SVC-1', name: 'Hosting', towerId: dims.towers[0]!.id, costPoolId: dims.costPools[0]!.id, owner: '' },
  });
  const acc = await s.call('dimensions/save', {
    kind: 'account',
    row: { code: '6100', name: 'Run', expenseType: 'OpEx' },
  });
  const baseline = (await s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!;
  const { scenario } = await s.call('scenario/create', { name: 'Cost cut', fromScenarioId: baseline.id });
  const line = await s.call('budget/add-line', {
    scenarioId: scenario.id,
    fiscalYear: 2027,
    fields: {
      costCenterId: cc.id,
      serviceId: svc.id,
      accountId: acc.id,
      vendorId: null,
      currency: 'USD',
      expenseType: 'CapEx',
      description: 'Refresh',
    },
  });
  await s.call('budget/set-cells', {
    fiscalYear: 2027,
    cells: [{ lineId: line.lines[0]!.id, month: '2026-07', amount: '5000' }],
  });
  const db = new Database(file);
  try {
    const insert = db.prepare(
      `INSERT INTO actuals (id, month, cost_center_id, service_id, account_id, amount, currency)
       VALUES (?, ?, ?, ?, ?, ?, 'EUR')`,
    );
    insert.run('act-may', '2027-05', cc.id, svc.id, acc.id, '200');
    insert.run('act-jun', '2027-06', cc.id, svc.id, acc.id, '100');
  } finally {
    db.close();
  }
  return scenario.id;
}

describe('outlay schedule and outlay summary', () => {
  let dir: string;
  let file: string;
  let assetId: string;
  let whatIfId: string;

  beforeAll(async () => {
    dir = tempDir();
    file = join(dir, 'books.outlay');
    expect((await outlay(['new', file, '--fy-start-month', '7', '--user', 'Ana'])).code).toBe(0);
    const s = openWorkbook(file);
    try {
      const saved = await s.call('assets/save', {
        code: 'SRV-1',
        name: 'DB server',
        assetClass: 'server',
        cost: '12400',
        salvage: '400',
        currency: 'USD',
        inServiceDate: '2026-07-15',
      });
      assetId = saved.asset.id;
      await s.call('assets/add-event', { assetId, event: { kind: 'disposal', date: '2027-06-30' } });
      await s.call('contracts/save', {
        code: 'C-EU',
        name: 'EU hosting',
        currency: 'EUR',
        baseAmount: '1000',
        billing: 'monthly',
        start: '2027-05-01',
        end: '2027-06-30',
        paymentTerms: 'due on receipt',
      });
      await s.call('fx/save-rates', {
        rates: [
          { from: 'EUR', to: 'USD', period: '2027-05', budgetRate: '1.1', actualRate: '1.125' },
          { from: 'EUR', to: 'USD', period: '2027-06', budgetRate: '1.0842' },
        ],
      });
      whatIfId = await planAndActuals(s, file);
    } finally {
      s.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints an asset schedule with a totals row, finding the asset by code in any case', async () => {
    const r = await outlay(['schedule', file, '--asset', 'srv-1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Asset           SRV-1 DB server');
    expect(r.stdout).toContain('CapEx: server, 12,400.00 ≥ threshold 5,000.00, 5 years straight-line');
    expect(lines.find((l) => l.startsWith('FY2027-P01'))).toMatch(
      /^FY2027-P01\s+2026-07-01\s+2026-07-31\s+200\.00\s+200\.00\s+12200\.00\s+0\.00$/,
    );
    expect(lines.find((l) => l.startsWith('FY2027-P12'))).toMatch(/200\.00\s+2400\.00\s+0\.00\s+10000\.00\s+disposal$/);
    expect(lines.find((l) => l.startsWith('Total'))).toMatch(/^Total\s+2400\.00\s+2400\.00\s+0\.00\s+10000\.00$/);
  });

  it('prints the schedule as JSON with exact decimal strings, by id too', async () => {
    const r = await outlay(['schedule', file, '--asset', assetId, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as AssetSchedule;
    expect(s).toMatchObject({ code: 'SRV-1', status: 'disposed', totalExpense: '2400', totalWriteOff: '10000' });
    expect(sumMoney(s.rows.map((x) => x.expense))).toBe('2400');
    expect(s.rows).toHaveLength(12);
  });

  it('prints a fiscal year summary as JSON whose totals reconcile', async () => {
    const r = await outlay(['summary', file, '--fy', '2027', '--view', 'accrual', '--by', 'capex-opex', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as AccountingSummary;
    // Depreciation 2,400 and the 10,000 written off on disposal; hosting 1,100 + 1,084.20.
    expect(s.rows.map((x) => [x.key, x.total])).toEqual([
      ['CapEx', '12400'],
      ['OpEx', '2184.2'],
    ]);
    expect(s.total.total).toBe('14584.2');
    expect(s.total.amounts[11]).toBe(sumMoney(['200', '10000', '1084.2']));
  });

  it('prints the summary as a table with period columns and a totals row', async () => {
    const r = await outlay(['summary', file, '--fy', '2027', '--view', 'cash']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FY2027 cash view by capex-opex, USD (budget FX rates)');
    const total = r.stdout.split('\n').find((l) => l.startsWith('Total'))!;
    expect(total.trim().split(/\s+/)).toEqual([
      'Total',
      '12400.00',
      ...Array(9).fill('0.00'),
      '1100.00',
      '1084.20',
      '14584.20',
    ]);
    expect(r.stdout).toContain('CapEx 12400.00, OpEx 2184.20');
  });

  it("adds the baseline's budget lines by default and another scenario's with --scenario, by name or id", async () => {
    const json = async (...extra: string[]) => {
      const r = await outlay(['summary', file, '--fy', '2027', '--json', ...extra]);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as AccountingSummary;
    };
    const baseline = await json();
    expect(baseline.scenario).toMatchObject({ name: 'Baseline', budgetLines: 0 });
    expect(baseline.sources.planned.total).toBe('0');
    const byName = await json('--scenario', 'cost CUT');
    expect(byName.scenario).toEqual({ id: whatIfId, name: 'Cost cut', budgetLines: 1 });
    expect(byName.sources.planned.amounts[0]).toBe('5000');
    expect(byName.split.CapEx).toBe(sumMoney([baseline.split.CapEx, '5000']));
    expect(byName.total.total).toBe(sumMoney([baseline.total.total, '5000']));
    expect(await json('--scenario', whatIfId)).toEqual(byName);
    // Sources, split and actuals are in the JSON and reconcile.
    expect(sumMoney(Object.values(byName.sources).map((x) => x.total))).toBe(byName.total.total);
    expect(sumMoney([byName.split.CapEx, byName.split.OpEx])).toBe(byName.total.total);
    // May: 200 EUR × 1.125 = 225 against × 1.1 = 220, FX variance 5; June: 100 × 1.0842 at the budget rate.
    expect(byName.actual.fxVariance.total).toBe('5');
    expect(byName.actual.total.amounts.slice(10)).toEqual(['225', '108.42']);
    expect(byName.actual.missingActualRates).toEqual([
      { pair: 'EUR/USD', currency: 'EUR', month: '2027-06', amount: '100' },
    ]);

    const unknown = await outlay(['summary', file, '--fy', '2027', '--scenario', 'Nope']);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toBe(`outlay: there is no scenario named or with id "Nope" in ${file}\n`);
  });

  it('prints the sources, the split, plan against actuals and the FX variance as text', async () => {
    const r = await outlay(['summary', file, '--fy', '2027', '--scenario', 'Cost cut']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'FY2027 accrual view by capex-opex, USD (budget FX rates), scenario Cost cut (1 budget line)',
    );
    expect(r.stdout).toContain('CapEx 17400.00, OpEx 2184.20');
    expect(r.stdout).toContain('By source: planned lines 5000.00, contracts 2184.20, invoices 0.00, assets 12400.00');
    expect(r.stdout).toContain('Actuals: 2 posted, at actual FX rates; FX variance 5.00');
    expect(r.stdout).toContain('No actual rate for EUR/USD in 2027-06: 100.00 EUR converted at the budget rate');
    const row = (label: string) =>
      r.stdout
        .split('\n')
        .find((l) => l.trim().startsWith(`${label}  `))!
        .trim()
        .split(/\s{2,}/);
    expect(row('Actual')).toEqual(['Actual', ...Array(10).fill('0.00'), '225.00', '108.42', '333.42']);
    expect(row('FX variance')).toEqual(['FX variance', ...Array(10).fill('0.00'), '5.00', '0.00', '5.00']);
    expect(row('Plan').at(-1)).toBe('19584.20');
  });

  it('exits 1 naming the pair and month when a rate is missing, and for an unknown asset', async () => {
    const none = await outlay(['schedule', file, '--asset', 'NOPE']);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(`outlay: there is no asset with code or id "NOPE" in ${file}\n`);
    const s = openWorkbook(file);
    try {
      await s.call('fx/delete-rates', { keys: [{ from: 'EUR', to: 'USD', period: '2027-06' }] });
    } finally {
      s.close();
    }
    const missing = await outlay(['summary', file, '--fy', '2027']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('outlay: FY2027 summary: No budget FX rate for EUR/USD in period 2027-06\n');
    expect(missing.stdout).toBe('');
  });

  it('exits 2 with a hint for a missing or bad option', async () => {
    const noAsset = await outlay(['schedule', file]);
    expect(noAsset).toMatchObject({ code: 2, stdout: '' });
    expect(noAsset.stderr).toBe('outlay: missing --asset CODE_OR_ID\nRun "outlay schedule --help" for usage.\n');
    const noYear = await outlay(['summary', file]);
    expect(noYear).toMatchObject({ code: 2, stderr: expect.stringContaining('missing --fy YEAR') });
    const badView = await outlay(['summary', file, '--fy', '2027', '--view', 'monthly']);
    expect(badView).toMatchObject({ code: 2, stderr: expect.stringContaining('--view expects one of accrual, cash') });
  });

  it('shows help for both commands and lists them in the top help', async () => {
    for (const cmd of ['schedule', 'summary']) {
      const r = await outlay([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: outlay ${cmd} FILE`));
      expect(r.stdout).toContain('--json');
    }
    expect((await outlay(['--help'])).stdout).toMatch(/schedule FILE[\s\S]*summary FILE/);
  });
});
