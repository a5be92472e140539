/**
 * What a chunk computes, wherever it runs (a worker thread, or the calling thread while the
 * workers load): pure functions of the chunk, so every thread gives the same items.
 */
import { AppError } from '../../src-shared/ipc/errors';
import { forecastBatch, type BatchItem } from '../engine/forecast/batch';
import { runForecast, type RunRequest } from '../services/forecast-run';
import { unpackChunk, type ChunkRequest, type RunOutcome } from './protocol';

/** The forecast service's runs of a chunk; an AppError (bad input) becomes that request's outcome. */
export function runOutcomes(requests: readonly RunRequest[]): RunOutcome[] {
  return requests.map((req) => {
    try {
      return { ok: true, result: runForecast(req) };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      return { ok: false, code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) };
    }
  });
}

/** The items of one chunk request. */
export function computeChunk(request: ChunkRequest): BatchItem[] | RunOutcome[] {
  return request.kind === 'series' ? forecastBatch(unpackChunk(request), request.spec) : runOutcomes(request.requests);
}
