/**
 * Starting values for the ETS optimiser, as `forecast::ets` chooses them (its `initstate` and
 * `initparam`): seasonal indices from a classical decomposition (or, with fewer than three
 * seasons, from a regression on a trend and one Fourier pair), level and trend from a
 * regression on the first seasonally adjusted observations, smoothing parameters a fixed
 * fraction into their bounds. The optimiser then refines all of them.
 */
import type { EtsSpec } from './models';

/** Parameter bounds `forecast::ets` uses by default: alpha, beta, gamma, then phi. */
export const LOWER = { alpha: 1e-4, beta: 1e-4, gamma: 1e-4, phi: 0.8 } as const;
/** Upper bounds matching {@link LOWER}. */
export const UPPER = { alpha: 0.9999, beta: 0.9999, gamma: 0.9999, phi: 0.98 } as const;

/** Ordinary least squares of `y` on 1..n: [intercept, slope]. */
function lineFit(y: ArrayLike<number>, n: number): [number, number] {
  const tm = (n + 1) / 2;
  let ym = 0;
  for (let i = 0; i < n; i++) ym += y[i]!;
  ym /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dt = i + 1 - tm;
    sxy += dt * (y[i]! - ym);
    sxx += dt * dt;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  return [ym - slope * tm, slope];
}

/** Solve the normal equations of a small least-squares problem (columns of X) by Gaussian elimination. */
function leastSquares(cols: Float64Array[], y: ArrayLike<number>): number[] {
  const k = cols.length;
  const a = Array.from({ length: k }, () => new Float64Array(k + 1));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let t = 0; t < y.length; t++) s += cols[i]![t]! * cols[j]![t]!;
      a[i]![j] = s;
    }
    let s = 0;
    for (let t = 0; t < y.length; t++) s += cols[i]![t]! * y[t]!;
    a[i]![k] = s;
  }
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[piv]![c]!)) piv = r;
    [a[c], a[piv]] = [a[piv]!, a[c]!];
    const rowC = a[c]!;
    for (let r = 0; r < k; r++) {
      if (r === c || rowC[c] === 0) continue;
      const row = a[r]!;
      const factor = row[c]! / rowC[c]!;
      for (let j = c; j <= k; j++) row[j] = row[j]! - factor * rowC[j]!;
    }
  }
  return a.map((row, i) => (row[i] === 0 ? 0 : row[k]! / row[i]!));
}

/** Classical decomposition's seasonal figure (R's `decompose`): m indices, by position from the start. */
function decomposeFigure(y: ArrayLike<number>, m: number, mult: boolean): Float64Array {
  const n = y.length;
  const half = Math.floor(m / 2);
  // Centred moving average: 2×m MA for even m, plain m MA for odd m.
  const w = new Float64Array(2 * half + 1).fill(1 / m);
  if (m % 2 === 0) w[0] = w[2 * half] = 0.5 / m;
  const sums = new Float64Array(m);
  const counts = new Float64Array(m);
  for (let t = half; t < n - half; t++) {
    let trend = 0;
    for (let j = 0; j < w.length; j++) trend += w[j]! * y[t - half + j]!;
    const detr = mult ? y[t]! / trend : y[t]! - trend;
    sums[t % m] = sums[t % m]! + detr;
    counts[t % m] = counts[t % m]! + 1;
  }
  const fig = new Float64Array(m);
  let mean = 0;
  for (let i = 0; i < m; i++) {
    fig[i] = sums[i]! / counts[i]!;
    mean += fig[i]! / m;
  }
  for (let i = 0; i < m; i++) fig[i] = mult ? fig[i]! / mean : fig[i]! - mean;
  return fig;
}

