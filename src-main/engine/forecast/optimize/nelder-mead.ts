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
 * The centroid of the simplex without vertex `w` (offset in `pts`) into `out`. Each
 * coordinate is summed in nmmin's order (minus the worst vertex, then every vertex in turn),
 * so the result is bit for bit R's; four coordinates at a time, so that four independent
 * running sums share the loop (the additions of one sum wait for each other).
 */
function centroidWithout(pts: Float64Array, n: number, w: number, out: Float64Array): void {
  const end = (n + 1) * n;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    let t0 = -pts[w + i]!;
    let t1 = -pts[w + i + 1]!;
    let t2 = -pts[w + i + 2]!;
    let t3 = -pts[w + i + 3]!;
    for (let p = i; p < end; p += n) {
      t0 += pts[p]!;
      t1 += pts[p + 1]!;
      t2 += pts[p + 2]!;
      t3 += pts[p + 3]!;
    }
    out[i] = t0 / n;
    out[i + 1] = t1 / n;
    out[i + 2] = t2 / n;
    out[i + 3] = t3 / n;
  }
  for (; i < n; i++) {
    let t = -pts[w + i]!;
    for (let p = i; p < end; p += n) t += pts[p]!;
    out[i] = t / n;
  }
}

/**
 * A function to minimise. `bound`, when given, says the caller only needs the exact value
 * when it is below `bound`: for a point at or above it, any value at or above `bound`
 * (e.g. Infinity) leads to the same next step. An objective may use that to skip work
 * (see the ETS likelihood); one that ignores it is always correct.
 */
export type Objective = (x: Float64Array, bound?: number) => number;

/**
 * Minimise `fn` from `start` with the Nelder–Mead simplex method.
 * `fn` may return Infinity or NaN for infeasible points; those count as very large values.
 *
 * Every value this algorithm stores is evaluated exactly (no bound); trial points (reflection,
 * expansion, contraction) are evaluated with the value they must beat, because a trial at or
 * above it is discarded whatever its value (infeasible or merely bad). So a bound-aware
 * objective follows exactly the path of an exact one, evaluation for evaluation.
 * @throws Error when `fn` is not finite at the start point
 */
export function nelderMead(fn: Objective, start: ArrayLike<number>, options: NelderMeadOptions = {}): NelderMeadResult {
  const abstol = options.abstol ?? -Infinity;
  const reltol = options.reltol ?? Math.sqrt(Number.EPSILON);
  const alpha = options.alpha ?? 1;
  const bet = options.beta ?? 0.5;
  const gamm = options.gamma ?? 2;
  const maxit = options.maxit ?? 2000;
  const n = start.length;
  const b = Float64Array.from(start);
  const evalAt = (x: Float64Array, bound: number): number => {
    const v = fn(x, bound);
    return Number.isFinite(v) ? v : BIG;
  };

  const f0 = fn(b);
  if (!Number.isFinite(f0)) throw new Error('Nelder-Mead: function cannot be evaluated at initial parameters');
  if (n === 0) return { x: b, value: f0, evaluations: 1, converged: true };

  // Vertices 0..n as rows of one flat array (vertex j at j·n), the centroid apart; values alongside.
  const pts = new Float64Array((n + 1) * n);
  for (let j = 0; j <= n; j++) pts.set(b, j * n);
  const centroid = Float64Array.from(b);
  const vertex = new Float64Array(n);
  const vals = new Float64Array(n + 1);
  vals[0] = f0;
  let evaluations = 1;
  const convtol = reltol * (Math.abs(f0) + reltol);

  let step = 0;
  for (let i = 0; i < n; i++) step = Math.max(step, 0.1 * Math.abs(b[i]!));
  if (step === 0) step = 0.1;
  let size = 0;
  for (let j = 1; j <= n; j++) {
    const at = j * n + j - 1;
    let trystep = step;
    while (pts[at] === b[j - 1]) {
      pts[at] = b[j - 1]! + trystep;
      trystep *= 10;
    }
    size += trystep;
  }
  let oldsize = size;
  let calcvert = true;
  let best = 0;
  let converged = false;

  do {
    if (calcvert) {
      for (let j = 0; j <= n; j++) {
        if (j === best) continue;
        vertex.set(pts.subarray(j * n, j * n + n));
        vals[j] = evalAt(vertex, Infinity);
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
    const w = worst * n;
    centroidWithout(pts, n, w, centroid);
    for (let i = 0; i < n; i++) b[i] = (1 + alpha) * centroid[i]! - alpha * pts[w + i]!;
    const vr = evalAt(b, vh);
    evaluations++;
    if (vr < vl) {
      // Reflection is the new best: try going further (expansion).
      for (let i = 0; i < n; i++) {
        const e = gamm * b[i]! + (1 - gamm) * centroid[i]!;
        centroid[i] = b[i]!;
        b[i] = e;
      }
      const fe = evalAt(b, vr);
      evaluations++;
      if (fe < vr) {
        pts.set(b, w);
        vals[worst] = fe;
      } else {
        pts.set(centroid, w);
        vals[worst] = vr;
      }
    } else {
      if (vr < vh) {
        pts.set(b, w);
        vals[worst] = vr;
      }
      for (let i = 0; i < n; i++) b[i] = (1 - bet) * pts[w + i]! + bet * centroid[i]!;
      const fc = evalAt(b, vals[worst]!);
      evaluations++;
      if (fc < vals[worst]!) {
        pts.set(b, w);
        vals[worst] = fc;
      } else if (vr >= vh) {
        // Contraction failed too: shrink the simplex towards the best vertex.
        calcvert = true;
        size = 0;
        const pb = best * n;
        for (let j = 0; j <= n; j++) {
          if (j === best) continue;
          const p = j * n;
          for (let i = 0; i < n; i++) {
            pts[p + i] = bet * (pts[p + i]! - pts[pb + i]!) + pts[pb + i]!;
            size += Math.abs(pts[p + i]! - pts[pb + i]!);
          }
        }
        if (size < oldsize) oldsize = size;
        else break;
      }
    }
  } while (evaluations <= maxit);

  return { x: pts.slice(best * n, best * n + n), value: vals[best]!, evaluations, converged };
}
