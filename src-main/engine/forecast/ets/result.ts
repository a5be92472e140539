/**
 * Turning fits into ForecastResults, plus the two degenerate cases that need no fit: a
 * constant history and one too short to estimate any ETS model.
 */
import type { ForecastResult } from '../types';
import type { EtsFit } from './fit';
import { forecastMoments, Z80, Z95 } from './intervals';
import type { EtsMethodId } from './select';

/** Fitted parameters by name, for the glass box: smoothing parameters, start level/trend, σ². */
function paramsOf(fit: EtsFit): Record<string, number> {
  const p: Record<string, number> = { alpha: fit.params.alpha };
  if (fit.spec.trend !== 'N') p.beta = fit.params.beta;
  if (fit.spec.season !== 'N') p.gamma = fit.params.gamma;
  if (fit.spec.damped) p.phi = fit.params.phi;
  p.l0 = fit.initial[0]!;
  if (fit.spec.trend !== 'N') p.b0 = fit.initial[1]!;
  p.sigma2 = fit.sigma2;
  return p;
}

/** Intervals around a mean from variances; all values finite or null. */
function withIntervals(
  mean: number[],
  variance: number[],
): Pick<ForecastResult, 'mean' | 'lo80' | 'hi80' | 'lo95' | 'hi95'> | null {
  const sd = variance.map((v) => Math.sqrt(Math.max(v, 0)));
  const out = {
    mean,
    lo80: mean.map((mu, i) => mu - Z80 * sd[i]!),
    hi80: mean.map((mu, i) => mu + Z80 * sd[i]!),
    lo95: mean.map((mu, i) => mu - Z95 * sd[i]!),
    hi95: mean.map((mu, i) => mu + Z95 * sd[i]!),
  };
  const finite = (xs: number[]) => xs.every(Number.isFinite);
  return finite(out.lo95) && finite(out.hi95) && finite(mean) ? out : null;
}

/**
 * The forecast of a fitted model for `horizon` steps, or null when the model produced
 * non-finite numbers (callers then fall back to a simpler model).
 */
export function fitResult(id: EtsMethodId, fit: EtsFit, horizon: number, notes: string[]): ForecastResult | null {
  const { mean, variance } = forecastMoments(fit, horizon);
  const bands = withIntervals(mean, variance);
  if (!bands || !fit.fitted.every(Number.isFinite)) return null;
  // A copy: fits are shared (see fit-cache.ts) and a result is the caller's to change.
  return { method: id, params: paramsOf(fit), fitted: fit.fitted.slice(), ...bands, aicc: fit.aicc, notes };
}

/** A constant history forecasts that constant, with no spread (there is no variation to model). */
export function constantResult(
  id: EtsMethodId,
  values: readonly number[],
  horizon: number,
  notes: string[],
): ForecastResult {
  const c = values[0]!;
  const flat = () => new Array<number>(horizon).fill(c);
  return {
    method: id,
    params: { alpha: 1, l0: c, sigma2: 0 },
    fitted: values.map(() => c),
    mean: flat(),
    lo80: flat(),
    hi80: flat(),
    lo95: flat(),
    hi95: flat(),
    notes: [...notes, 'the history is constant: the forecast is that constant, with no spread'],
  };
}

/**
 * Simple exponential smoothing with alpha = 1 (the naive forecast: the last value), with
 * random-walk intervals σ²·h, σ² the mean squared period-to-period change. Used when the
 * history is too short to estimate any ETS model by maximum likelihood.
 */
export function naiveResult(values: readonly number[], horizon: number, notes: string[]): ForecastResult {
  const n = values.length;
  let ss = 0;
  for (let t = 1; t < n; t++) ss += (values[t]! - values[t - 1]!) ** 2;
  const sigma2 = ss / (n - 1);
  const last = values[n - 1]!;
  const mean = new Array<number>(horizon).fill(last);
  const variance = mean.map((_, i) => sigma2 * (i + 1));
  const bands = withIntervals(mean, variance);
  if (!bands) throw new Error('naive forecast produced non-finite values');
  return {
    method: 'ses',
    params: { alpha: 1, l0: values[0]!, sigma2 },
    fitted: values.map((_, t) => values[Math.max(t - 1, 0)]!),
    ...bands,
    notes,
  };
}
