/**
 * The packaged app's forecasting worker: electron-vite builds it as a second main-process
 * entry, it runs under plain node (no tsx, no sources), and the pool finds it beside the
 * bundle. Builds the app first when the build is missing or older than the sources.
 */
import { emptyInputs } from '../../src-main/repo/forecast-inputs-repo';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT, ensureAppBuilt } from '../../src-main/bridge/app-build';
import { forecastBatch, type BatchItem } from '../../src-main/engine/forecast/batch';
import { runOutcomes } from '../../src-main/forecast-workers/jobs';
import { BUNDLED_WORKER, workerEntryIn } from '../../src-main/forecast-workers/pool';
import type { RunRequest } from '../../src-main/services/forecast-run';

const OUT_MAIN = join(APP_ROOT, 'out', 'main');
const BUILT = join(OUT_MAIN, BUNDLED_WORKER);

const series = [
  {
    values: Array.from({ length: 30 }, (_, t) => 900 + 4 * t + 80 * Math.sin((2 * Math.PI * t) / 12) + ((t * 7) % 5)),
    frequency: 12,
  },
  { values: [5, 6, 7, 6, 8, 9, 8, 10], frequency: 1 },
  { values: [3], frequency: 12 },
];

// A forecast service request (services/forecast-run.ts), which the worker also runs.
const runs: RunRequest[] = [
  {
    months: Array.from(
      { length: 26 },
      (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    ),
    values: Array.from({ length: 26 }, (_, t) => (300 + 5 * t + 60 * Math.cos((2 * Math.PI * t) / 12)).toFixed(2)),
    horizon: 12,
    method: 'auto',
    inputs: emptyInputs(),
    minorUnits: 2,
    backtest: 'all',
  },
];

// Plain node, as a packaged app's main process would start it: one worker thread on the built
// file, one packed chunk (the protocol's layout, written out here because this script cannot
// import TypeScript), the reply printed as JSON.
const SCRIPT = `
import { Worker } from 'node:worker_threads';
const [file, json, runJson] = process.argv.slice(2);
const series = JSON.parse(json);
const w = new Worker(file);
const replies = [];
w.on('error', (e) => { console.error(e); process.exit(2); });
w.on('message', (m) => {
  if (m.ready) {
    const values = Float64Array.from(series.flatMap((s) => s.values));
    const lengths = Uint32Array.from(series, (s) => s.values.length);
    const frequencies = Uint32Array.from(series, (s) => s.frequency);
    const spec = { horizon: 6, method: 'auto', backtest: {} };
    w.postMessage({ kind: 'series', id: 4, values, lengths, frequencies, spec }, [values.buffer, lengths.buffer, frequencies.buffer]);
    w.postMessage({ kind: 'run', id: 5, requests: JSON.parse(runJson) });
    return;
  }
  replies.push(m);
  if (replies.length === 2) {
    process.stdout.write(JSON.stringify(replies));
    void w.terminate();
  }
});
`;

function runBuiltWorker(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // no loader inherited from the test runner
    const dir = mkdtempSync(join(tmpdir(), 'outlay-worker-'));
    const script = join(dir, 'run-worker.mjs');
    writeFileSync(script, SCRIPT);
    const child = spawn(process.execPath, [script, BUILT, JSON.stringify(series), JSON.stringify(runs)], {
      cwd: OUT_MAIN,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the bundled forecasting worker', () => {
  beforeAll(async () => {
    await ensureAppBuilt('electron');
  }, 600_000);

  it('is built by electron-vite beside the main bundle and found there by the pool', () => {
    expect(existsSync(BUILT)).toBe(true);
    expect(workerEntryIn(OUT_MAIN)).toBe(BUILT);
    // A bundler may put the pool in a chunk folder below out/main.
    expect(workerEntryIn(join(OUT_MAIN, 'chunks'))).toBe(join(OUT_MAIN, '..', 'main', BUNDLED_WORKER));
  });

  it('runs under plain node and answers a chunk of series and one of service requests exactly as this thread does', async () => {
    const r = await runBuiltWorker();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [batch, run] = JSON.parse(r.stdout) as [{ id: number; items: BatchItem[] }, { id: number; items: unknown[] }];
    expect(batch.id).toBe(4);
    const expected = forecastBatch(series, { horizon: 6, method: 'auto', backtest: {} });
    // Through JSON, as the reply was printed (NaN fitted values become null on both sides).
    expect(batch.items).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(batch.items.map((i) => i.ok)).toEqual([true, true, false]);
    expect(run.id).toBe(5);
    expect(run.items).toEqual(JSON.parse(JSON.stringify(runOutcomes(runs))));
  }, 60_000);
});
