import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../../../src-shared/ipc/errors';
import type { CliIo } from '../io';
import type { CreateJobInput, CreateProgress, CreateSummary } from './create-job';

/** The user interrupted creation (Ctrl+C or SIGTERM); temporary files are gone. */
export class CancelledError extends Error {
  constructor(readonly fileKept: boolean) {
    super(fileKept ? 'interrupted after the workbook was complete; it is kept' : 'cancelled; no workbook was written');
    this.name = 'CancelledError';
  }
}

type WorkerMessage =
  | { type: 'progress'; progress: CreateProgress }
  | { type: 'done'; summary: CreateSummary }
  | { type: 'failed'; error: { name: string; code?: string; message: string; stack?: string } };

const count = (n: number) => n.toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Run createJob in a worker thread. The main thread shows progress on stderr (when
 * `progress` is set) and, on SIGINT/SIGTERM, stops the worker and removes the
 * half-built temporary files of `input.file`, so no partial workbook is ever left.
 */
export function createInWorker(input: CreateJobInput, io: CliIo, progress: boolean): Promise<CreateSummary> {
  const worker = new Worker(new URL('./create-worker.mjs', import.meta.url), { workerData: input });
  let ticker: NodeJS.Timeout | undefined;
  let status = '';
  let phaseStart = performance.now();
  const stopTicker = () => {
    if (ticker) clearInterval(ticker);
    ticker = undefined;
    if (io.errIsTTY && status) io.err('\n');
    status = '';
  };
  const show = (text: string) => {
    if (!progress) return;
    stopTicker();
    phaseStart = performance.now();
    if (!io.errIsTTY) return io.err(`${text}\n`);
    status = text;
    io.err(`\r${text}`);
    ticker = setInterval(() => io.err(`\r${status} ${secs(performance.now() - phaseStart)}`), 250);
  };
  const onProgress = (p: CreateProgress) => {
    if (p.phase === 'generating') show(`Generating demo data: ${count(p.lines)} lines per scenario…`);
    else if (p.phase === 'writing') {
      if (progress) {
        stopTicker();
        io.err(
          `Generated ${count(p.budgetLines)} budget lines (${count(p.budgetCells)} monthly amounts) and ${count(p.actuals)} actuals in ${secs(p.generateMs)}\n`,
        );
      }
      show(`Writing ${basename(input.file)}…`);
    } else if (progress) {
      stopTicker();
      io.err(`Wrote ${basename(input.file)} in ${secs(p.writeMs)}\n`);
    }
  };

  return new Promise<CreateSummary>((resolvePromise, reject) => {
    let settled = false;
    let cancelling = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      stopTicker();
      fn();
    };
    const onSignal = () => {
      if (settled || cancelling) return;
      cancelling = true;
      void worker.terminate().then(() => {
        removeCreatingFiles(input.file);
        finish(() => reject(new CancelledError(fileExists(input.file))));
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'done') finish(() => resolvePromise(m.summary));
      else finish(() => reject(toError(m.error)));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on(
      'exit',
      (code) =>
        !cancelling && finish(() => reject(new Error(`the workbook writer stopped unexpectedly (exit ${code})`))),
    );
  });
}

function toError(e: { name: string; code?: string; message: string; stack?: string }): Error {
  if (e.name === 'AppError' && (ERROR_CODES as readonly string[]).includes(e.code ?? '')) {
    return new AppError(e.code as ErrorCode, e.message);
  }
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}

function fileExists(file: string): boolean {
  try {
    return readdirSync(dirname(file)).includes(basename(file));
  } catch {
    return false;
  }
}

/** The core builds a new workbook as ".<name>.<uuid>.creating" beside it; remove those of this file. */
export function removeCreatingFiles(file: string): void {
  const dir = dirname(file);
  const prefix = `.${basename(file)}.`;
  const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.creating(-wal|-shm|-journal)?$/;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && pattern.test(name.slice(prefix.length))) rmSync(join(dir, name), { force: true });
  }
}
