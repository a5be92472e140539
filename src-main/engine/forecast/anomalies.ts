import { median, robustDecompose } from './anomalies-decomposition';
import type { SeriesInput } from './types';

export interface Anomaly {
  /** Position in the series (0-based). */
  index: number;
  value: number;
  /** The decomposition's fit at this point: what to use instead if the flag is accepted. */
  suggested: number;
  /** Signed distance from the typical remainder, in robust standard deviations (1.4826·MAD). */
  score: number;
  /** In words: "3.8 MADs above the seasonal pattern". */
  reason: string;
}

export interface AnomalyReport {
  /** Flagged points in series order. */
  anomalies: Anomaly[];
  /** The decomposition's fit for every point (empty when the series is too short to check). */
  fit: number[];
  /** Whether a seasonal pattern was modelled. */
  seasonal: boolean;
  notes: string[];
}

/** Consistency constant: 1.4826·MAD estimates σ for normal data. */
const MAD_TO_SD = 1.4826;
/** Running-median width for a series without a modelled season. */
const PLAIN_WINDOW = 7;
const MIN_PLAIN = 5;
/** At most this share of the points is flagged. */
const MAX_SHARE = 0.25;

/**
 * The noise level of a series with its pattern removed: 1.4826·MAD of successive
 * differences, over √2. Differences ignore level, trend and steps; the MAD ignores the
 * few differences an outlier or a step makes.
 */
function noiseScale(z: readonly number[]): number {
  const d = z.slice(1).map((v, t) => v - z[t]!);
  const c = median(d);
  return (MAD_TO_SD * median(d.map((x) => Math.abs(x - c)))) / Math.SQRT2;
}

/**
 * Flag outliers before fitting. A robust decomposition (running-median trend and, with
 * 3 full seasons, a per-phase pattern; see anomalies-decomposition.ts) is fitted, and
 * the Hampel rule applied to the remainder r: a point is flagged when
 * |r − median(r)| > k·σ̂ (k = 3), σ̂ = 1.4826·MAD, the MAD taken of the deseasonalised
 * series' successive differences (over √2) rather than of r itself, because a median fit
 * runs through some points and their zero remainders would shrink the MAD of r.
 * Points are flagged one at a time, worst first, each then treated as missing while the
 * fit is redone, so a spike does not drag its neighbours' fit along and get them flagged.
 * A series that follows its pattern exactly but for a few points has no noise: those
 * points are flagged with the reason saying so instead of a count of MADs.
 */
export function detectAnomalies(series: SeriesInput, options: { k?: number } = {}): AnomalyReport {
  const k = options.k ?? 3;
  const y = series.values;
  const n = y.length;
  const m = series.frequency;
  const notes: string[] = [];
  const seasonal = m > 1 && n >= 3 * m;
  if (m > 1 && !seasonal) notes.push(`seasonality not modelled: needs 3 full seasons (${3 * m} values), got ${n}`);
  if (!seasonal && n < MIN_PLAIN) {
    notes.push(`too short to check for outliers: needs ${MIN_PLAIN} values, got ${n}`);
    return { anomalies: [], fit: [], seasonal, notes };
  }
  const w = seasonal ? (m % 2 ? m : m + 1) : Math.min(PLAIN_WINDOW, n % 2 ? n : n - 1);
  const size = median(y.map(Math.abs)) || 1;
  // Below this spread the remainder is rounding noise: the rest fits exactly.
  const floor = 1e-7 * size;
  const flagged: number[] = [];
  for (;;) {
    const d = robustDecompose(y, seasonal ? m : 1, w, flagged, 1e-10 * size);
    const fit = d.fit;
    const r = y.map((v, t) => v - fit[t]!);
    const centre = median(r.filter((_, t) => !flagged.includes(t)));
    const sd = Math.max(noiseScale(d.imputed.map((v, t) => v - d.seasonal[t]!)), floor);
    const score = (t: number) => (r[t]! - centre) / sd;
    let worst = -1;
    for (let t = 0; t < n; t++) {
      if (!flagged.includes(t) && (worst < 0 || Math.abs(score(t)) > Math.abs(score(worst)))) worst = t;
    }
    if (worst >= 0 && Math.abs(score(worst)) > k && flagged.length < Math.floor(MAX_SHARE * n)) {
      flagged.push(worst);
      continue;
    }
    const exact = sd === floor;
    const what = seasonal ? 'the seasonal pattern' : 'the local level';
    const anomalies = [...flagged]
      .sort((a, b) => a - b)
      .map((index): Anomaly => {
        const side = score(index) > 0 ? 'above' : 'below';
        const reason = exact
          ? `${fmt(Math.abs(r[index]! - centre))} ${side} ${what}, which the other values follow exactly`
          : `${Math.abs(score(index)).toFixed(1)} MADs ${side} ${what}`;
        return { index, value: y[index]!, suggested: fit[index]! + centre, score: score(index), reason };
      });
    return { anomalies, fit: fit.map((f) => f + centre), seasonal, notes };
  }
}

/**
 * What the robust decomposition expects at every point when the points at `exclude`
 * are treated as missing (one-off events a person tagged): the fit detectAnomalies uses,
 * centred on the remainder of the other points. Null when the series is too short to
 * decompose (fewer than 5 values).
 */
export function robustExpected(series: SeriesInput, exclude: readonly number[]): number[] | null {
  const y = series.values;
  const n = y.length;
  const m = series.frequency;
  const seasonal = m > 1 && n >= 3 * m;
  if (!seasonal && n < MIN_PLAIN) return null;
  const w = seasonal ? (m % 2 ? m : m + 1) : Math.min(PLAIN_WINDOW, n % 2 ? n : n - 1);
  const size = median(y.map(Math.abs)) || 1;
  const missing = exclude.filter((t) => t >= 0 && t < n);
  const fit = robustDecompose(y, seasonal ? m : 1, w, missing, 1e-10 * size).fit;
  const rest = y.flatMap((v, t) => (missing.includes(t) ? [] : [v - fit[t]!]));
  const centre = rest.length ? median(rest) : 0;
  return fit.map((f) => f + centre);
}

const fmt = (x: number) => String(Number(x.toPrecision(6)));

/** The values with each accepted flag's point replaced by its suggested value. */
export function applyCleaning(
  values: readonly number[],
  accepted: readonly Pick<Anomaly, 'index' | 'suggested'>[],
): number[] {
  const out = [...values];
  for (const a of accepted) {
    if (!Number.isInteger(a.index) || a.index < 0 || a.index >= out.length) {
      throw new RangeError(`applyCleaning: index ${a.index} is outside the series (0…${out.length - 1})`);
    }
    out[a.index] = a.suggested;
  }
  return out;
}

/**
 * Take one-off items out of the baseline: the points at `indices` (tagged by a person,
 * flagged or not) are replaced by the robust fit, as if they had followed the pattern.
 * A series too short to decompose comes back unchanged, with a note.
 */
export function excludeOneOffs(series: SeriesInput, indices: readonly number[]): { values: number[]; notes: string[] } {
  const report = detectAnomalies(series);
  if (report.fit.length === 0) {
    return {
      values: [...series.values],
      notes: [...report.notes, 'one-off items kept: series too short to decompose'],
    };
  }
  const fit = report.fit;
  return {
    values: applyCleaning(
      series.values,
      indices.map((index) => ({ index, suggested: fit[index] ?? NaN })),
    ),
    notes: report.notes,
  };
}
