import type { BatchItem, BatchSpec } from '../engine/forecast/batch';
import type { SeriesInput } from '../engine/forecast/types';

/** A chunk of series sent to a worker. */
export interface ChunkRequest {
  id: number;
  series: SeriesInput[];
  spec: BatchSpec;
}

/** A worker's answer for one chunk: the items, or the error that stopped it. */
export type ChunkReply = { id: number; items: BatchItem[] } | { id: number; error: string };
