/**
 * The likelihood loops the optimiser runs thousands of times per fit, one per model shape so
 * that no per-step branch on the model remains. Each step does exactly the arithmetic of
 * {@link etsRun} in the same order (so a fit follows the same Nelder–Mead path, bit for bit);
 * they only skip what the optimiser does not need (fitted values, the final state).
 */
import type { EtsSpec } from './models';

const TOL = 1e-10;
const HUGEN = 1e10;

// The seasonal ring, reused across runs (a run never re-enters itself).
let ring = new Float64Array(24);

/** R's "lik" of a non-seasonal additive-error model (ANN: no trend; AAN: phi = 1; AAdN). */
function likNonSeasonal(
  y: Float64Array,
  hasTrend: boolean,
  alpha: number,
  betaOverAlpha: number,
  phi: number,
  x0: Float64Array,
  sseLimit: number,
): number {
  const damped = phi !== 1; // phi·b is b when undamped: one multiplication off the chain
  const n = y.length;
  let l = x0[0]!;
  let sse = 0;
  if (!hasTrend) {
    for (let t = 0; t < n; t++) {
      const yt = y[t]!;
      const e = yt - l;
      sse += e * e;
      if (sse > sseLimit) return Infinity;
      l = l + alpha * (yt - l);
    }
    return n * Math.log(sse);
  }
  let b = x0[1]!;
  for (let t = 0; t < n; t++) {
    const yt = y[t]!;
    const phib = damped ? phi * b : b;
    const q = l + phib;
    const e = yt - q;
    sse += e * e;
    if (sse > sseLimit) return Infinity;
    const newL = q + alpha * (yt - q);
    b = phib + betaOverAlpha * (newL - l - phib);
    l = newL;
  }
  return n * Math.log(sse);
}

/** Load the seasonal states of `x0` (lag 1..m from `off`) into the ring, oldest first. */
function loadRing(x0: Float64Array, off: number, m: number): Float64Array {
  if (ring.length < m) ring = new Float64Array(m);
  for (let i = 0; i < m; i++) ring[i] = x0[off + m - 1 - i]!;
  return ring;
}

/** R's "lik" of ETS(A,A,A) / ETS(A,Ad,A). */
function likAdditiveSeasonal(
  y: Float64Array,
  m: number,
  alpha: number,
  betaOverAlpha: number,
  gamma: number,
  phi: number,
  x0: Float64Array,
  sseLimit: number,
): number {
  const damped = phi !== 1; // phi·b is b when undamped: one multiplication off the chain
  const r = loadRing(x0, 2, m);
  const n = y.length;
  let l = x0[0]!;
  let b = x0[1]!;
  let sse = 0;
  let k = 0;
  for (let t = 0; t < n; t++) {
    const yt = y[t]!;
    const phib = damped ? phi * b : b;
    const q = l + phib;
    const s = r[k]!;
    const e = yt - (q + s);
    sse += e * e;
    if (sse > sseLimit) return Infinity;
    const newL = q + alpha * (yt - s - q);
    b = phib + betaOverAlpha * (newL - l - phib);
    r[k] = s + gamma * (yt - q - s);
    k = k + 1 === m ? 0 : k + 1;
    l = newL;
  }
  return n * Math.log(sse);
}

/** R's "lik" of ETS(M,A,M) / ETS(M,Ad,M): n·log(Σ relative error²) + 2·Σ log|ŷ|. */
function likMultiplicative(
  y: Float64Array,
  m: number,
  alpha: number,
  betaOverAlpha: number,
  gamma: number,
  phi: number,
  x0: Float64Array,
): number {
  const damped = phi !== 1; // phi·b is b when undamped: one multiplication off the chain
  const r = loadRing(x0, 2, m);
  const n = y.length;
  let l = x0[0]!;
  let b = x0[1]!;
  let sse = 0;
  let logf = 0;
  // Σ log|ŷ| as the log of running products (one log per few steps instead of per step),
  // flushed before the product could leave the normal range.
  let prod = 1;
  let k = 0;
  for (let t = 0; t < n; t++) {
    const yt = y[t]!;
    const phib = damped ? phi * b : b;
    const q = l + phib;
    const s = r[k]!;
    const f = q * s;
    const e = (yt - f) / f;
    sse += e * e;
    prod *= Math.abs(f);
    if (prod > 1e200 || prod < 1e-200) {
      logf += Math.log(prod);
      prod = 1;
    }
    const pl = Math.abs(s) < TOL ? HUGEN : yt / s;
    const newL = q + alpha * (pl - q);
    b = phib + betaOverAlpha * (newL - l - phib);
    const ts = Math.abs(q) < TOL ? HUGEN : yt / q;
    r[k] = s + gamma * (ts - s);
    k = k + 1 === m ? 0 : k + 1;
    l = newL;
  }
  logf += Math.log(prod);
  return n * Math.log(sse) + 2 * logf;
}

/**
 * A likelihood function for one model shape: (alpha, beta, gamma, phi, state, bound) → R's
 * "lik". With a finite `bound`, a kernel may stop early and return Infinity once the result
 * is sure to be at least `bound` (the additive ones do: their "lik" only grows along the
 * series); the caller then only learns that the point is no better than `bound`.
 */
export type LikKernel = (
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  x0: Float64Array,
  bound: number,
) => number;

/**
 * The sum of squared errors above which n·log(SSE) is certainly at least `bound`. The margin
 * (relative 1e-9 on SSE, i.e. n·1e-9 on the log scale) dwarfs the rounding of exp and log,
 * so a run stopped there would have ended at or above `bound` too.
 */
function sseLimitFor(bound: number, n: number): number {
  return bound === Infinity ? Infinity : Math.exp(bound / n) * (1 + 1e-9);
}

/** {@link sseLimitFor} remembering its last answer: the search often asks with the same bound. */
function sseLimits(n: number): (bound: number) => number {
  let lastBound = Infinity;
  let lastLimit = Infinity;
  return (bound) => {
    if (bound !== lastBound) {
      lastBound = bound;
      lastLimit = sseLimitFor(bound, n);
    }
    return lastLimit;
  };
}

/**
 * The likelihood kernel of `spec` over `y` (season length `m` for seasonal models). Only the
 * model shapes Outlay fits are covered: additive errors without or with additive seasonality,
 * multiplicative errors with multiplicative seasonality, each with a trend when seasonal.
 */
export function likKernel(y: ArrayLike<number>, m: number, spec: EtsSpec): LikKernel {
  const ys = Float64Array.from(y);
  const hasTrend = spec.trend !== 'N';
  const limit = sseLimits(ys.length);
  if (spec.season === 'N' && spec.error === 'A') {
    return (alpha, beta, _gamma, phi, x0, bound) =>
      likNonSeasonal(ys, hasTrend, alpha, hasTrend ? beta / alpha : 0, phi, x0, limit(bound));
  }
  if (hasTrend && spec.season === 'A' && spec.error === 'A') {
    return (alpha, beta, gamma, phi, x0, bound) =>
      likAdditiveSeasonal(ys, m, alpha, beta / alpha, gamma, phi, x0, limit(bound));
  }
  if (hasTrend && spec.season === 'M' && spec.error === 'M') {
    return (alpha, beta, gamma, phi, x0) => likMultiplicative(ys, m, alpha, beta / alpha, gamma, phi, x0);
  }
  throw new Error(`no likelihood kernel for ETS(${spec.error},${spec.trend},${spec.season})`);
}
