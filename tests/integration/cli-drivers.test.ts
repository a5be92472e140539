import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook } from '../../src-main/services';
import type { DriversView } from '../../src-shared/model/drivers';
import { outlay, tempDir } from './cli-run';
import { FIXED_NOW } from './helpers/workbook-fixture';

let dir: string;
let file: string;
let expected: DriversView;
const demo = generateDemo({ seed: 11, asOf: '2026-03-15', lines: 300, assets: 1, contracts: 1 });
const whatIf = demo.scenarios.find((s) => s.kind === 'what-if')!;

beforeAll(async () => {
  dir = tempDir();
  file = join(dir, 'demo.outlay');
  const s = createWorkbook(file, { now: FIXED_NOW, demo });
  expected = await s.call('drivers/view', { scenarioId: whatIf.id, fiscalYear: 2027 });
  s.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** "1234.5" → "1234.50": the CLI's text form of a euro amount. */
const cents = (m: string) => (m.includes('.') ? m.padEnd(m.indexOf('.') + 3, '0') : `${m}.00`);

describe('outlay drivers', () => {
  it('prints the drivers and each driver-based line’s fixed, variable and step totals of a scenario named ignoring case', async () => {
    const r = await outlay(['drivers', file, '--scenario', whatIf.name.toUpperCase(), '--fy', '2027']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Drivers of scenario ${whatIf.name}, FY2027 \\(2027-01 to 2027-12\\)`));
    expect(r.stdout).toMatch(/M365-USERS\s+user\s+\S+\s+0\s+0\s+12\s+\S+\s+\S+\s+12%\/yr from 2027-01/);
    for (const l of expected.lines) {
      const t = l.totals;
      const row = [
        l.lineDescription,
        l.driverCode,
        'EUR',
        cents(t.fixed),
        cents(t.variable),
        cents(t.step),
        cents(t.total),
      ];
      expect(r.stdout).toMatch(new RegExp(row.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')));
    }
  });

  it('prints the same view as JSON with --json', async () => {
    const r = await outlay(['drivers', file, '--scenario', whatIf.id, '--fy', '2027', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it('refuses an unknown scenario with exit code 1 and a bad --fy with exit code 2', async () => {
    const a = await outlay(['drivers', file, '--scenario', 'Nope']);
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(/there is no scenario named or with id "Nope"/);
    const b = await outlay(['drivers', file, '--fy', 'soon']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--fy expects a whole number/);
  });
});
