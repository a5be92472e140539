import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastBatch } from '../../../src-main/engine/forecast/batch';
import { forecastMany, workerEntryIn } from '../../../src-main/forecast-workers/pool';

const series = Array.from({ length: 12 }, (_, s) => ({
  values: Array.from(
    { length: 30 },
    (_, t) => 800 + 11 * s + 5 * t + 90 * Math.cos((2 * Math.PI * t) / 12) + ((t * 13 + s * 7) % 17),
  ),
  frequency: 12,
}));

describe('forecastMany (worker-thread pool)', () => {
  it('gives the same results on two workers as the batch on this thread, in input order', async () => {
    const progress: number[] = [];
    const many = await forecastMany([...series, { values: [1], frequency: 12 }], 6, 'auto', {
      workers: 2,
      chunkSize: 3,
      backtest: {},
      onProgress: (done) => progress.push(done),
    });
    const single = forecastBatch([...series, { values: [1], frequency: 12 }], {
      horizon: 6,
      method: 'auto',
      backtest: {},
    });
    expect(many).toEqual(single);
    expect(many.at(-1)).toMatchObject({ ok: false, field: 'values' });
    expect(progress.at(-1)).toBe(13);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  }, 60_000);

  it('gives the same results when only the workers compute (the calling thread does not help)', async () => {
    const many = await forecastMany(series, 6, 'auto', {
      workers: 2,
      chunkSize: 2,
      backtest: {},
      helpWhileStarting: false,
    });
    expect(many).toEqual(forecastBatch(series, { horizon: 6, method: 'auto', backtest: {} }));
  }, 60_000);

  it('stops and rejects with the abort reason when cancelled', async () => {
    const many = Array.from({ length: 400 }, (_, i) => series[i % series.length]!);
    const controller = new AbortController();
    let done = 0;
    const run = forecastMany(many, 12, 'auto', {
      workers: 2,
      chunkSize: 4,
      signal: controller.signal,
      onProgress: (d) => {
        done = d;
        controller.abort(new Error('stop'));
      },
    });
    await expect(run).rejects.toThrow('stop');
    expect(done).toBeLessThan(many.length);
  }, 60_000);

  it('rejects at once for a signal aborted before the start, and runs on this thread with one worker', async () => {
    await expect(forecastMany(series, 3, 'naive', { signal: AbortSignal.abort(new Error('early')) })).rejects.toThrow(
      'early',
    );
    const one = await forecastMany(series, 3, 'holt', { workers: 1 });
    expect(one).toEqual(forecastBatch(series, { horizon: 3, method: 'holt' }));
  });

  it('starts workers from the tsx entry beside the sources, and finds none in a folder without one', () => {
    const sources = join(__dirname, '../../../src-main/forecast-workers');
    expect(workerEntryIn(sources)).toBe(join(sources, 'worker-entry.mjs'));
    const empty = mkdtempSync(join(tmpdir(), 'outlay-no-worker-'));
    try {
      expect(workerEntryIn(empty)).toBeNull();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
