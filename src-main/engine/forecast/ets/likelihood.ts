/**
 * The function the ETS optimiser minimises, as `forecast::ets` defines it (opt.crit = "lik",
 * bounds = "both"): R's "lik" — n·log(SSE) for additive errors, plus 2·Σ log|ŷ| for
 * multiplicative ones, i.e. −2·log-likelihood up to a constant — or +Infinity outside the
 * usual bounds (alpha, beta < alpha, gamma < 1 − alpha, phi) or the admissible region.
 */
import { LOWER, UPPER } from './init';
import type { Objective } from '../optimize/nelder-mead';
import { likKernel, type LikKernel } from './kernels';
import type { EtsParams, EtsSpec } from './models';

// Reused work arrays: the objective runs thousands of times per fit, and an engine call
// never re-enters itself, so one set per module is enough.
const scratchArrays: Float64Array[] = [];

/** Work array `slot` with at least `length` elements (contents unspecified). */
function scratch(slot: number, length: number): Float64Array {
  const have = scratchArrays[slot];
  if (have && have.length >= length) return have;
  const fresh = new Float64Array(Math.max(length, 32));
  scratchArrays[slot] = fresh;
  return fresh;
}

/** radius^0, radius^1, … as the running product r *= radius gives them, per radius. */
const powerTables = new Map<number, Float64Array>();

function powersOf(radius: number, count: number): Float64Array {
  const have = powerTables.get(radius);
  if (have && have.length >= count) return have;
  const pw = new Float64Array(Math.max(count, 32));
  let r = 1;
  for (let i = 0; i < pw.length; i++) {
    pw[i] = r;
    r *= radius;
  }
  if (powerTables.size < 8) powerTables.set(radius, pw);
  return pw;
}

/**
 * True when every root of the monic polynomial Σ c[i]·z^i (c[d] = 1) has modulus at most
 * `radius`: a Schur–Cohn test on P(radius·z), which needs no root finding. Only the first
 * `length` coefficients of `c` are read.
 */
export function rootsWithin(c: ArrayLike<number>, radius: number, length = c.length): boolean {
  const d = length - 1;
  const a = scratch(0, d + 1);
  const pw = powersOf(radius, d + 1);
  for (let i = 0; i <= d; i++) a[i] = c[i]! * pw[i]!;
  return schurCohn(a, scratch(1, d + 1), d);
}

/**
 * The reduction behind {@link rootsWithin} on `a` (degree `d`, scaled already), with `next`
 * as work space; both are overwritten. Each step maps P to (P − (a0/ad)·reversed P)/z, whose
 * roots lie in the unit circle exactly when P's do (given |a0| < |ad|). This is the classic
 * reduction divided by ad, which keeps the leading coefficient shrinking instead of
 * squaring the scale.
 */
function schurCohn(a: Float64Array, next: Float64Array, d: number): boolean {
  while (d > 0) {
    const a0 = a[0]!;
    const ad = a[d]!;
    if (!(Math.abs(a0) < Math.abs(ad))) return false;
    const ratio = a0 / ad;
    for (let i = 0; i < d; i++) next[i] = a[i + 1]! - ratio * a[d - 1 - i]!;
    const t = a;
    a = next;
    next = t;
    d--;
  }
  return true;
}

/** How far outside the unit circle a root may lie and still count as inside (as `ets`). */
const RADIUS = 1 + 1e-10;

/**
 * The admissible region of Hyndman et al. (2008): the parameters for which the model is
 * forecastable (the discount matrix's eigenvalues lie in the unit circle), tested as `ets` does.
 */
export function admissible(spec: EtsSpec, p: EtsParams, m: number): boolean {
  const phi = spec.damped ? p.phi : 1;
  const beta = spec.trend !== 'N' ? p.beta : 0;
  return admissibleScalar(spec.season !== 'N', spec.trend !== 'N', p.alpha, beta, p.gamma, phi, m);
}

/** {@link admissible} on plain numbers (beta 0 without a trend, phi 1 without damping). */
function admissibleScalar(
  seasonal: boolean,
  hasTrend: boolean,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  m: number,
): boolean {
  if (phi < 0 || phi > 1 + 1e-8) return false;
  if (!seasonal) {
    if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) return false;
    if (hasTrend && (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha))) return false;
    return true;
  }
  if (m <= 1) return true;
  if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) return false;
  if (alpha < 1 - 1 / phi - (gamma * (1 - m + phi + phi * m)) / (2 * phi * m)) return false;
  if (beta < -(1 - phi) * (gamma / m + alpha)) return false;
  // The polynomial's coefficients, already scaled by the radius' powers (as rootsWithin would).
  const a = scratch(0, m + 2);
  const pw = powersOf(RADIUS, m + 2);
  const middle = alpha + beta - alpha * phi;
  a[0] = phi * (1 - alpha - gamma) * pw[0]!;
  a[1] = (alpha + beta - alpha * phi + gamma - 1) * pw[1]!;
  for (let i = 2; i < m; i++) a[i] = middle * pw[i]!;
  a[m] = (alpha + beta - phi) * pw[m]!;
  a[m + 1] = pw[m + 1]!;
  return schurCohn(a, scratch(1, m + 2), m + 1);
}

