/**
 * Nelder–Mead simplex minimisation, following the classic Nash "Compact Numerical Methods"
 * algorithm that R's `optim(method = "Nelder-Mead")` (nmmin) and `forecast::ets` use: same
 * initial simplex (step = 10 % of the largest |coordinate|), same reflection / expansion /
 * contraction / shrink rules and the same relative convergence test on the spread of the
 * function values. Following the same path as R keeps our ETS fits close to R's, because the
 * likelihood surfaces are flat and a different search ends at a slightly different optimum.
 * No npm package for this is available offline, hence this small implementation.
 */

/** Options of {@link nelderMead}; defaults are those `forecast::ets` passes. */
export interface NelderMeadOptions {
  /** Stop when the best value is at or below this (default -Infinity: never). */
  abstol?: number;
  /** Relative tolerance on the spread of the simplex values (default sqrt(machine eps)). */
  reltol?: number;
  /** Reflection coefficient (default 1). */
  alpha?: number;
  /** Contraction coefficient (default 0.5). */
  beta?: number;
  /** Expansion coefficient (default 2). */
  gamma?: number;
  /** Maximum number of function evaluations (default 2000). */
  maxit?: number;
}

/** Outcome of {@link nelderMead}. */
export interface NelderMeadResult {
  /** The best point found. */
  x: Float64Array;
  /** The function value at `x`. */
  value: number;
  /** Function evaluations used. */
  evaluations: number;
  /** True when the tolerance was met (false: evaluation budget or a stalled shrink). */
  converged: boolean;
}

/** Stand-in for non-finite values so that the simplex can still be ordered (as R does). */
const BIG = 1.0e35;

/**
 * Minimise `fn` from `start` with the Nelder–Mead simplex method.
 * `fn` may return Infinity or NaN for infeasible points; those count as very large values.
 * @throws Error when `fn` is not finite at the start point
 */
export function nelderMead(
  fn: (x: Float64Array) => number,
  start: ArrayLike<number>,
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const abstol = options.abstol ?? -Infinity;
  const reltol = options.reltol ?? Math.sqrt(Number.EPSILON);
  const alpha = options.alpha ?? 1;
  const bet = options.beta ?? 0.5;
  const gamm = options.gamma ?? 2;
  const maxit = options.maxit ?? 2000;
  const n = start.length;
  const b = Float64Array.from(start);
  const evalAt = (x: Float64Array): number => {
    const v = fn(x);
    return Number.isFinite(v) ? v : BIG;
  };

  const f0 = fn(b);
  if (!Number.isFinite(f0)) throw new Error('Nelder-Mead: function cannot be evaluated at initial parameters');
  if (n === 0) return { x: b, value: f0, evaluations: 1, converged: true };

  // Vertices 0..n, plus the centroid in column n+1; values alongside.
  const pts: Float64Array[] = [];
  for (let j = 0; j <= n + 1; j++) pts.push(Float64Array.from(b));
  const vals = new Float64Array(n + 2);
  vals[0] = f0;
  let evaluations = 1;
  const convtol = reltol * (Math.abs(f0) + reltol);

  let step = 0;
  for (let i = 0; i < n; i++) step = Math.max(step, 0.1 * Math.abs(b[i]!));
  if (step === 0) step = 0.1;
  let size = 0;
  for (let j = 1; j <= n; j++) {
    const p = pts[j]!;
    let trystep = step;
    while (p[j - 1] === b[j - 1]) {
      p[j - 1] = b[j - 1]! + trystep;
      trystep *= 10;
    }
    size += trystep;
  }
  let oldsize = size;
  let calcvert = true;
  let best = 0;
  let converged = false;
  const centroid = pts[n + 1]!;

  do {
    if (calcvert) {
      for (let j = 0; j <= n; j++) {
        if (j === best) continue;
        vals[j] = evalAt(pts[j]!);
        evaluations++;
      }
      calcvert = false;
    }
    let vl = vals[best]!;
    let vh = vl;
    let worst = best;
    for (let j = 0; j <= n; j++) {
      if (j === best) continue;
      const f = vals[j]!;
      if (f < vl) {
        best = j;
        vl = f;
      }
      if (f > vh) {
        worst = j;
        vh = f;
      }
    }
    if (vh <= vl + convtol || vl <= abstol) {
      converged = true;
      break;
    }
    const pw = pts[worst]!;
    for (let i = 0; i < n; i++) {
      let t = -pw[i]!;
      for (let j = 0; j <= n; j++) t += pts[j]![i]!;
      centroid[i] = t / n;
    }
    for (let i = 0; i < n; i++) b[i] = (1 + alpha) * centroid[i]! - alpha * pw[i]!;
    const vr = evalAt(b);
    evaluations++;
    if (vr < vl) {
      // Reflection is the new best: try going further (expansion).
      vals[n + 1] = vr;
      for (let i = 0; i < n; i++) {
        const e = gamm * b[i]! + (1 - gamm) * centroid[i]!;
        centroid[i] = b[i]!;
        b[i] = e;
      }
      const fe = evalAt(b);
      evaluations++;
      if (fe < vr) {
        pw.set(b);
        vals[worst] = fe;
      } else {
        pw.set(centroid);
        vals[worst] = vr;
      }
    } else {
      if (vr < vh) {
        pw.set(b);
        vals[worst] = vr;
      }
      for (let i = 0; i < n; i++) b[i] = (1 - bet) * pw[i]! + bet * centroid[i]!;
      const fc = evalAt(b);
      evaluations++;
      if (fc < vals[worst]!) {
        pw.set(b);
        vals[worst] = fc;
      } else if (vr >= vh) {
        // Contraction failed too: shrink the simplex towards the best vertex.
        calcvert = true;
        size = 0;
        const pb = pts[best]!;
        for (let j = 0; j <= n; j++) {
          if (j === best) continue;
          const p = pts[j]!;
          for (let i = 0; i < n; i++) {
            p[i] = bet * (p[i]! - pb[i]!) + pb[i]!;
            size += Math.abs(p[i]! - pb[i]!);
          }
        }
        if (size < oldsize) oldsize = size;
        else break;
      }
    }
  } while (evaluations <= maxit);

  return { x: Float64Array.from(pts[best]!), value: vals[best]!, evaluations, converged };
}
