/**
 * Body of a forecasting worker thread: receives chunks, computes each (see jobs.ts) and posts
 * the items back. Errors that are not input errors (bugs) are posted as messages so that
 * the pool can reject with them.
 *
 * Loaded two ways: from worker-entry.mjs under tsx (sources, tests, CLI), and bundled by
 * electron-vite as out/main/forecast-worker.js (the packaged app), plain JavaScript.
 */
import { parentPort } from 'node:worker_threads';
import { computeChunk } from './jobs';
import type { ChunkReply, ChunkRequest, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('forecast worker: not started as a worker thread');
port.on('message', (msg: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    reply = { id: msg.id, items: computeChunk(msg) };
  } catch (e) {
    reply = { id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerMessage);