/** Per-observation seasonal component for the start-up heuristic (length n). */
function seasonalComponent(y: ArrayLike<number>, m: number, mult: boolean): Float64Array {
  const n = y.length;
  const out = new Float64Array(n);
  if (n >= 3 * m) {
    const fig = decomposeFigure(y, m, mult);
    for (let t = 0; t < n; t++) out[t] = fig[t % m]!;
    return out;
  }
  // Too short to decompose: y minus (or over) the trend of y ~ trend + sin + cos.
  const one = new Float64Array(n).fill(1);
  const tt = new Float64Array(n);
  const sn = new Float64Array(n);
  const cs = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    tt[t] = t + 1;
    sn[t] = Math.sin((2 * Math.PI * (t + 1)) / m);
    cs[t] = Math.cos((2 * Math.PI * (t + 1)) / m);
  }
  const [c0, c1] = leastSquares([one, tt, sn, cs], y);
  for (let t = 0; t < n; t++) {
    const trend = c0! + c1! * (t + 1);
    out[t] = mult ? y[t]! / trend : y[t]! - trend;
  }
  return out;
}

/**
 * Initial state to optimise, in R's layout without the last seasonal state (it is implied:
 * the seasonal states sum to 0, or to m for multiplicative seasonality).
 */
export function initialState(y: ArrayLike<number>, m: number, spec: EtsSpec): number[] {
  const n = y.length;
  let ysa: ArrayLike<number> = y;
  let seas: number[] = [];
  let period = 1;
  if (spec.season !== 'N') {
    period = m;
    const mult = spec.season === 'M';
    const sc = seasonalComponent(y, m, mult);
    for (let j = m - 1; j >= 1; j--) seas.push(sc[j]!);
    const adj = new Float64Array(n);
    if (mult) {
      seas = seas.map((s) => Math.max(s, 1e-2));
      const total = seas.reduce((a, s) => a + s, 0);
      if (total > m) {
        const denom = seas.reduce((a, s) => a + s + 1e-2, 0);
        seas = seas.map((s) => s / denom);
      }
      for (let t = 0; t < n; t++) adj[t] = y[t]! / Math.max(sc[t]!, 1e-2);
    } else {
      for (let t = 0; t < n; t++) adj[t] = y[t]! - sc[t]!;
    }
    ysa = adj;
  }
  const maxn = Math.min(Math.max(10, 2 * period), n);
  if (spec.trend === 'N') {
    let mean = 0;
    for (let i = 0; i < maxn; i++) mean += ysa[i]! / maxn;
    return [mean, ...seas];
  }
  let [l0, b0] = lineFit(ysa, maxn);
  if (Math.abs(l0 + b0) < 1e-8) {
    l0 *= 1 + 1e-3;
    b0 *= 1 - 1e-3;
  }
  return [l0, b0, ...seas];
}

/** Starting smoothing parameters in optimisation order (alpha, beta?, gamma?, phi?), as `initparam`. */
export function initialParams(spec: EtsSpec, m: number): number[] {
  const period = spec.season === 'N' ? 1 : m;
  let alpha = LOWER.alpha + (0.2 * (UPPER.alpha - LOWER.alpha)) / period;
  if (alpha > 1 || alpha < 0) alpha = LOWER.alpha + 2e-3;
  const par = [alpha];
  if (spec.trend !== 'N') {
    const upper = Math.min(UPPER.beta, alpha);
    let beta = LOWER.beta + 0.1 * (upper - LOWER.beta);
    if (beta < 0 || beta > alpha) beta = alpha - 1e-3;
    par.push(beta);
  }
  if (spec.season !== 'N') {
    const upper = Math.min(UPPER.gamma, 1 - alpha);
    let gamma = LOWER.gamma + 0.05 * (upper - LOWER.gamma);
    if (gamma < 0 || gamma > 1 - alpha) gamma = 1 - alpha - 1e-3;
    par.push(gamma);
  }
  if (spec.damped) {
    let phi = LOWER.phi + 0.99 * (UPPER.phi - LOWER.phi);
    if (phi < 0 || phi > 1) phi = UPPER.phi - 1e-3;
    par.push(phi);
  }
  return par;
}
