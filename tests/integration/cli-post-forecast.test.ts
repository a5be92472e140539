import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostForecastResult } from '../../src-shared/ipc/post-forecast-contract';
import { runPostForecast } from '../../src-main/cli/commands/post-forecast';
import { UsageError } from '../../src-main/cli/cli-error';
import type { CliIo } from '../../src-main/cli/io';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import { tempDir } from './cli-run';
import { DEMO_AS_OF } from './helpers/forecast-workbooks';
import { FIXED_NOW } from './helpers/workbook-fixture';

/** Buffers for what the command prints; `onErr` sees stderr as it comes. */
function bufferIo(onErr?: (text: string) => void): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    errIsTTY: false,
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => {
      io.stderr += t;
      onErr?.(t);
    },
  };
  return io;
}

let dir: string;
let file: string;

/** The journal position and last entry of the file, read by opening it again. */
async function journalOf(): Promise<{ seq: number; undoLabel: string | null }> {
  const s = await openWorkbook(file);
  try {
    const u = await s.call('journal/get-undo-state', {});
    return { seq: u.seq, undoLabel: u.undoLabel };
  } finally {
    s.close();
  }
}

beforeAll(() => {
  dir = tempDir();
  file = join(dir, 'demo.outlay');
  const demo = generateDemo({ seed: 3, asOf: DEMO_AS_OF, lines: 30, assets: 0, contracts: 0, fyStartMonth: 4 });
  createWorkbook(file, { now: FIXED_NOW, demo }).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('outlay post --forecast', () => {
  it('previews with --dry-run --json and writes nothing', async () => {
    const before = await journalOf();
    const io = bufferIo();
    const code = await runPostForecast(
      [file, '--forecast', '--method', 'linear-trend', '--horizon', '24', '--dry-run', '--json'],
      io,
    );
    expect(code).toBe(0);
    const r = JSON.parse(io.stdout) as PostForecastResult;
    expect(r.dryRun).toBe(true);
    expect(r.seq).toBeNull();
    expect(r.lines.length).toBeGreaterThan(0);
    expect(await journalOf()).toEqual(before);
  });

  it('posts as one journal entry and prints each line’s totals before and after', async () => {
    const preview = bufferIo();
    await runPostForecast([file, '--forecast', '--method', 'linear-trend', '--dry-run', '--json'], preview);
    const expected = JSON.parse(preview.stdout) as PostForecastResult;
    const before = await journalOf();
    const io = bufferIo();
    expect(await runPostForecast([file, '--forecast', '--method', 'linear-trend'], io)).toBe(0);
    expect(io.stdout).toMatch(
      new RegExp(`^Posted the forecast \\(method linear-trend\\) into ${expected.lines.length} lines`),
    );
    for (const l of expected.lines.slice(0, 5)) expect(io.stdout).toContain(l.label);
    const after = await journalOf();
    expect(after.seq).toBeGreaterThan(before.seq);
    expect(after.undoLabel).toBe(`Post forecast to ${expected.lines.length} lines`);
  });

  it('stops on Ctrl+C with exit 130, having written nothing', async () => {
    const before = await journalOf();
    const stop = new AbortController();
    const io = bufferIo((t) => {
      if (t.startsWith('Forecasting')) stop.abort();
    });
    const code = await runPostForecast([file, '--forecast', '--method', 'auto', '--horizon', '24'], io, stop.signal);
    expect(io.stderr).toMatch(/Forecasting \d+ lines \(Ctrl\+C to stop\)/);
    expect(code).toBe(130);
    expect(io.stderr).toMatch(/outlay: cancelled; nothing was written/);
    expect(io.stdout).toBe('');
    expect(await journalOf()).toEqual(before);
  }, 60_000);

  it('refuses a command line without --forecast or with malformed months', async () => {
    await expect(runPostForecast([file], bufferIo())).rejects.toBeInstanceOf(UsageError);
    await expect(runPostForecast([file, '--forecast', '--months', '2026-13'], bufferIo())).rejects.toThrow(
      /--months expects months YYYY-MM/,
    );
    await expect(runPostForecast([file, '--forecast', '--target', 'Nope'], bufferIo())).rejects.toThrow(
      /--target: there is no scenario named or with id "Nope"/,
    );
  });
});
