import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { BUDGET_SHEET, META_SHEET } from '../../src-main/io/excel/layout';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import { outlay, start, waitFor } from './cli-run';
import { tempDir } from './helpers/workbook-fixture';
import { readXlsx } from './helpers/xlsx-read';

let tmp: ReturnType<typeof tempDir>;
let small: string;
let large: string;

beforeAll(() => {
  tmp = tempDir();
  small = tmp.file('small.outlay');
  large = tmp.file('large.outlay');
  createWorkbook(small, { demo: generateDemo({ seed: 5, asOf: '2026-03-15', lines: 40, whatIf: false }) }).close();
  createWorkbook(large, { demo: generateDemo({ seed: 5, asOf: '2026-03-15', lines: 30_000, whatIf: false }) }).close();
}, 120_000);
afterAll(() => tmp.remove());

describe('outlay export', () => {
  it('writes the budget of the chosen fiscal year to the --out file and says what it wrote', async () => {
    const out = tmp.file('fy2026.xlsx');
    const r = await outlay(['export', small, '--out', out, '--fy', '2026', '--sheets', 'budget,summary,tco']);
    expect(r.code).toBe(0);
    const s = openWorkbook(small);
    const scenarioId = (await s.call('scenario/list', {}))[0]!.id;
    const grid = await s.call('budget/get-grid', { scenarioId, fiscalYear: 2026 });
    s.close();
    expect(r.stdout).toContain(`Exported ${grid.lines.length} budget lines of Baseline, FY2026`);
    const wb = await readXlsx(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([BUDGET_SHEET, 'Summary', 'TCO', 'FX rates', META_SHEET]);
  });

  it('refuses an unknown sheet or a missing --out with a usage error and writes nothing', async () => {
    const bad = await outlay(['export', small, '--out', tmp.file('x.xlsx'), '--sheets', 'budget,pivot']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown sheet "pivot"');
    const noOut = await outlay(['export', small]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('missing --out');
    expect(existsSync(tmp.file('x.xlsx'))).toBe(false);
  });

  it('shows progress for a large budget and leaves no file behind when stopped with Ctrl+C', async () => {
    const out = tmp.file('large.xlsx');
    const child = start(['export', large, '--out', out, '--fy', '2026']);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await waitFor(child.stderr, /Exporting to .*large\.xlsx/, 90_000);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/outlay: cancelled; no file was written/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp.dir).filter((n) => n.includes('large.xlsx'))).toEqual([]);
  }, 120_000);
});
