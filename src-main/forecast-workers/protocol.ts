/**
 * Messages between the pool and a forecasting worker. A chunk's series travel packed into
 * typed arrays whose buffers are transferred (moved, not copied), so a request costs the
 * same whether it holds 5 series or 500.
 */
import type { BatchItem, BatchSpec } from '../engine/forecast/batch';
import type { SeriesInput } from '../engine/forecast/types';

/** A chunk of series sent to a worker: every series' values back to back. */
export interface ChunkRequest {
  id: number;
  /** The values of all series of the chunk, one after the other. */
  values: Float64Array;
  /** Number of values of each series, in order. */
  lengths: Uint32Array;
  /** Frequency of each series, in order. */
  frequencies: Uint32Array;
  spec: BatchSpec;
}

/** A worker's answer for one chunk: the items, or the error that stopped it. */
export type ChunkReply = { id: number; items: BatchItem[] } | { id: number; error: string };

/** What a worker posts: once `ready` when it has loaded the engine, then one reply per chunk. */
export type WorkerMessage = ChunkReply | { ready: true };

/** Pack a chunk of series into a request (see {@link ChunkRequest}); list its buffers to transfer. */
export function packChunk(
  id: number,
  series: readonly SeriesInput[],
  spec: BatchSpec,
): { request: ChunkRequest; transfer: ArrayBuffer[] } {
  const lengths = Uint32Array.from(series, (s) => s.values.length);
  const frequencies = Uint32Array.from(series, (s) => s.frequency);
  const values = new Float64Array(lengths.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const s of series) {
    values.set(s.values, at);
    at += s.values.length;
  }
  return {
    request: { id, values, lengths, frequencies, spec },
    transfer: [values.buffer, lengths.buffer, frequencies.buffer],
  };
}

/** The series of a packed chunk, as the engine takes them (plain arrays). */
export function unpackChunk(request: ChunkRequest): SeriesInput[] {
  const out: SeriesInput[] = [];
  let at = 0;
  for (let i = 0; i < request.lengths.length; i++) {
    const n = request.lengths[i]!;
    out.push({ values: Array.from(request.values.subarray(at, at + n)), frequency: request.frequencies[i]! });
    at += n;
  }
  return out;
}
