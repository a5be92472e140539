/**
 * Body of a forecasting worker thread: receives chunks of series, runs the pure batch
 * function on each and posts the results back. Errors that are not input errors (bugs)
 * are posted as messages so that the pool can reject with them.
 */
import { parentPort } from 'node:worker_threads';
import { forecastBatch } from '../engine/forecast/batch';
import type { ChunkReply, ChunkRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('forecast worker: not started as a worker thread');
port.on('message', (msg: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    reply = { id: msg.id, items: forecastBatch(msg.series, msg.spec) };
  } catch (e) {
    reply = { id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
