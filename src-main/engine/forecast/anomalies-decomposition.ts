/**
 * The robust decomposition behind outlier screening (anomalies.ts): a running-median
 * trend and a per-phase seasonal pattern. Points already flagged are treated as missing:
 * their values are imputed from the fit until it settles, and a flagged point's own value
 * never enters its own trend median, so a spike cannot hold its fit up.
 */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Fill the ends of a centred smooth (NaN outside [first, last]) along the median slope nearby. */
function extendEnds(out: number[], first: number, last: number, span: number): number[] {
  const slope = (from: number, to: number) => {
    const d: number[] = [];
    for (let i = from; i < to; i++) d.push(out[i + 1]! - out[i]!);
    return d.length ? median(d) : 0;
  };
  const head = slope(first, Math.min(last, first + span));
  const tail = slope(Math.max(first, last - span), last);
  for (let i = 0; i < first; i++) out[i] = out[first]! - head * (first - i);
  for (let i = last + 1; i < out.length; i++) out[i] = out[last]! + tail * (i - last);
  return out;
}

/**
 * Centred running median of odd width `w` (the window keeps level steps sharp and
 * reproduces a straight line); at an index in `own` the centre value itself is left out.
 */
function runningMedian(y: readonly number[], w: number, own: ReadonlySet<number>): number[] {
  const h = (w - 1) / 2;
  const out = new Array<number>(y.length).fill(NaN);
  for (let i = h; i < y.length - h; i++) {
    const win = y.slice(i - h, i + h + 1);
    if (own.has(i)) win.splice(h, 1);
    out[i] = median(win);
  }
  return extendEnds(out, h, y.length - 1 - h, w);
}

/** Centred moving average over one season (2×m for even m): blind to the seasonal pattern. */
function seasonalMean(y: readonly number[], m: number): number[] {
  const h = Math.floor(m / 2);
  const out = new Array<number>(y.length).fill(NaN);
  for (let i = h; i < y.length - h; i++) {
    let s = 0;
    for (let j = i - h; j <= i + h; j++) s += y[j]!;
    if (m % 2 === 0) s -= (y[i - h]! + y[i + h]!) / 2;
    out[i] = s / m;
  }
  return extendEnds(out, h, y.length - 1 - h, m);
}

/** Per-phase centres of `d`, shifted to sum to zero over a season, laid out along the series. */
function phasePattern(d: readonly number[], m: number, centreOf: (xs: readonly number[]) => number): number[] {
  const phase = Array.from({ length: m }, (_, j) => centreOf(d.filter((_, t) => t % m === j)));
  const shift = mean(phase);
  return d.map((_, t) => phase[t % m]! - shift);
}

export interface Decomposition {
  trend: number[];
  /** All zero for period 1. */
  seasonal: number[];
  /** trend + seasonal. */
  fit: number[];
  /** The series with flagged points imputed from the fit. */
  imputed: number[];
}

/** Rounds of trend and pattern after the first deseasonalisation. */
const REFINE = 3;
/** Passes to settle imputed values onto the fit. */
const MAX_SETTLE = 200;

/**
 * One fit of `x`. Period 1: the running median. Otherwise per-phase medians relative to
 * a season-long moving average give a first pattern; then, in turns, the running median
 * of the deseasonalised values and per-phase means relative to it. Means for the final
 * pattern: a median would run through one point per phase and shrink the remainder.
 */
function fitOnce(x: readonly number[], m: number, w: number, own: ReadonlySet<number>) {
  if (m <= 1) {
    const trend = runningMedian(x, w, own);
    return { trend, seasonal: new Array<number>(x.length).fill(0) };
  }
  const ma = seasonalMean(x, m);
  let seasonal = phasePattern(
    x.map((v, t) => v - ma[t]!),
    m,
    median,
  );
  let trend: number[] = [];
  for (let round = 0; round < REFINE; round++) {
    trend = runningMedian(
      x.map((v, t) => v - seasonal[t]!),
      w,
      own,
    );
    seasonal = phasePattern(
      x.map((v, t) => v - trend[t]!),
      m,
      mean,
    );
  }
  return { trend, seasonal };
}

/**
 * Decompose `y` with period `m` (1 for none; a seasonal fit wants 3 full seasons) and
 * running-median width `w` (odd), treating the indices in `flagged` as missing.
 * `tol` is how far imputed values may still move when the fit counts as settled.
 */
export function robustDecompose(
  y: readonly number[],
  m: number,
  w: number,
  flagged: readonly number[],
  tol: number,
): Decomposition {
  const own = new Set(flagged);
  const x = [...y];
  let parts = fitOnce(x, m, w, own);
  for (let pass = 0; pass < MAX_SETTLE && flagged.length; pass++) {
    let moved = 0;
    for (const i of flagged) {
      const f = parts.trend[i]! + parts.seasonal[i]!;
      moved = Math.max(moved, Math.abs(x[i]! - f));
      x[i] = f;
    }
    if (moved <= tol) break;
    parts = fitOnce(x, m, w, own);
  }
  return { ...parts, fit: parts.trend.map((v, t) => v + parts.seasonal[t]!), imputed: x };
}
