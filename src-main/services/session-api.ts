import type {
  CallOptions,
  Channel,
  ChannelInput,
  ChannelOutput,
  WorkbookChangedEvent,
} from '../../src-shared/ipc/contract';
import type { Result } from '../../src-shared/ipc/result';

/**
 * One open workbook and the services over it. Electron IPC, the browser bridge, the
 * CLI and the benchmarks all hold one of these; nothing else touches the SQLite file.
 */
export interface WorkbookSession {
  readonly path: string;
  /**
   * Untrusted entry point: checks the channel, validates args with zod, never throws.
   * `opts` carries a transport's progress listener and cancel signal to the handler.
   */
  dispatch(channel: string, args: unknown, opts?: CallOptions): Promise<Result<unknown>>;
  /**
   * Trusted in-process call (CLI, bench, tests): validated like dispatch, throws AppError on
   * failure. Long calls report progress to `opts.onProgress` and stop on `opts.signal`.
   */
  call<C extends Channel>(channel: C, args: ChannelInput<C>, opts?: CallOptions): Promise<ChannelOutput<C>>;
  onChanged(listener: (e: WorkbookChangedEvent) => void): () => void;
  /** Writes a consistent copy (VACUUM INTO) and keeps this session on the original. */
  saveCopyAs(path: string): void;
  close(): void;
}

export interface OpenOptions {
  /** Path to an Electron-ABI build of better-sqlite3; the Node build is used when absent. */
  nativeBinding?: string;
  /** The clock for journal timestamps and "the current fiscal year" (default: the system clock). */
  now?: () => Date;
}
