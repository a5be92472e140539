/**
 * Forecasting many series on worker threads. The engine stays pure (engine/forecast/batch.ts
 * computes a chunk of series, services/forecast-run.ts one service request); this module only
 * splits the work, runs chunks on `workers` threads and puts the results back in input order.
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
import { AppError } from '../../src-shared/ipc/errors';
import type { RunRequest, RunResult } from '../services/forecast-run';
import { runOutcomes } from './jobs';
import { packChunk, type ChunkRequest, type WorkerMessage } from './protocol';

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
  /**
   * The worker script (default: the bundled worker beside this module, else the tsx entry,
   * see workerEntryIn), e.g. the app's built `out/main/forecast-worker.js` from the sources.
   */
  entry?: string;
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

/** How the pool handles one kind of chunk: how to send it, and how to compute it here. */
interface Job<T, R> {
  pack: (id: number, chunk: T[]) => { request: ChunkRequest; transfer: ArrayBuffer[] };
  inThread: (chunk: T[]) => R[];
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
  return runPool(series, options, {
    pack: (id, chunk) => packChunk(id, chunk, spec),
    inThread: (chunk) => forecastBatch(chunk, spec),
  });
}

/**
 * Run the forecast service's requests (services/forecast-run.ts `runForecast`: outlier check,
 * backtest, chosen method, Money) on worker threads, in input order. A request that ends in
 * an AppError (bad input, e.g. accepting a point that is not flagged) gives `{ ok: false }`
 * with the error rebuilt; the others give `{ ok: true, result }`, equal to runForecast's.
 * `options.backtest` does not apply (each request says what to backtest).
 * @throws the signal's reason when aborted; Error when a worker fails (a bug, not bad input)
 */
export async function runForecastMany(
  requests: readonly RunRequest[],
  options: Omit<ForecastManyOptions, 'backtest'> = {},
): Promise<({ ok: true; result: RunResult } | { ok: false; error: AppError })[]> {
  const outcomes = await runPool(requests, options, {
    pack: (id, chunk) => ({ request: { kind: 'run', id, requests: chunk }, transfer: [] }),
    inThread: runOutcomes,
  });
  return outcomes.map((o) => (o.ok ? o : { ok: false, error: new AppError(o.code, o.message, o.details) }));
}

async function runPool<T, R>(items: readonly T[], options: ForecastManyOptions, job: Job<T, R>): Promise<R[]> {
  options.signal?.throwIfAborted();
  const wanted = Math.max(1, Math.floor(options.workers ?? Math.min(availableParallelism(), 8)));
  const size = options.chunkSize ?? Math.min(200, Math.max(5, Math.ceil(items.length / (wanted * 20))));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  const workers = Math.min(wanted, chunks.length);
  const entry = options.entry ?? ENTRY;
  if (workers <= 1 || entry === null) return inThread(chunks, job, items.length, options);
  return onWorkers(entry, chunks, job, items.length, workers, options);
}

async function inThread<T, R>(
  chunks: T[][],
  job: Job<T, R>,
  total: number,
  options: ForecastManyOptions,
): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of chunks) {
    await tick();
    options.signal?.throwIfAborted();
    out.push(...job.inThread(chunk));
    options.onProgress?.(out.length, total);
  }
  return out;
}

function onWorkers<T, R>(
  entry: string,
  chunks: T[][],
  job: Job<T, R>,
  total: number,
  count: number,
  options: ForecastManyOptions,
): Promise<R[]> {
  const { signal, onProgress } = options;
  const help = options.helpWhileStarting ?? entry.endsWith(SOURCE_WORKER);
  return new Promise((resolve, reject) => {
    const results: R[][] = new Array<R[]>(chunks.length);
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
    const record = (id: number, items: R[]) => {
      results[id] = items;
      done += items.length;
      onProgress?.(done, total);
      if (done === total) stop();
    };
    const feed = (w: Worker) => {
      if (next >= chunks.length) return;
      const id = next++;
      const { request, transfer } = job.pack(id, chunks[id]!);
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
        // The worker computed this chunk with job's own function (see jobs.ts).
        record(reply.id, reply.items as R[]);
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
          record(id, job.inThread(chunks[id]!));
        } catch (e) {
          stop(e);
        }
      }
    };
    void helpOut();
  });
}
