/**
 * R's "lik" of the two seasonal models with its exact gradient, by one forward pass and one
 * backward (adjoint) pass over the history: about two likelihood runs more for all 16
 * derivatives, where finite differences would need 17 runs. The forward pass is the value
 * itself, so a search that evaluates a point and then wants its gradient only pays the
 * backward pass. The recursions are those of
 * kernels.ts written in their algebraic form (ETS(A,A,A): l' = l + b + αe, b' = b + βe,
 * s' = s + γe; ETS(M,A,M): l' = q + α(y/s − q), b' = b + β(y/s − q), s' = s + γ(y/q − s)).
 *
 * State layout as R's: x0 = [level, trend, seasonal lag 1 … lag m]. The gradient is with
 * respect to alpha, beta, gamma and every entry of x0 (the caller folds in the constraint that
 * ties the last seasonal state to the others).
 */

/** Work arrays, reused (an engine call never re-enters itself). */
// Reciprocals of the forecast's level and season per step: the backward pass multiplies.
let qs = new Float64Array(64);
let ss = new Float64Array(64);
let es = new Float64Array(64);
let ring = new Float64Array(24);
let adj = new Float64Array(24);

function ensure(n: number, m: number): void {
  if (qs.length < n) {
    qs = new Float64Array(n);
    ss = new Float64Array(n);
    es = new Float64Array(n);
  }
  if (ring.length < m) {
    ring = new Float64Array(m);
    adj = new Float64Array(m);
  }
}

/** What the last forward pass computed, for its backward pass. */
let lastSse = 0;

/**
 * "lik" of ETS(A,A,A) at (alpha, beta, gamma, x0), keeping what {@link gradAdditive} needs.
 * Infinity when the sum of squares is not positive and finite.
 */
export function forwardAdditive(
  y: Float64Array,
  m: number,
  alpha: number,
  beta: number,
  gamma: number,
  x0: Float64Array,
): number {
  const n = y.length;
  ensure(n, m);
  for (let i = 0; i < m; i++) ring[i] = x0[2 + m - 1 - i]!;
  let l = x0[0]!;
  let b = x0[1]!;
  let sse = 0;
  let k = 0;
  for (let t = 0; t < n; t++) {
    const s = ring[k]!;
    const e = y[t]! - (l + b + s);
    es[t] = e;
    sse += e * e;
    l = l + b + alpha * e;
    b = b + beta * e;
    ring[k] = s + gamma * e;
    k = k + 1 === m ? 0 : k + 1;
  }
  lastSse = sse;
  if (!(sse > 0) || !Number.isFinite(sse)) return Infinity;
  return n * Math.log(sse);
}

/**
 * The gradient of "lik" at the point of the last {@link forwardAdditive} (same y, m and
 * parameters) into `grad`: [dα, dβ, dγ, d level, d trend, d s_1 … d s_m].
 */
export function gradAdditive(
  y: Float64Array,
  m: number,
  alpha: number,
  beta: number,
  gamma: number,
  grad: Float64Array,
): void {
  const n = y.length;
  const sse = lastSse;
  // Backward: adjoints of the state after each step, of SSE; scaled by n/SSE at the end.
  let al = 0;
  let ab = 0;
  adj.fill(0, 0, m);
  let ga = 0;
  let gb = 0;
  let gg = 0;
  for (let t = n - 1; t >= 0; t--) {
    const k = t % m;
    const e = es[t]!;
    const as = adj[k]!;
    ga += al * e;
    gb += ab * e;
    gg += as * e;
    const eBar = 2 * e + al * alpha + ab * beta + as * gamma;
    // l' = l + b + αe, b' = b + βe, s' = s + γe, e = y − l − b − s.
    const newAl = al - eBar;
    ab = al + ab - eBar;
    al = newAl;
    adj[k] = as - eBar;
  }
  const c = n / sse;
  grad[0] = c * ga;
  grad[1] = c * gb;
  grad[2] = c * gg;
  grad[3] = c * al;
  grad[4] = c * ab;
  // Ring slot i held lag m − i (R's x0[2 + m − 1 − i]).
  for (let i = 0; i < m; i++) grad[5 + m - 1 - i] = c * adj[i]!;
}

/**
 * "lik" of ETS(M,A,M) (n·log Σ e² + 2·Σ log|ŷ|, e the relative error), keeping what
 * {@link gradMultiplicative} needs. Infinity when a forecast, level or seasonal state is zero
 * or the result is not finite.
 */
export function forwardMultiplicative(
  y: Float64Array,
  m: number,
  alpha: number,
  beta: number,
  gamma: number,
  x0: Float64Array,
): number {
  const n = y.length;
  ensure(n, m);
  for (let i = 0; i < m; i++) ring[i] = x0[2 + m - 1 - i]!;
  let l = x0[0]!;
  let b = x0[1]!;
  let sse = 0;
  let logf = 0;
  let k = 0;
  for (let t = 0; t < n; t++) {
    const q = l + b;
    const s = ring[k]!;
    if (q === 0 || s === 0) return Infinity;
    const yt = y[t]!;
    const iq = 1 / q;
    const is = 1 / s;
    const f = q * s;
    const e = yt * iq * is - 1;
    qs[t] = iq;
    ss[t] = is;
    es[t] = e;
    sse += e * e;
    logf += Math.log(Math.abs(f));
    const u = yt * is - q;
    l = q + alpha * u;
    b = b + beta * u;
    ring[k] = s + gamma * (yt * iq - s);
    k = k + 1 === m ? 0 : k + 1;
  }
  lastSse = sse;
  const lik = n * Math.log(sse) + 2 * logf;
  return Number.isFinite(lik) ? lik : Infinity;
}

/** The gradient at the point of the last {@link forwardMultiplicative}, as {@link gradAdditive}. */
export function gradMultiplicative(
  y: Float64Array,
  m: number,
  alpha: number,
  beta: number,
  gamma: number,
  grad: Float64Array,
): void {
  const n = y.length;
  const c = n / lastSse;
  let al = 0;
  let ab = 0;
  adj.fill(0, 0, m);
  let ga = 0;
  let gb = 0;
  let gg = 0;
  for (let t = n - 1; t >= 0; t--) {
    const k = t % m;
    const iq = qs[t]!;
    const is = ss[t]!;
    const e = es[t]!;
    const yt = y[t]!;
    const as = adj[k]!;
    const yiq = yt * iq;
    const yis = yt * is;
    const u = yis - 1 / iq;
    const v = yiq - 1 / is;
    ga += al * u;
    gb += ab * u;
    gg += as * v;
    const uBar = al * alpha + ab * beta;
    const vBar = as * gamma;
    // e = y/(qs) − 1; the step adds c·e² + 2·log|q| + 2·log|s| to the objective.
    const eTerm = -2 * c * e * yiq * is;
    const qBar = al - uBar - vBar * yiq * iq + (eTerm + 2) * iq;
    const sBar = as - uBar * yis * is - vBar + (eTerm + 2) * is;
    ab = qBar + ab;
    al = qBar;
    adj[k] = sBar;
  }
  grad[0] = ga;
  grad[1] = gb;
  grad[2] = gg;
  grad[3] = al;
  grad[4] = ab;
  for (let i = 0; i < m; i++) grad[5 + m - 1 - i] = adj[i]!;
}
