/**
 * The exponential smoothing family (ETS state-space models fitted by maximum likelihood, as
 * R's `forecast::ets`) and automatic selection by AICc. Histories the requested model cannot
 * use fall back to a simpler model with a note saying so; forecasts are never NaN.
 */
import { EngineInputError } from '../../errors';
import type { ForecastMethodId, ForecastResult, Forecaster, SeriesInput } from '../types';
import { etsName } from './models';
import { constantResult, fitResult, naiveResult } from './result';
import {
  candidateIds,
  describeScores,
  fitMethod,
  hasTwoSeasons,
  MAX_SEASON,
  minObservations,
  selectByAicc,
  SPECS,
  type Candidate,
  type EtsMethodId,
} from './select';

/** Fewest observations any ETS method accepts (fewer are an input error). */
export const MIN_OBSERVATIONS = 3;

/** Check a series and horizon; returns the values as a plain array. */
function validate(series: SeriesInput, horizon: number, method: ForecastMethodId): readonly number[] {
  const { values, frequency } = series;
  if (!Number.isInteger(horizon) || horizon < 1) {
    throw new EngineInputError(`${method}: horizon ${horizon} is not a whole number of periods ≥ 1`, method, 'horizon');
  }
  if (!Number.isInteger(frequency) || frequency < 1) {
    throw new EngineInputError(`${method}: frequency ${frequency} is not a whole number ≥ 1`, method, 'frequency');
  }
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    throw new EngineInputError(`${method}: value ${bad + 1} of the history is not a number`, method, 'values');
  }
  if (values.length < MIN_OBSERVATIONS) {
    throw new EngineInputError(
      `${method}: needs at least ${MIN_OBSERVATIONS} observations, the history has ${values.length}`,
      method,
      'values',
    );
  }
  return values;
}

const isConstant = (values: readonly number[]) => values.every((v) => v === values[0]);

/** Why seasonal models do not apply, for the notes ("… need 2 full seasons (24 months) …"). */
function seasonsNote(frequency: number, n: number): string {
  if (frequency <= 1) return 'seasonal methods need seasonal data (frequency above 1)';
  if (frequency > MAX_SEASON) {
    return `seasonal methods handle seasons of at most ${MAX_SEASON} periods (frequency ${frequency})`;
  }
  const unit = frequency === 12 ? 'months' : 'periods';
  return `seasonal methods need 2 full seasons (${2 * frequency} ${unit}), the history has ${n}`;
}

/** Best non-seasonal model by AICc (or the naive forecast when none can be fitted). */
function nonSeasonal(values: readonly number[], horizon: number, why: string): ForecastResult {
  const ids = candidateIds(values.length, 1, false);
  const { best, scores } = selectByAicc(values, 1, ids);
  const res = best && fitResult(best.id, best.fit, horizon, []);
  if (!res) return naive(values, horizon, why);
  res.notes = [`${why}; used ${etsName(SPECS[best!.id])} (${best!.id})`, describeScores(scores)];
  return res;
}

function naive(values: readonly number[], horizon: number, why: string): ForecastResult {
  return naiveResult(values, horizon, [`${why}; used the naive forecast (ETS(A,N,N) with alpha = 1)`]);
}

/** The next simpler method when `id` cannot be used (null: the naive forecast). */
const SIMPLER: Record<EtsMethodId, EtsMethodId | 'non-seasonal' | null> = {
  'holt-winters-multiplicative': 'holt-winters-additive',
  'holt-winters-additive': 'non-seasonal',
  'holt-damped': 'holt',
  holt: 'ses',
  ses: null,
};

/** Forecast with `id`, stepping down to simpler models (with a note) while it cannot be used. */
function forecastWith(values: readonly number[], frequency: number, horizon: number, id: EtsMethodId): ForecastResult {
  const n = values.length;
  const spec = SPECS[id];
  const seasonal = spec.season !== 'N';
  if (seasonal && !hasTwoSeasons(n, frequency)) {
    return nonSeasonal(values, horizon, seasonsNote(frequency, n));
  }
  const positive = values.every((v) => v > 0);
  let why: string | null = null;
  if (spec.season === 'M' && !positive) why = 'multiplicative seasonality needs strictly positive values';
  else if (n < minObservations(id, frequency)) why = `${n} observations are too few to estimate ${etsName(spec)}`;
  const fit = why ? null : fitMethod(values, frequency, id);
  const res = fit && fitResult(id, fit.fit, horizon, []);
  if (res) return res;
  why ??= `${etsName(spec)} could not be fitted to this history`;
  const next = SIMPLER[id];
  if (next === null) return naive(values, horizon, why);
  if (next === 'non-seasonal') return nonSeasonal(values, horizon, why);
  const down = forecastWith(values, frequency, horizon, next);
  down.notes = [`${why}; used ${etsName(SPECS[next])} (${next})`, ...down.notes];
  return down;
}

/** A Forecaster for one fixed ETS model. */
function fixed(id: EtsMethodId): Forecaster {
  return (series, horizon) => {
    const values = validate(series, horizon, id);
    if (isConstant(values)) return constantResult(id, values, horizon, []);
    return forecastWith(values, series.frequency, horizon, id);
  };
}

/** What automatic selection produced: the forecast and every candidate model it fitted. */
export interface AutoEtsOutcome {
  result: ForecastResult;
  /** The fitted candidates (empty for a constant history or one too short to fit any). */
  candidates: Candidate[];
}

/**
 * {@link autoEts} that also hands back the candidate fits, so that callers can evaluate
 * them further (see fixed-parameter backtesting) without fitting them again.
 * @throws EngineInputError for an unusable history or horizon
 */
export function autoEtsWithCandidates(series: SeriesInput, horizon: number): AutoEtsOutcome {
  const values = validate(series, horizon, 'auto');
  if (isConstant(values)) return { result: constantResult('ses', values, horizon, []), candidates: [] };
  const { frequency } = series;
  const n = values.length;
  const positive = values.every((v) => v > 0);
  const notes: string[] = [];
  const ids = candidateIds(n, frequency, positive);
  if (frequency > 1 && !hasTwoSeasons(n, frequency)) {
    notes.push(`${seasonsNote(frequency, n)}: seasonal models not considered`);
  } else if (frequency > 1 && !positive) {
    notes.push('ETS(M,A,M) not considered: multiplicative seasonality needs strictly positive values');
  }
  const { best, scores, fits } = selectByAicc(values, frequency, ids);
  const res = best && fitResult(best.id, best.fit, horizon, []);
  if (!res) {
    return { result: naive(values, horizon, `${n} observations are too few to estimate an ETS model`), candidates: [] };
  }
  res.notes = [...notes, `chose ${etsName(SPECS[best!.id])} (${best!.id}) by lowest AICc`, describeScores(scores)];
  return { result: res, candidates: fits };
}

/**
 * Automatic selection: fits ANN, AAN, AAdN and, with two full seasons, AAA and (for strictly
 * positive data) MAM, and keeps the lowest AICc; the notes list every candidate's AICc.
 */
export const autoEts: Forecaster = (series, horizon) => autoEtsWithCandidates(series, horizon).result;

/** The exponential smoothing family and automatic selection. */
export const ETS_METHODS: Partial<Record<ForecastMethodId, Forecaster>> = {
  ses: fixed('ses'),
  holt: fixed('holt'),
  'holt-damped': fixed('holt-damped'),
  'holt-winters-additive': fixed('holt-winters-additive'),
  'holt-winters-multiplicative': fixed('holt-winters-multiplicative'),
  auto: autoEts,
};
