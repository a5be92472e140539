import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import { sumMoney } from '../../src-shared/money';
import { outlay, tempDir } from './cli-run';
import { FIXED_NOW } from './helpers/workbook-fixture';

let dir: string;
let file: string;
let codes: { cc: string; svc: string; acc: string; scenario: string };

beforeAll(async () => {
  dir = tempDir();
  file = join(dir, 'demo.outlay');
  const demo = generateDemo({ seed: 9, asOf: '2026-03-15', lines: 10, assets: 3, contracts: 3 });
  const s = createWorkbook(file, { now: FIXED_NOW, demo });
  const dims = await s.call('dimensions/get-all', {});
  codes = {
    cc: dims.costCenters[0]!.code,
    svc: dims.services[0]!.code,
    acc: dims.accounts.find((a) => a.expenseType === 'OpEx')!.code,
    scenario: (await s.call('scenario/list', {}))[0]!.name,
  };
  s.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const args = (...more: string[]) => [
  'post',
  file,
  '--tco',
  'erp: on-premises vs saas',
  '--alternative',
  'erp-saas',
  '--scenario',
  codes.scenario,
  '--cost-center',
  codes.cc,
  '--service',
  codes.svc,
  '--account',
  codes.acc,
  ...more,
];

/** The budget lines the TCO postings made, with their amounts' total. */
async function postedLines() {
  const s = await openWorkbook(file);
  try {
    const scenarioId = (await s.call('scenario/list', {})).find((x) => x.name === codes.scenario)!.id;
    const lines = [];
    for (const fy of [2027, 2028, 2029, 2030, 2031, 2032]) {
      const grid = await s.call('budget/get-grid', { scenarioId, fiscalYear: fy });
      for (const l of grid.lines.filter((x) => x.description.startsWith('TCO '))) lines.push(...l.amounts);
    }
    const erp = (await s.call('tco/list', {})).find((m) => m.name.startsWith('ERP'))!;
    const result = await s.call('tco/compute', { id: erp.id });
    return { total: sumMoney(lines), engine: result.alternatives.find((a) => a.id === 'erp-saas')! };
  } finally {
    s.close();
  }
}

describe('outlay post --tco', () => {
  it('previews with --dry-run and writes nothing', async () => {
    const r = await outlay(args('--dry-run', '--json'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const preview = JSON.parse(r.stdout);
    expect(preview.seq).toBeNull();
    expect(preview.lines.length).toBeGreaterThan(2);
    expect((await postedLines()).total).toBe('0');
  });

  it('posts the alternative into the scenario, the lines adding up to the engine’s total, and re-posting replaces them', async () => {
    const r = await outlay(args('--view', 'pnl'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Posted TCO "ERP: on-premises vs SaaS" \(.+\/erp-saas\) into \d+ budget lines, EUR/);
    const first = await postedLines();
    expect(first.total).toBe(first.engine.totalPnl);
    expect(r.stdout).toMatch(new RegExp(`Total\\s+${first.engine.totalPnl.replace('.', '\\.')}`));

    const again = await outlay(args('--view', 'pnl'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('replaced');
    expect(again.stdout).not.toMatch(/ new /);
    expect((await postedLines()).total).toBe(first.engine.totalPnl);
  });

  it('refuses an unknown alternative (exit 1) and a bad view (exit 2)', async () => {
    const bad = await outlay(args('--alternative', 'mainframe'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('mainframe');
    const view = await outlay(args('--view', 'accrual'));
    expect(view.code).toBe(2);
    expect(view.stderr).toContain('--view');
  });
});
