import type { Progress } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { EXIT } from './cli-error';
import type { CliIo } from './io';

/** What a long command passes to `session.call`, and how it tidies the terminal before printing. */
export interface LongCall {
  /** The call options: progress reports and the signal Ctrl+C aborts. */
  call: { onProgress: (p: Progress) => void; signal: AbortSignal };
  /** Erase the progress counter, if one is showing, before printing results. */
  clearLine(): void;
}

export interface InterruptibleOptions {
  /** Aborts like Ctrl+C (tests use it). */
  signal?: AbortSignal;
  /** The line printed once the run has taken `announceAfterMs`, e.g. "Exporting to out.xlsx (Ctrl+C to stop)…". */
  announce?: (p: Progress) => string;
  /** The counter shown on a terminal, e.g. "1200 of 5000 rows". */
  count: (p: Progress) => string;
  /** Default 500 ms: quick runs print nothing. */
  announceAfterMs?: number;
  /** Ends "outlay: cancelled; …" (default "nothing was written"). */
  cancelled?: string;
}

/**
 * Run a long command that Ctrl+C (SIGINT, SIGTERM) or `options.signal` can stop: the services
 * then throw AppError 'cancelled' having written nothing, and the command prints one line
 * saying so and exits 130. Progress is announced on stderr after a moment and counted on a
 * terminal. Returns `run`'s exit code.
 */
export async function interruptible(
  io: CliIo,
  options: InterruptibleOptions,
  run: (long: LongCall) => Promise<number>,
): Promise<number> {
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  options.signal?.addEventListener('abort', onSignal, { once: true });
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const started = performance.now();
  const after = options.announceAfterMs ?? 500;
  let announced = false;
  let counting = false;
  const onProgress = (p: Progress) => {
    if (performance.now() - started < after) return;
    if (!announced && options.announce) io.err(`${options.announce(p)}\n`);
    announced = true;
    if (!io.errIsTTY) return;
    counting = true;
    io.err(`\r\x1b[K${options.count(p)}`);
  };
  const clearLine = () => {
    if (counting) io.err('\r\x1b[K');
    counting = false;
  };
  try {
    return await run({ call: { onProgress, signal: abort.signal }, clearLine });
  } catch (e) {
    if (e instanceof AppError && e.code === 'cancelled') {
      io.err(`${counting ? '\n' : ''}outlay: cancelled; ${options.cancelled ?? 'nothing was written'}\n`);
      return EXIT.interrupted;
    }
    throw e;
  } finally {
    options.signal?.removeEventListener('abort', onSignal);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
