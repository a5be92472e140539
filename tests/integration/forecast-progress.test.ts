import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook } from '../../src-main/services';
import { start, tempDir, waitFor } from './cli-run';
import { DEMO_AS_OF, demoWorkbook, type OpenWorkbook } from './helpers/forecast-workbooks';
import { FIXED_NOW } from './helpers/workbook-fixture';

describe('a long forecast run', () => {
  let w: OpenWorkbook;
  let scenarioId: string;
  beforeAll(async () => {
    w = demoWorkbook(30);
    scenarioId = (await w.s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!.id;
  });
  afterAll(() => w.close());
  const args = () => ({ scenarioId, horizon: 12, method: 'auto' as const, by: 'line' as const });

  it('reports how many forecasts are done as it goes, and gives the same result as without progress', async () => {
    const seen: Progress[] = [];
    const withProgress = await w.s.call('forecast/scenario', args(), { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    // Progress counts distinct forecasts: lines on the same history and inputs are forecast once.
    const total = seen[0]!.total;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(withProgress.rows.filter((r) => r.historyMonths > 0).length);
    for (const p of seen) expect(p.total).toBe(total);
    expect(seen[seen.length - 1]!.done).toBe(total);
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(await w.s.call('forecast/scenario', args())).toEqual(withProgress);
  });

  it('stops with a cancelled error when the caller aborts, before or during the run', async () => {
    const before = new AbortController();
    before.abort();
    await expect(w.s.call('forecast/scenario', args(), { signal: before.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
    const during = new AbortController();
    const run = w.s.call('forecast/scenario', args(), { signal: during.signal, onProgress: () => during.abort() });
    const e = await run.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('cancelled');
  });
});

describe('outlay forecast, interrupted', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = tempDir();
    file = join(dir, 'demo.outlay');
    const demo = generateDemo({ seed: 3, asOf: DEMO_AS_OF, lines: 300, assets: 0, contracts: 0, fyStartMonth: 4 });
    createWorkbook(file, { now: FIXED_NOW, demo }).close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says what it is doing and exits 130 on Ctrl+C, having written nothing', async () => {
    const child = start(['forecast', file, '--by', 'line', '--method', 'auto']);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    await waitFor(child.stderr, /Forecasting \d+ lines \(Ctrl\+C to stop\)/, 60_000);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/outlay: cancelled; nothing was written/);
    expect(stdout).toBe('');
  }, 90_000);
});
