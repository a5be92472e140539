/**
 * Forecasting many series on worker threads. The engine stays pure (engine/forecast/batch.ts
 * computes a chunk); this module only splits the work, runs chunks on `workers` threads and
 * puts the results back in input order.
 *
 * Where the worker comes from: the packaged app runs the bundled main process, and
 * electron-vite builds the worker body as its own file beside it (out/main/forecast-worker.js,
 * a second main entry in electron.vite.config.ts). From the sources (tsx: bench, `outlay` CLI,
 * tests) the entry is worker-entry.mjs, which registers tsx and loads worker.ts. When neither
 * is found (or with `workers: 1`) the batch runs in the calling thread, in slices that yield
 * to the event loop so that progress and cancellation still work.
 *
 * Message overhead is kept low: a chunk's values travel as one transferred Float64Array (see
 * protocol.ts), and chunks are large enough (about 20 per worker) for the per-message cost
 * to vanish next to the work, yet small enough to balance the load and report progress.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { forecastBatch, type BatchItem, type BatchSpec } from '../engine/forecast/batch';
import type { ForecastMethodId, SeriesInput } from '../engine/forecast/types';
import { packChunk, type WorkerMessage } from './protocol';

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
  /**
   * Let the calling thread forecast chunks until every worker has loaded (default: only
   * for the tsx entry, whose workers take about a second to compile the engine; the bundled
   * worker loads in milliseconds and the Electron main thread should stay responsive).
   */
  helpWhileStarting?: boolean;
}

/** The bundled worker's file name (the electron-vite entry key plus .js). */
export const BUNDLED_WORKER = 'forecast-worker.js';
const SOURCE_WORKER = 'worker-entry.mjs';

/**
 * The worker entry for a pool module in `dir`: the bundled worker beside it or one level up
 * (the bundler may put this module in out/main/chunks/), else the tsx entry beside the
 * sources; null when there is none.
 */
export function workerEntryIn(dir: string): string | null {
  const candidates = [join(dir, BUNDLED_WORKER), join(dir, '..', BUNDLED_WORKER), join(dir, SOURCE_WORKER)];
  return candidates.find((p) => existsSync(p)) ?? null;
}

// Not `new URL('./…', import.meta.url)`: bundlers rewrite that pattern into an asset import.
const ENTRY = workerEntryIn(dirname(fileURLToPath(import.meta.url)));
const tick = () => new Promise<void>((r) => setImmediate(r));

/** Whether worker threads can be started here (a worker entry was found, see workerEntryIn). */
export function workersAvailable(): boolean {
  return ENTRY !== null;
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
  if (workers <= 1 || ENTRY === null) return inThread(chunks, spec, series.length, options);
  return onWorkers(ENTRY, chunks, spec, series.length, workers, options);
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
  entry: string,
  chunks: SeriesInput[][],
  spec: BatchSpec,
  total: number,
  count: number,
  options: ForecastManyOptions,
): Promise<BatchItem[]> {
  const { signal, onProgress } = options;
  const help = options.helpWhileStarting ?? entry.endsWith(SOURCE_WORKER);
  return new Promise((resolve, reject) => {
    const results: BatchItem[][] = new Array<BatchItem[]>(chunks.length);
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let ready = 0;
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
    const record = (id: number, items: BatchItem[]) => {
      results[id] = items;
      done += items.length;
      onProgress?.(done, total);
      if (done === total) stop();
    };
    const feed = (w: Worker) => {
      if (next >= chunks.length) return;
      const id = next++;
      const { request, transfer } = packChunk(id, chunks[id]!, spec);
      w.postMessage(request, transfer);
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(entry, { execArgv: [] });
      pool.push(w);
      w.on('message', (reply: WorkerMessage) => {
        if (finished) return;
        if ('ready' in reply) {
          ready++;
          return feed(w);
        }
        if ('error' in reply) return stop(new Error(`forecast worker failed: ${reply.error}`));
        record(reply.id, reply.items);
        if (!finished) feed(w);
      });
      w.on('error', (e) => stop(e));
      w.on('exit', (code) => {
        if (!finished) stop(new Error(`forecast worker exited with code ${code}`));
      });
    }
    // While workers are still loading, a core is idle: this thread takes chunks meanwhile.
    const helpOut = async () => {
      while (help && !finished && ready < count && next < chunks.length) {
        await tick();
        if (finished || ready >= count || next >= chunks.length) return;
        const id = next++;
        try {
          record(id, forecastBatch(chunks[id]!, spec));
        } catch (e) {
          stop(e);
        }
      }
    };
    void helpOut();
  });
}
