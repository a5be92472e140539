/**
 * Which ETS models apply to a history, and automatic selection among them by AICc, as
 * `forecast::ets(y)` selects (restricted to the models Outlay implements).
 */
import type { EtsFit } from './fit';
import { fitEtsCached } from './fit-cache';
import { etsName, type EtsSpec } from './models';

/** The five models of the family, keyed by the method ids that expose them. */
export const SPECS = {
  ses: { error: 'A', trend: 'N', damped: false, season: 'N' },
  holt: { error: 'A', trend: 'A', damped: false, season: 'N' },
  'holt-damped': { error: 'A', trend: 'A', damped: true, season: 'N' },
  'holt-winters-additive': { error: 'A', trend: 'A', damped: false, season: 'A' },
  'holt-winters-multiplicative': { error: 'M', trend: 'A', damped: false, season: 'M' },
} as const satisfies Record<string, EtsSpec>;

/** A method id of the ETS family (not 'auto'). */
export type EtsMethodId = keyof typeof SPECS;

const NON_SEASONAL: EtsMethodId[] = ['ses', 'holt', 'holt-damped'];

/** Longest season the seasonal models handle (as `ets`: more states than that is impractical). */
export const MAX_SEASON = 24;

/** Whether seasonal models apply: a season of 2..24 periods and two full seasons of history. */
export function hasTwoSeasons(n: number, frequency: number): boolean {
  return frequency > 1 && frequency <= MAX_SEASON && n >= 2 * frequency;
}

/**
 * Fewest observations for a maximum-likelihood fit: `ets` only optimises when
 * n > (parameters + initial states) + 4 and falls back to other methods below that.
 */
export function minObservations(id: EtsMethodId, frequency: number): number {
  const spec: EtsSpec = SPECS[id];
  const npars = 2 + (spec.trend !== 'N' ? 2 : 0) + (spec.season !== 'N' ? frequency : 0) + (spec.damped ? 1 : 0);
  return npars + 5;
}

/** The candidates `auto` considers for a history: non-seasonal always, seasonal with two seasons. */
export function candidateIds(n: number, frequency: number, positive: boolean): EtsMethodId[] {
  const ids = NON_SEASONAL.filter((id) => n >= minObservations(id, frequency));
  if (hasTwoSeasons(n, frequency)) {
    if (n >= minObservations('holt-winters-additive', frequency)) ids.push('holt-winters-additive');
    if (positive && n >= minObservations('holt-winters-multiplicative', frequency)) {
      ids.push('holt-winters-multiplicative');
    }
  }
  return ids;
}

/** One fitted candidate. */
export interface Candidate {
  id: EtsMethodId;
  fit: EtsFit;
}

/** Fit one method; null when it cannot be fitted (too little data, no finite likelihood). */
export function fitMethod(values: readonly number[], frequency: number, id: EtsMethodId): Candidate | null {
  const fit = fitEtsCached(values, frequency, SPECS[id]);
  return fit && Number.isFinite(fit.aicc) ? { id, fit } : null;
}

/** Outcome of automatic selection: the winner and every candidate's AICc (null: could not fit). */
export interface Selection {
  best: Candidate | null;
  scores: { id: EtsMethodId; aicc: number | null }[];
  /** Every candidate that could be fitted, in candidate order. */
  fits: Candidate[];
}

/** Fit every candidate and keep the lowest AICc (ties: the first, i.e. the simpler model). */
export function selectByAicc(values: readonly number[], frequency: number, ids: EtsMethodId[]): Selection {
  let best: Candidate | null = null;
  const scores: Selection['scores'] = [];
  const fits: Candidate[] = [];
  for (const id of ids) {
    const c = fitMethod(values, frequency, id);
    scores.push({ id, aicc: c ? c.fit.aicc : null });
    if (c) fits.push(c);
    if (c && (!best || c.fit.aicc < best.fit.aicc)) best = c;
  }
  return { best, scores, fits };
}

/** "AICc: ETS(A,N,N) 441.40, ETS(A,A,N) 422.83 …" for the notes. */
export function describeScores(scores: Selection['scores']): string {
  const parts = scores.map(({ id, aicc }) => `${etsName(SPECS[id])} ${aicc === null ? 'not fitted' : aicc.toFixed(2)}`);
  return `AICc: ${parts.join(', ')}`;
}
