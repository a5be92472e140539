/**
 * Messages between the pool and a forecasting worker. Two kinds of chunk: series for the
 * engine's batch (their values packed into typed arrays whose buffers are transferred, moved
 * rather than copied, so a request costs the same whether it holds 5 series or 500), and
 * the forecast service's run requests (see services/forecast-run.ts).
 */
import type { ErrorCode } from '../../src-shared/ipc/errors';
import type { BatchItem, BatchSpec } from '../engine/forecast/batch';
import type { SeriesInput } from '../engine/forecast/types';
import type { RunRequest, RunResult } from '../services/forecast-run';

/** A chunk of series for forecastBatch: every series' values back to back. */
export interface SeriesChunk {
  kind: 'series';
  id: number;
  /** The values of all series of the chunk, one after the other. */
  values: Float64Array;
  /** Number of values of each series, in order. */
  lengths: Uint32Array;
  /** Frequency of each series, in order. */
  frequencies: Uint32Array;
  spec: BatchSpec;
}

/** A chunk of the forecast service's requests, for runForecast. */
export interface RunChunk {
  kind: 'run';
  id: number;
  requests: RunRequest[];
}

export type ChunkRequest = SeriesChunk | RunChunk;

/** One run request's outcome: its result, or the AppError it ended with (code, message, details). */
export type RunOutcome =
  { ok: true; result: RunResult } | { ok: false; code: ErrorCode; message: string; details?: Record<string, unknown> };

/** A worker's answer for one chunk: the items in order, or the error that stopped it (a bug). */
export type ChunkReply = { id: number; items: BatchItem[] | RunOutcome[] } | { id: number; error: string };

/** What a worker posts: once `ready` when it has loaded the engine, then one reply per chunk. */
export type WorkerMessage = ChunkReply | { ready: true };

/** Pack a chunk of series into a request (see {@link SeriesChunk}); list its buffers to transfer. */
export function packChunk(
  id: number,
  series: readonly SeriesInput[],
  spec: BatchSpec,
): { request: SeriesChunk; transfer: ArrayBuffer[] } {
  const lengths = Uint32Array.from(series, (s) => s.values.length);
  const frequencies = Uint32Array.from(series, (s) => s.frequency);
  const values = new Float64Array(lengths.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const s of series) {
    values.set(s.values, at);
    at += s.values.length;
  }
  return {
    request: { kind: 'series', id, values, lengths, frequencies, spec },
    transfer: [values.buffer, lengths.buffer, frequencies.buffer],
  };
}

/** The series of a packed chunk, as the engine takes them (plain arrays). */
export function unpackChunk(request: SeriesChunk): SeriesInput[] {
  const out: SeriesInput[] = [];
  let at = 0;
  for (let i = 0; i < request.lengths.length; i++) {
    const n = request.lengths[i]!;
    out.push({ values: Array.from(request.values.subarray(at, at + n)), frequency: request.frequencies[i]! });
    at += n;
  }
  return out;
}
