/**
 * Unconstrained quasi-Newton minimisation (BFGS with an inverse-Hessian update and a
 * backtracking Armijo line search), for smooth objectives whose gradient is cheap. Trial
 * points of the line search use the value alone; the gradient is computed only where a step
 * is accepted. An infeasible trial (Infinity or NaN) is treated as too long a step.
 */

/** Value at `x`, the gradient written into `grad`; Infinity/NaN where `x` is infeasible. */
export type ValueAndGradient = (x: Float64Array, grad: Float64Array) => number;
/** Value alone at `x`. */
export type ValueOnly = (x: Float64Array) => number;

export interface BfgsOptions {
  /** Most iterations (default 200). */
  maxit?: number;
  /** Stop when an iteration lowers the value by at most reltol·(|value| + reltol) (default 1e-10). */
  reltol?: number;
  /** Longest step per coordinate in one iteration (default: unlimited). */
  maxStep?: ArrayLike<number>;
  /**
   * Also stop when the last `iterations` iterations together lowered the value by at most
   * tol·(|value| + tol): the long creep along a flat valley that follows the real progress.
   */
  window?: { iterations: number; tol: number };
  /** Inverse-Hessian estimate to start from (n·n, row-major), e.g. from an earlier run; copied. */
  inverseHessian?: Float64Array;
}

export interface BfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
  /** Objective evaluations, value-only and with gradient together. */
  evaluations: number;
  gradients: number;
  converged: boolean;
  /** The final inverse-Hessian estimate, to resume from. */
  inverseHessian: Float64Array;
}

const ARMIJO = 1e-4;
const MAX_HALVINGS = 40;

/**
 * Minimise from `start`.
 * @throws Error when the objective is not finite at `start`
 */
export function bfgs(
  fg: ValueAndGradient,
  f: ValueOnly,
  start: ArrayLike<number>,
  options: BfgsOptions = {},
): BfgsResult {
  const maxit = options.maxit ?? 200;
  const reltol = options.reltol ?? 1e-10;
  const n = start.length;
  const x = Float64Array.from(start);
  let g = new Float64Array(n);
  let fx = fg(x, g);
  if (!Number.isFinite(fx)) throw new Error('BFGS: objective not finite at the start point');
  let evaluations = 1;
  let gradients = 1;
  const h = new Float64Array(n * n);
  const resetH = (scale: number) => {
    h.fill(0);
    for (let i = 0; i < n; i++) h[i * n + i] = scale;
  };
  let gnorm = 0;
  for (let i = 0; i < n; i++) gnorm += g[i]! * g[i]!;
  if (options.inverseHessian) h.set(options.inverseHessian);
  else resetH(1 / Math.max(1, Math.sqrt(gnorm)));
  const history: number[] = [fx];
  const d = new Float64Array(n);
  const xt = new Float64Array(n);
  let gt = new Float64Array(n);
  const s = new Float64Array(n);
  const yv = new Float64Array(n);
  const hy = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  while (iterations < maxit) {
    iterations++;
    let slope = 0;
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v -= h[i * n + j]! * g[j]!;
      d[i] = v;
      slope += v * g[i]!;
    }
    if (!(slope < 0)) {
      // Not a descent direction (the curvature estimate went bad): restart from steepest descent.
      resetH(1 / Math.max(1, Math.sqrt(gnorm)));
      slope = 0;
      for (let i = 0; i < n; i++) {
        d[i] = -h[i * n + i]! * g[i]!;
        slope += d[i]! * g[i]!;
      }
      if (!(slope < 0)) {
        converged = true;
        break;
      }
    }
    let t = 1;
    if (options.maxStep) {
      for (let i = 0; i < n; i++) {
        const cap = options.maxStep[i]!;
        if (Math.abs(d[i]!) * t > cap) t = cap / Math.abs(d[i]!);
      }
    }
    let ft = Infinity;
    let halvings = 0;
    for (; halvings < MAX_HALVINGS; halvings++) {
      for (let i = 0; i < n; i++) xt[i] = x[i]! + t * d[i]!;
      ft = f(xt);
      evaluations++;
      if (Number.isFinite(ft) && ft <= fx + ARMIJO * t * slope) break;
      t *= 0.5;
    }
    if (halvings === MAX_HALVINGS) {
      converged = true; // no decrease along a descent direction: as low as this precision allows
      break;
    }
    const fNew = fg(xt, gt);
    evaluations++;
    gradients++;
    if (!Number.isFinite(fNew)) break;
    let sy = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xt[i]! - x[i]!;
      yv[i] = gt[i]! - g[i]!;
      sy += s[i]! * yv[i]!;
      yy += yv[i]! * yv[i]!;
    }
    const decrease = fx - fNew;
    x.set(xt);
    [g, gt] = [gt, g];
    fx = fNew;
    history.push(fx);
    gnorm = 0;
    for (let i = 0; i < n; i++) gnorm += g[i]! * g[i]!;
    if (decrease <= reltol * (Math.abs(fx) + reltol)) {
      converged = true;
      break;
    }
    const w = options.window;
    if (w && history.length > w.iterations) {
      const gain = history[history.length - 1 - w.iterations]! - fx;
      if (gain <= w.tol * (Math.abs(fx) + w.tol)) {
        converged = true;
        break;
      }
    }
    if (sy > 1e-12 * Math.sqrt(yy) * Math.sqrt(n)) {
      if (iterations === 1 && !options.inverseHessian) resetH(sy / yy);
      updateInverseHessian(h, n, s, yv, sy, hy);
    }
  }
  return { x, value: fx, iterations, evaluations, gradients, converged, inverseHessian: h };
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/(yᵀs), expanded; H is symmetric, so half is computed. */
function updateInverseHessian(
  h: Float64Array,
  n: number,
  s: Float64Array,
  y: Float64Array,
  sy: number,
  hy: Float64Array,
): void {
  let yhy = 0;
  for (let i = 0; i < n; i++) {
    let v = 0;
    const row = i * n;
    for (let j = 0; j < n; j++) v += h[row + j]! * y[j]!;
    hy[i] = v;
    yhy += y[i]! * v;
  }
  const rho = 1 / sy;
  const c = (1 + rho * yhy) * rho;
  for (let i = 0; i < n; i++) {
    const si = s[i]!;
    const hyi = hy[i]!;
    const row = i * n;
    for (let j = i; j < n; j++) {
      const v = h[row + j]! + c * si * s[j]! - rho * (hyi * s[j]! + si * hy[j]!);
      h[row + j] = v;
      h[j * n + i] = v;
    }
  }
}
