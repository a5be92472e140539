/**
 * Body of a forecasting worker thread: receives chunks of series, runs the pure batch
 * function on each and posts the results back. Errors that are not input errors (bugs)
 * are posted as messages so that the pool can reject with them.
 *
 * Loaded two ways: from worker-entry.mjs under tsx (sources, tests, CLI), and bundled by
 * electron-vite as out/main/forecast-worker.js (the packaged app), plain JavaScript.
 */
import { parentPort } from 'node:worker_threads';
import { forecastBatch } from '../engine/forecast/batch';
import { unpackChunk, type ChunkReply, type ChunkRequest, type WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('forecast worker: not started as a worker thread');
port.on('message', (msg: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    reply = { id: msg.id, items: forecastBatch(unpackChunk(msg), msg.spec) };
  } catch (e) {
    reply = { id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerMessage);
