/**
 * The function the ETS optimiser minimises, as `forecast::ets` defines it (opt.crit = "lik",
 * bounds = "both"): R's "lik" — n·log(SSE) for additive errors, plus 2·Σ log|ŷ| for
 * multiplicative ones, i.e. −2·log-likelihood up to a constant — or +Infinity outside the
 * usual bounds (alpha, beta < alpha, gamma < 1 − alpha, phi) or the admissible region.
 */
import { LOWER, UPPER } from './init';
import { etsRun, type EtsParams, type EtsSpec } from './models';

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

/**
 * True when every root of the monic polynomial Σ c[i]·z^i (c[d] = 1) has modulus at most
 * `radius`: a Schur–Cohn test on P(radius·z), which needs no root finding. Only the first
 * `length` coefficients of `c` are read.
 */
export function rootsWithin(c: ArrayLike<number>, radius: number, length = c.length): boolean {
  let d = length - 1;
  const a = scratch(0, d + 1);
  const prev = scratch(1, d + 1);
  let r = 1;
  for (let i = 0; i <= d; i++) {
    a[i] = c[i]! * r;
    r *= radius;
  }
  while (d > 0) {
    const a0 = a[0]!;
    const ad = a[d]!;
    if (!(Math.abs(a0) < Math.abs(ad))) return false;
    for (let i = 0; i <= d; i++) prev[i] = a[i]!;
    for (let i = 0; i < d; i++) a[i] = (ad * prev[i + 1]! - a0 * prev[d - 1 - i]!) / (ad * ad);
    d--;
  }
  return true;
}

/**
 * The admissible region of Hyndman et al. (2008): the parameters for which the model is
 * forecastable (the discount matrix's eigenvalues lie in the unit circle), tested as `ets` does.
 */
export function admissible(spec: EtsSpec, p: EtsParams, m: number): boolean {
  const phi = spec.damped ? p.phi : 1;
  const { alpha } = p;
  if (phi < 0 || phi > 1 + 1e-8) return false;
  if (spec.season === 'N') {
    if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) return false;
    if (spec.trend !== 'N' && (p.beta < alpha * (phi - 1) || p.beta > (1 + phi) * (2 - alpha))) return false;
    return true;
  }
  if (m <= 1) return true;
  const beta = spec.trend !== 'N' ? p.beta : 0;
  const { gamma } = p;
  if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) return false;
  if (alpha < 1 - 1 / phi - (gamma * (1 - m + phi + phi * m)) / (2 * phi * m)) return false;
  if (beta < -(1 - phi) * (gamma / m + alpha)) return false;
  const poly = scratch(2, m + 2);
  poly[0] = phi * (1 - alpha - gamma);
  poly[1] = alpha + beta - alpha * phi + gamma - 1;
  for (let i = 2; i < m; i++) poly[i] = alpha + beta - alpha * phi;
  poly[m] = alpha + beta - phi;
  poly[m + 1] = 1;
  return rootsWithin(poly, 1 + 1e-10, m + 2);
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

/** Whether the smoothing parameters are inside `ets`'s usual bounds. */
function withinBounds(spec: EtsSpec, p: EtsParams): boolean {
  if (p.alpha < LOWER.alpha || p.alpha > UPPER.alpha) return false;
  if (spec.trend !== 'N' && (p.beta < LOWER.beta || p.beta > p.alpha || p.beta > UPPER.beta)) return false;
  if (spec.damped && (p.phi < LOWER.phi || p.phi > UPPER.phi)) return false;
  if (spec.season !== 'N' && (p.gamma < LOWER.gamma || p.gamma > 1 - p.alpha || p.gamma > UPPER.gamma)) {
    return false;
  }
  return true;
}

/** Length of the full state vector (level, trend, m seasonal states). */
export function stateLength(spec: EtsSpec, m: number): number {
  return 1 + (spec.trend !== 'N' ? 1 : 0) + (spec.season !== 'N' ? m : 0);
}

/**
 * The objective for the optimiser over [smoothing params…, free initial states…]:
 * R's "lik", or +Infinity for inadmissible parameters or negative multiplicative seasonals.
 */
export function makeObjective(y: ArrayLike<number>, m: number, spec: EtsSpec): (v: Float64Array) => number {
  const x0 = new Float64Array(stateLength(spec, m));
  const off = spec.trend !== 'N' ? 2 : 1;
  return (v) => {
    const p = unpackParams(spec, v);
    if (!withinBounds(spec, p) || !admissible(spec, p, m)) return Infinity;
    unpackState(spec, v, m, x0);
    if (spec.season === 'M') {
      for (let i = off; i < x0.length; i++) if (x0[i]! < 0) return Infinity;
    }
    let { lik } = etsRun(y, m, spec, p, x0);
    if (lik < -1e10) lik = -1e10; // a perfect fit: keep the value finite, as ets does
    return Number.isNaN(lik) ? Infinity : lik;
  };
}
