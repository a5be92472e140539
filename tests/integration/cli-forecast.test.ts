import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioForecast } from '../../src-shared/model';
import { isCanonicalMoney, sumMoney } from '../../src-shared/money';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import { outlay, tempDir } from './cli-run';
import { DEMO_AS_OF } from './helpers/forecast-workbooks';
import { FIXED_NOW } from './helpers/workbook-fixture';

const fixed = (m: string) => (m.includes('.') ? m.padEnd(m.indexOf('.') + 3, '0') : `${m}.00`);

describe('outlay forecast', () => {
  let dir: string;
  let file: string;
  let lineCount: number;

  beforeAll(async () => {
    dir = tempDir('outlay-forecast-cli-');
    file = join(dir, 'demo.outlay');
    const demo = generateDemo({ seed: 3, asOf: DEMO_AS_OF, lines: 12, assets: 0, contracts: 0, fyStartMonth: 4 });
    const s = createWorkbook(file, { now: FIXED_NOW, demo });
    const baseline = (await s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!;
    lineCount = (await s.call('budget/get-grid', { scenarioId: baseline.id, fiscalYear: 2026 })).lines.length;
    s.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one row per budget line with method, MASE, sMAPE and totals per fiscal year that match --json', async () => {
    const args = ['forecast', file, '--scenario', 'baseline', '--horizon', '12', '--method', 'seasonal-naive'];
    const text = await outlay(args);
    // A slow run may announce its progress on stderr; nothing else goes there.
    expect(text.stderr).not.toMatch(/outlay:/);
    expect(text.code).toBe(0);
    const json = await outlay([...args, '--json']);
    expect(json.code).toBe(0);
    const f = JSON.parse(json.stdout) as ScenarioForecast;

    const out = text.stdout.split('\n');
    expect(out[0]).toBe(
      `Forecast of scenario ${f.scenarioName} by line, EUR, 12 months from 2026-03 (method seasonal-naive)`,
    );
    expect(out[1]).toBe('History: actuals up to 2026-02 at actual FX rates.');
    const header = out[3]!;
    expect(header).toMatch(/^Line\s+Description\s+Method\s+MASE\s+sMAPE\s+FY2026 \(1 mo\)\s+FY2027 \(11 mo\)$/);
    const body = out.slice(5, 5 + f.rows.length);
    f.rows.forEach((row, i) => {
      const cells = body[i]!.split(/\s{2,}/);
      expect(cells[0]).toBe(row.label);
      expect(cells).toContain(row.method ?? '-');
      expect(cells.slice(-2)).toEqual(row.years.map((y) => fixed(y.total)));
    });
    const total = out[5 + f.rows.length]!.split(/\s{2,}/);
    expect(total[0]).toBe('Total');
    expect(total.slice(-2)).toEqual(
      [2026, 2027].map((fy) => fixed(sumMoney(f.rows.map((r) => r.years.find((y) => y.fiscalYear === fy)!.total)))),
    );
  });

  it('prints the whole result as JSON with exact decimal strings', async () => {
    const r = await outlay(['forecast', file, '--horizon', '6', '--json']);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout) as ScenarioForecast;
    expect(f.requested).toBe('stored');
    expect(f.by).toBe('line');
    expect(f.rows).toHaveLength(lineCount);
    expect(f.months).toEqual(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
    for (const row of f.rows) {
      expect(row.mean).toHaveLength(6);
      for (const m of row.mean) expect(isCanonicalMoney(m), m).toBe(true);
      expect(typeof row.mase).toBe('number');
    }
  });

  it('groups by tower and takes holt-winters for holt-winters-additive', async () => {
    const r = await outlay(['forecast', file, '--by', 'tower', '--method', 'holt-winters', '--horizon', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[3]).toMatch(/^Tower\s+Method\s+MASE\s+sMAPE\s+FY2026 \(1 mo\)\s+FY2027 \(2 mo\)$/);
    expect(r.stdout).toContain('(method holt-winters-additive)');
  });

  it('exits 1 naming a scenario the workbook does not have', async () => {
    const r = await outlay(['forecast', file, '--scenario', 'No such plan']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`outlay: there is no scenario named or with id "No such plan" in ${file}\n`);
  });

  it('exits 2 with a hint for a bad method, by, horizon or a missing file argument', async () => {
    for (const args of [
      ['--method', 'prophet'],
      ['--by', 'department'],
      ['--horizon', '37'],
      ['--horizon', '0'],
    ]) {
      const r = await outlay(['forecast', file, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`--${args[0]!.slice(2)} expects`);
      expect(r.stderr).toContain('Run "outlay forecast --help" for usage.');
    }
    const none = await outlay(['forecast']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('missing FILE argument');
  });

  it('explains itself with --help', async () => {
    const r = await outlay(['forecast', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: outlay forecast FILE/);
    expect(r.stdout).toContain('--method M');
    const top = await outlay(['--help']);
    expect(top.stdout).toContain('forecast FILE');
  });

  it('honours what is stored for a line: its method and its overridden months, flagged in --json', async () => {
    const s = openWorkbook(file, { now: FIXED_NOW });
    const baseline = (await s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!;
    const first = (await s.call('forecast/scenario', { scenarioId: baseline.id, horizon: 3, by: 'line' })).rows.find(
      (r) => r.method !== null,
    )!;
    const scope = { kind: 'line' as const, id: first.key };
    await s.call('forecast/set-method', { scope, method: 'naive' });
    await s.call('forecast/set-overrides', { scope, cells: [{ month: '2026-04', amount: '4321.5' }] });
    s.close();

    const r = await outlay(['forecast', file, '--horizon', '3', '--json']);
    expect(r.code).toBe(0);
    const row = (JSON.parse(r.stdout) as ScenarioForecast).rows.find((x) => x.key === first.key)!;
    expect(row.requested).toBe('naive');
    expect(row.method).toBe('naive');
    expect(row.mean[1]).toBe('4321.5');
    expect(row.overridden).toEqual([1]);
    const text = await outlay(['forecast', file, '--horizon', '3']);
    expect(text.stdout).toContain('1 forecast month(s) overridden: 2026-04');
  });
});
