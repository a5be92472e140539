/**
 * Maximum-likelihood search for the seasonal models (ETS(A,A,A), ETS(M,A,M)) by BFGS with
 * exact gradients, instead of `ets`'s Nelder–Mead. Those models optimise 16 numbers (three
 * smoothing parameters and 13 free initial states for monthly data); Nelder–Mead needs
 * 1,500–2,000 likelihood runs for them and usually stops at its evaluation cap short of an
 * optimum, because its first simplex steps every coordinate by 10 % of the level. BFGS from
 * the same starting values reaches a lower "lik" (a better fit by R's own criterion) on most
 * series at a fraction of the cost; `fitEts` falls back to Nelder–Mead only when this search
 * cannot start.
 *
 * The search runs in unconstrained coordinates: the smoothing parameters through logistic
 * maps onto `ets`'s usual bounds (alpha in its bounds, beta ≤ alpha, gamma ≤ 1 − alpha),
 * the states divided by the starting level (multiplicative seasonal indices stay as they are).
 * The admissible region and positive multiplicative indices are left to the objective, which
 * is infinite outside them; the line search then shortens the step.
 */
import { bfgs } from '../optimize/bfgs';
import type { Objective } from '../optimize/nelder-mead';
import { forwardAdditive, forwardMultiplicative, gradAdditive, gradMultiplicative } from './gradients';
import { LOWER, UPPER } from './init';
import { makeObjective } from './likelihood';
import type { EtsSpec } from './models';

/** Outcome: the optimiser vector in `ets`'s layout and its "lik". */
export interface SeasonalSearch {
  x: Float64Array;
  value: number;
  evaluations: number;
}

/**
 * Where the searches start: `ets`'s own values (null), and alpha 0.5 with the same states.
 * `ets` starts seasonal models at a tiny alpha, from where a descent often settles on a
 * near-deterministic fit (alpha, beta, gamma at their lower bounds); a fast-adapting level
 * reaches the optimum `ets`'s wide simplex finds. Each runs PROBE_ITERATIONS iterations, then
 * only the lower one goes on (with its curvature estimate) until WINDOW stops it.
 */