/** Number of smoothing parameters the model optimises. */
export function smoothingCount(spec: EtsSpec): number {
  return 1 + (spec.trend !== 'N' ? 1 : 0) + (spec.season !== 'N' ? 1 : 0) + (spec.damped ? 1 : 0);
}

/** Split an optimiser vector into smoothing parameters (missing ones neutral). */
export function unpackParams(spec: EtsSpec, v: ArrayLike<number>): EtsParams {
  let i = 0;
  const alpha = v[i++]!;
  const beta = spec.trend !== 'N' ? v[i++]! : 0;
  const gamma = spec.season !== 'N' ? v[i++]! : 0;
  const phi = spec.damped ? v[i++]! : 1;
  return { alpha, beta, gamma, phi };
}

/**
 * Fill `x0` (R's state layout, all m seasonal states) from an optimiser vector: the last
 * seasonal state is implied by the others (they sum to 0, or to m when multiplicative).
 */
export function unpackState(spec: EtsSpec, v: ArrayLike<number>, m: number, x0: Float64Array): void {
  const k = smoothingCount(spec);
  const free = x0.length - (spec.season !== 'N' ? 1 : 0);
  for (let i = 0; i < free; i++) x0[i] = v[k + i]!;
  if (spec.season === 'N') return;
  const off = spec.trend !== 'N' ? 2 : 1;
  let sum = 0;
  for (let i = off; i < free; i++) sum += x0[i]!;
  x0[free] = (spec.season === 'M' ? m : 0) - sum;
}

/** Length of the full state vector (level, trend, m seasonal states). */
export function stateLength(spec: EtsSpec, m: number): number {
  return 1 + (spec.trend !== 'N' ? 1 : 0) + (spec.season !== 'N' ? m : 0);
}

// Bounds as locals: the imported objects are read on every evaluation.
const LO_ALPHA = LOWER.alpha;
const LO_BETA = LOWER.beta;
const LO_GAMMA = LOWER.gamma;
const LO_PHI = LOWER.phi;
const UP_ALPHA = UPPER.alpha;
const UP_BETA = UPPER.beta;
const UP_GAMMA = UPPER.gamma;
const UP_PHI = UPPER.phi;

/**
 * The objective for the optimiser over [smoothing params…, free initial states…]:
 * R's "lik", or +Infinity outside `ets`'s usual bounds, the admissible region, or for
 * negative multiplicative seasonals. The cheap bound checks come first. Given a `bound`
 * (see the Nelder–Mead Objective), the likelihood runs next and may stop early, and the
 * root test of the admissible region only runs for a point that beats the bound: a point
 * at or above it is discarded whether admissible or not. Nothing is allocated per evaluation.
 * `kernel` computes the likelihood itself (default: the model's from kernels.ts).
 */
export function makeObjective(
  y: ArrayLike<number>,
  m: number,
  spec: EtsSpec,
  kernel: LikKernel = likKernel(y, m, spec),
): Objective {
  const x0 = new Float64Array(stateLength(spec, m));
  const hasTrend = spec.trend !== 'N';
  const seasonal = spec.season !== 'N';
  const damped = spec.damped;
  const multSeason = spec.season === 'M';
  const off = hasTrend ? 2 : 1;
  const k = smoothingCount(spec);
  const free = x0.length - (seasonal ? 1 : 0);
  const seasonSum = multSeason ? m : 0;
  return (v, bound = Infinity) => {
    let i = 0;
    const alpha = v[i++]!;
    const beta = hasTrend ? v[i++]! : 0;
    const gamma = seasonal ? v[i++]! : 0;
    const phi = damped ? v[i++]! : 1;
    if (alpha < LO_ALPHA || alpha > UP_ALPHA) return Infinity;
    if (hasTrend && (beta < LO_BETA || beta > alpha || beta > UP_BETA)) return Infinity;
    if (damped && (phi < LO_PHI || phi > UP_PHI)) return Infinity;
    if (seasonal && (gamma < LO_GAMMA || gamma > 1 - alpha || gamma > UP_GAMMA)) return Infinity;
    for (let j = 0; j < free; j++) x0[j] = v[k + j]!;
    if (seasonal) {
      let sum = 0;
      for (let j = off; j < free; j++) sum += x0[j]!;
      x0[free] = seasonSum - sum;
      if (multSeason) {
        for (let j = off; j < x0.length; j++) if (x0[j]! < 0) return Infinity;
      }
    }
    let lik = kernel(alpha, beta, gamma, phi, x0, bound);
    if (lik < -1e10) lik = -1e10; // a perfect fit: keep the value finite, as ets does
    if (Number.isNaN(lik)) return Infinity;
    if (lik >= bound) return lik;
    return admissibleScalar(seasonal, hasTrend, alpha, beta, gamma, phi, m) ? lik : Infinity;
  };
}
