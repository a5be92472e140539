/**
 * Forecasting many series on worker threads. The engine stays pure (engine/forecast/batch.ts
 * computes a chunk); this module only splits the work, runs chunks on `workers` threads and
 * puts the results back in input order.
 *
 * The worker entry registers tsx and loads the TypeScript engine, so the pool works wherever
 * the sources are next to it: under tsx (bench, `outlay` CLI) and in tests. The bundled
 * Electron main has no worker entry beside it; there (or with `workers: 1`) the batch runs in
 * the calling thread, in slices that yield to the event loop so that progress and
 * cancellation still work.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { forecastBatch, type BatchItem, type BatchSpec } from '../engine/forecast/batch';
import type { ForecastMethodId, SeriesInput } from '../engine/forecast/types';
import type { ChunkReply, ChunkRequest } from './protocol';

export interface ForecastManyOptions {
  /** Worker threads (default: available cores, at most 8; 1 runs in the calling thread). */
  workers?: number;
  /** Called after each chunk with the number of series done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the workers and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Also backtest the candidate methods (method 'auto' only); see forecastWithBacktest. */
  backtest?: BatchSpec['backtest'];
  /** Series per chunk (default: about 20 chunks per worker, 5–200 series each). */
  chunkSize?: number;
}

const ENTRY = fileURLToPath(new URL('./worker-entry.mjs', import.meta.url));
const tick = () => new Promise<void>((r) => setImmediate(r));

/** Whether worker threads can be started here (the worker entry exists beside this module). */
export function workersAvailable(): boolean {
  return existsSync(ENTRY);
}

/**
 * Forecast every series with `method` over `horizon` steps, on worker threads.
 * Results are in input order and equal to forecastBatch's on the calling thread.
 * @throws the signal's reason when aborted; Error when a worker fails (a bug, not bad input)
 */
export async function forecastMany(
  series: readonly SeriesInput[],
  horizon: number,
  method: ForecastMethodId,
  options: ForecastManyOptions = {},
): Promise<BatchItem[]> {
  const spec: BatchSpec = { horizon, method, ...(options.backtest ? { backtest: options.backtest } : {}) };
  options.signal?.throwIfAborted();
  const wanted = Math.max(1, Math.floor(options.workers ?? Math.min(availableParallelism(), 8)));
  const size = options.chunkSize ?? Math.min(200, Math.max(5, Math.ceil(series.length / (wanted * 20))));
  const chunks: SeriesInput[][] = [];
  for (let i = 0; i < series.length; i += size) chunks.push(series.slice(i, i + size));
  const workers = Math.min(wanted, chunks.length);
  if (workers <= 1 || !workersAvailable()) return inThread(chunks, spec, series.length, options);
  return onWorkers(chunks, spec, series.length, workers, options);
}

async function inThread(
  chunks: SeriesInput[][],
  spec: BatchSpec,
  total: number,
  options: ForecastManyOptions,
): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for (const chunk of chunks) {
    await tick();
    options.signal?.throwIfAborted();
    out.push(...forecastBatch(chunk, spec));
    options.onProgress?.(out.length, total);
  }
  return out;
}

function onWorkers(
  chunks: SeriesInput[][],
  spec: BatchSpec,
  total: number,
  count: number,
  options: ForecastManyOptions,
): Promise<BatchItem[]> {
  const { signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    const results: BatchItem[][] = new Array<BatchItem[]>(chunks.length);
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let finished = false;
    const stop = (err?: unknown) => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      for (const w of pool) void w.terminate();
      if (err !== undefined) reject(err);
      else resolve(results.flat());
    };
    const onAbort = () => stop(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const feed = (w: Worker) => {
      if (next >= chunks.length) return;
      const id = next++;
      w.postMessage({ id, series: chunks[id]!, spec } satisfies ChunkRequest);
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(ENTRY, { execArgv: [] });
      pool.push(w);
      w.on('message', (reply: ChunkReply) => {
        if (finished) return;
        if ('error' in reply) return stop(new Error(`forecast worker failed: ${reply.error}`));
        results[reply.id] = reply.items;
        done += reply.items.length;
        onProgress?.(done, total);
        if (done === total) stop();
        else feed(w);
      });
      w.on('error', (e) => stop(e));
      w.on('exit', (code) => {
        if (!finished) stop(new Error(`forecast worker exited with code ${code}`));
      });
      feed(w);
    }
  });
}