const STARTS = [null, 0.5] as const;
const PROBE_ITERATIONS = 15;
/** Stop when 10 iterations together gained at most 1e-7 relative (1e-4 on a "lik" of 1,000). */
const WINDOW = { iterations: 10, tol: 1e-7 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * Search from `start` (`ets`'s vector: alpha, beta, gamma, level, trend, m − 1 seasonal
 * states). The search applies the same bounds and admissibility as `objective`
 * (makeObjective's), which scores the result. Null when the start cannot be mapped (a start on
 * a bound) or nothing finite is found.
 */
export function searchSeasonal(
  y: ArrayLike<number>,
  m: number,
  spec: EtsSpec,
  start: readonly number[],
  objective: Objective,
): SeasonalSearch | null {
  const ys = Float64Array.from(y);
  const multiplicative = spec.season === 'M';
  const forward = multiplicative ? forwardMultiplicative : forwardAdditive;
  const gradient = multiplicative ? gradMultiplicative : gradAdditive;
  const n = start.length;
  const scaleLevel = Math.abs(start[3]!) || 1;
  const scale = start.map((_, i) => (i < 3 ? 1 : i < 5 || !multiplicative ? scaleLevel : 1));
  // The bounds and admissibility of `objective`, over the forward pass that keeps what the
  // gradient needs; `lastZ` is the point that pass ran at.
  const storing = makeObjective(ys, m, spec, (alpha, beta, gamma, _phi, x0) => forward(ys, m, alpha, beta, gamma, x0));
  const lastZ = new Float64Array(n).fill(NaN);
  let lastValue = Infinity;
  const sameAsLast = (z: Float64Array) => {
    for (let i = 0; i < n; i++) if (z[i] !== lastZ[i]) return false;
    return true;
  };
  const spanA = UPPER.alpha - LOWER.alpha;
  const v = new Float64Array(n);
  const toEts = (z: Float64Array) => {
    const alpha = LOWER.alpha + spanA * sigmoid(z[0]!);
    const beta = LOWER.beta + (Math.min(alpha, UPPER.beta) - LOWER.beta) * sigmoid(z[1]!);
    const gamma = LOWER.gamma + (Math.min(1 - alpha, UPPER.gamma) - LOWER.gamma) * sigmoid(z[2]!);
    v[0] = alpha;
    v[1] = beta;
    v[2] = gamma;
    for (let i = 3; i < n; i++) v[i] = z[i]! * scale[i]!;
    return v;
  };
  const fromEts = (x: readonly number[]): Float64Array | null => {
    const [alpha, beta, gamma] = x as [number, number, number];
    const pa = (alpha - LOWER.alpha) / spanA;
    const pb = (beta - LOWER.beta) / (Math.min(alpha, UPPER.beta) - LOWER.beta);
    const pg = (gamma - LOWER.gamma) / (Math.min(1 - alpha, UPPER.gamma) - LOWER.gamma);
    if (![pa, pb, pg].every((p) => p > 0 && p < 1)) return null;
    const z = new Float64Array(n);
    z[0] = logit(pa);
    z[1] = logit(pb);
    z[2] = logit(pg);
    for (let i = 3; i < n; i++) z[i] = x[i]! / scale[i]!;
    return z;
  };

  const full = new Float64Array(n + 1);
  const last = n;
  const valueOnly = (z: Float64Array) => {
    lastZ.set(z);
    lastValue = storing(toEts(z));
    return lastValue;
  };
  // bfgs asks for the gradient where it has just evaluated the value: only the backward pass is left.
  const valueAndGradient = (z: Float64Array, grad: Float64Array) => {
    const lik = sameAsLast(z) ? lastValue : valueOnly(z);
    if (!Number.isFinite(lik)) return Infinity;
    const e = toEts(z);
    gradient(ys, m, e[0]!, e[1]!, e[2]!, full);
    // The last seasonal state is the constant minus the free ones.
    for (let i = 3; i < n; i++) grad[i] = (i >= 5 ? full[i]! - full[last]! : full[i]!) * scale[i]!;
    const alpha = e[0]!;
    const sa = sigmoid(z[0]!);
    const sb = sigmoid(z[1]!);
    const sg = sigmoid(z[2]!);
    const dBetaDAlpha = alpha < UPPER.beta ? sb : 0;
    const dGammaDAlpha = 1 - alpha < UPPER.gamma ? -sg : 0;
    grad[0] = spanA * sa * (1 - sa) * (full[0]! + full[1]! * dBetaDAlpha + full[2]! * dGammaDAlpha);
    grad[1] = full[1]! * (Math.min(alpha, UPPER.beta) - LOWER.beta) * sb * (1 - sb);
    grad[2] = full[2]! * (Math.min(1 - alpha, UPPER.gamma) - LOWER.gamma) * sg * (1 - sg);
    return lik;
  };

  const runs = STARTS.map((a) => {
    const z0 = fromEts(a === null ? start : [a, Math.max(0.01 * a, 2 * LOWER.beta), 0.05 * (1 - a), ...start.slice(3)]);
    return z0 && Number.isFinite(valueOnly(z0))
      ? bfgs(valueAndGradient, valueOnly, z0, { maxit: PROBE_ITERATIONS, window: WINDOW })
      : null;
  });
  let evaluations = 0;
  let best: (typeof runs)[number] = null;
  for (const r of runs) {
    if (!r) continue;
    evaluations += r.evaluations;
    if (!best || r.value < best.value) best = r;
  }
  if (!best) return null;
  if (!best.converged) {
    const more = bfgs(valueAndGradient, valueOnly, best.x, { window: WINDOW, inverseHessian: best.inverseHessian });
    evaluations += more.evaluations;
    if (more.value <= best.value) best = more;
  }
  const x = Float64Array.from(toEts(best.x));
  const value = objective(x);
  return Number.isFinite(value) ? { x, value, evaluations } : null;
}
