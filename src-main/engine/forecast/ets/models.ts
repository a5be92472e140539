/**
 * ETS state-space recursions (Hyndman & Athanasopoulos, FPP3 ch. 8; Hyndman et al. 2008),
 * written the way `forecast::ets` evaluates them (its C routine `etscalc`) so that the same
 * parameters give the same likelihood. The seasonal states live in a ring buffer, so a step
 * costs O(1) whatever the season length, and nothing is allocated inside the loop.
 */

/** Error, trend and season components of the models we fit: ANN, AAN, AAdN, AAA, MAM. */
export interface EtsSpec {
  error: 'A' | 'M';
  trend: 'N' | 'A';
  damped: boolean;
  season: 'N' | 'A' | 'M';
}

/** Smoothing parameters; beta/gamma are 0 and phi is 1 where the model has none. */
export interface EtsParams {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

/**
 * An initial or final state in R's layout: level, then trend (if any), then m seasonal
 * states from the most recent (lag 1) to the oldest (lag m).
 */
export type EtsState = Float64Array;

/** The model's name in ETS(E,T,S) notation, e.g. "ETS(A,Ad,N)". */
export function etsName(spec: EtsSpec): string {
  return `ETS(${spec.error},${spec.trend}${spec.damped ? 'd' : ''},${spec.season})`;
}

/** Outcome of running the recursion over a history. */
export interface EtsRun {
  /** n·log(SSE of the errors) (+ 2·Σ log|forecast| for multiplicative errors): R's "lik". */
  lik: number;
  /** Sum of squared errors (relative errors for multiplicative-error models). */
  sse: number;
}

const TOL = 1e-10;
const HUGEN = 1e10;

/**
 * Run the ETS recursion over `y` from initial state `x0` (R's layout, all m seasonal states).
 * Optionally writes one-step forecasts into `fitted` and the final state into `last`.
 */
export function etsRun(
  y: ArrayLike<number>,
  m: number,
  spec: EtsSpec,
  p: EtsParams,
  x0: ArrayLike<number>,
  fitted?: Float64Array,
  last?: Float64Array,
): EtsRun {
  const hasTrend = spec.trend !== 'N';
  const seasonal = spec.season !== 'N';
  const multSeason = spec.season === 'M';
  const multError = spec.error === 'M';
  const { alpha, gamma } = p;
  const phi = spec.damped ? p.phi : 1;
  const betaOverAlpha = hasTrend ? p.beta / alpha : 0;
  const off = hasTrend ? 2 : 1;
  const mm = seasonal ? m : 1;
  // Chronological ring: ring[k] is the seasonal state for the current step (lag m).
  if (seasonal && ringBuffer.length < mm) ringBuffer = new Float64Array(mm);
  const ring = ringBuffer;
  for (let i = 0; i < (seasonal ? mm : 0); i++) ring[i] = x0[off + mm - 1 - i]!;
  let k = 0;
  let l = x0[0]!;
  let b = hasTrend ? x0[1]! : 0;
  let sse = 0;
  let logf = 0;
  const n = y.length;
  for (let t = 0; t < n; t++) {
    const yt = y[t]!;
    const phib = hasTrend ? phi * b : 0;
    const q = l + phib;
    const s = seasonal ? ring[k]! : 0;
    const f = !seasonal ? q : multSeason ? q * s : q + s;
    if (fitted) fitted[t] = f;
    const e = multError ? (yt - f) / f : yt - f;
    sse += e * e;
    if (multError) logf += Math.log(Math.abs(f));
    const pl = !seasonal ? yt : multSeason ? (Math.abs(s) < TOL ? HUGEN : yt / s) : yt - s;
    const newL = q + alpha * (pl - q);
    if (hasTrend) b = phib + betaOverAlpha * (newL - l - phib);
    if (seasonal) {
      const ts = multSeason ? (Math.abs(q) < TOL ? HUGEN : yt / q) : yt - q;
      ring[k] = s + gamma * (ts - s);
      k = k + 1 === mm ? 0 : k + 1;
    }
    l = newL;
  }
  if (last) {
    last[0] = l;
    if (hasTrend) last[1] = b;
    if (seasonal) for (let i = 0; i < mm; i++) last[off + mm - 1 - i] = ring[(k + i) % mm]!;
  }
  const lik = multError ? n * Math.log(sse) + 2 * logf : n * Math.log(sse);
  return { lik, sse };
}

// The seasonal ring, reused across runs (the optimiser calls etsRun thousands of times; a run
// never re-enters itself).
let ringBuffer = new Float64Array(24);

/**
 * Point forecasts for steps 1..h from a state in R's layout: the conditional "point
 * forecast" of the model (level + damped trend, seasonally adjusted), as `forecast::ets` gives.
 */
export function etsPointForecast(state: EtsState, m: number, spec: EtsSpec, p: EtsParams, h: number): number[] {
  const hasTrend = spec.trend !== 'N';
  const off = hasTrend ? 2 : 1;
  const l = state[0]!;
  const b = hasTrend ? state[1]! : 0;
  const phi = spec.damped ? p.phi : 1;
  const out: number[] = [];
  let phistar = phi;
  let phipow = phi;
  for (let i = 0; i < h; i++) {
    let f = hasTrend ? l + phistar * b : l;
    if (spec.season !== 'N') {
      // Step i+1 uses the seasonal state of lag m - (i mod m).
      const s = state[off + m - 1 - (i % m)]!;
      f = spec.season === 'M' ? f * s : f + s;
    }
    out.push(f);
    phipow *= phi;
    phistar += phipow;
  }
  return out;
}
