/**
 * Recent ETS fits, so that the same model is not estimated twice on the same history.
 * A full-refit backtest asks for it constantly: at every origin `auto` fits the five models
 * that the backtest of each single ETS method has just fitted on the same prefix, and the
 * final forecast fits again what the last origin… Each fit is a Nelder–Mead search of up to
 * 2,000 likelihood runs; a lookup hashes the history once. Fitting is deterministic, so a
 * remembered fit is exactly the one a new search would find. Fits are shared: callers treat
 * them as read-only (fitResult copies what it hands out).
 */
import { fitEts, type EtsFit } from './fit';
import type { EtsSpec } from './models';

interface Entry {
  values: Float64Array;
  m: number;
  spec: EtsSpec;
  fit: EtsFit | null;
}

/** How many fits are kept (a backtest of every method on one series needs about 70). */
const CAPACITY = 128;
const entries = new Map<string, Entry>();
const words = new Uint32Array(2);
const word = new Float64Array(words.buffer);

/** A 32-bit FNV-1a hash of the values' bits (collisions are resolved by comparing values). */
function hashOf(values: ArrayLike<number>): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) {
    word[0] = values[i]!;
    h = Math.imul(h ^ words[0]!, 0x01000193);
    h = Math.imul(h ^ words[1]!, 0x01000193);
  }
  return h >>> 0;
}

const specKey = (s: EtsSpec) => `${s.error}${s.trend}${s.damped ? 'd' : ''}${s.season}`;

function sameValues(a: Float64Array, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** {@link fitEts}, remembering the most recent fits (by history, season length and model). */
export function fitEtsCached(y: ArrayLike<number>, m: number, spec: EtsSpec): EtsFit | null {
  const key = `${specKey(spec)}/${m}/${y.length}/${hashOf(y)}`;
  const hit = entries.get(key);
  if (hit && hit.m === m && specKey(hit.spec) === specKey(spec) && sameValues(hit.values, y)) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    return hit.fit;
  }
  const fit = fitEts(y, m, spec);
  entries.delete(key);
  entries.set(key, { values: Float64Array.from(y), m, spec, fit });
  if (entries.size > CAPACITY) entries.delete(entries.keys().next().value!);
  return fit;
}
