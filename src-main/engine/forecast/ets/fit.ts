/**
 * Maximum-likelihood fit of one ETS model, as `forecast::ets(y, model = …)` defines it: start
 * from its heuristic parameters and states, minimise R's "lik" over the smoothing parameters
 * and the initial states together, then score with AICc (see fitEts for the search).
 */
import { nelderMead } from '../optimize/nelder-mead';
import { searchSeasonal } from './fit-seasonal';
import { initialParams, initialState } from './init';
import { makeObjective, smoothingCount, stateLength, unpackParams, unpackState } from './likelihood';
import { etsRun, type EtsParams, type EtsSpec, type EtsState } from './models';

/** A fitted ETS model. */
export interface EtsFit {
  spec: EtsSpec;
  /** Season length the model uses (1 for non-seasonal models). */
  m: number;
  params: EtsParams;
  /** Initial state (R's layout: level, trend, seasonal lag 1..m). */
  initial: EtsState;
  /** State after the last observation, from which forecasts start. */
  last: EtsState;
  /** One-step-ahead in-sample forecasts. */
  fitted: number[];
  /** R's "lik" (−2·log-likelihood up to a constant). */
  lik: number;
  /** Number of estimated quantities in the criteria: parameters, free initial states and sigma. */
  k: number;
  aic: number;
  aicc: number;
  /** Residual variance SSE / (n − free parameters), as `ets` reports it. */
  sigma2: number;
}

/** Optimised quantities (smoothing parameters and free initial states) of a model, without sigma. */
export function freeParameterCount(spec: EtsSpec, m: number): number {
  return smoothingCount(spec) + stateLength(spec, m) - (spec.season !== 'N' ? 1 : 0);
}

/**
 * Fit `spec` to `y` (season length `m` used only by seasonal models).
 * Returns null when there are too few observations for the model (as `ets` gives it an
 * infinite criterion) or when no finite likelihood could be found.
 *
 * The search: the non-seasonal models (2–5 unknowns) use `ets`'s own Nelder–Mead, which
 * converges on them and so lands where R does. The seasonal models (16 unknowns for monthly
 * data) use BFGS with exact gradients (fit-seasonal.ts): `ets`'s Nelder–Mead stops at its
 * 2,000-evaluation cap short of an optimum on most cost series; BFGS reaches a lower "lik"
 * (a better fit by `ets`'s own criterion) at a fraction of the cost. Nelder–Mead remains the
 * fallback when BFGS cannot start.
 */
export function fitEts(y: ArrayLike<number>, m: number, spec: EtsSpec): EtsFit | null {
  const period = spec.season === 'N' ? 1 : m;
  const n = y.length;
  const np = freeParameterCount(spec, period);
  if (np >= n - 1) return null;
  const start = [...initialParams(spec, period), ...initialState(y, period, spec)];
  const objective = makeObjective(y, period, spec);
  if (!Number.isFinite(objective(Float64Array.from(start)))) return null;
  const opt =
    (spec.season !== 'N' ? searchSeasonal(y, period, spec, start, objective) : null) ??
    nelderMead(objective, start, { maxit: 2000 });
  if (!Number.isFinite(opt.value)) return null;
  const initial = new Float64Array(stateLength(spec, period));
  unpackState(spec, opt.x, period, initial);
  return etsFitAt(y, period, spec, unpackParams(spec, opt.x), initial);
}

/**
 * The fit of `spec` at given smoothing parameters and initial state (R's layout, all m
 * seasonal states): fitted values, final state, "lik", criteria and variance. This is how a
 * model estimated elsewhere (e.g. by R) is evaluated with Outlay's recursion.
 */
export function etsFitAt(
  y: ArrayLike<number>,
  m: number,
  spec: EtsSpec,
  params: EtsParams,
  initial: ArrayLike<number>,
): EtsFit {
  const period = spec.season === 'N' ? 1 : m;
  const n = y.length;
  const np = freeParameterCount(spec, period);
  const x0 = Float64Array.from(initial);
  const last = new Float64Array(x0.length);
  const fitted = new Float64Array(n);
  const run = etsRun(y, period, spec, params, x0, fitted, last);
  const k = np + 1;
  const aic = run.lik + 2 * k;
  const aicc = aic + (2 * k * (k + 1)) / (n - k - 1);
  return {
    spec,
    m: period,
    params,
    initial: x0,
    last,
    fitted: Array.from(fitted),
    lik: run.lik,
    k,
    aic,
    aicc,
    sigma2: run.sse / (n - np),
  };
}
