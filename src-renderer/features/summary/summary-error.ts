import type { AppErrorShape } from '../../../src-shared/ipc/result';

/** A missing FX rate as the summary service reports it: which pair, month and rate. */
export interface MissingRate {
  pair: string;
  month: string;
  rateKind: 'budget' | 'actual';
}

const PAIR = /^[A-Z]{3}\/[A-Z]{3}$/;

/**
 * The missing rate a summary refusal is about, from the details the service sends with it
 * (`item` the pair, `period` the month, `rateKind`), or null for any other refusal.
 */
export function missingRateOf(failure: AppErrorShape | null): MissingRate | null {
  const d = failure?.code === 'validation' ? failure.details : undefined;
  if (!d || typeof d.item !== 'string' || !PAIR.test(d.item) || typeof d.period !== 'string') return null;
  return { pair: d.item, month: d.period, rateKind: d.rateKind === 'actual' ? 'actual' : 'budget' };
}
