/**
 * Forecast means and variances of fitted ETS models, as `forecast::forecast.ets` computes them
 * (Hyndman et al. 2008, ch. 6): the exact "class 1" formulas for the linear additive-error
 * models (FPP3 Table 8.8) and the analytic "class 3" approximation for multiplicative error
 * and seasonality with an additive trend, ETS(M,A,M). No simulation, so results are deterministic.
 */
import type { EtsFit } from './fit';
import { etsPointForecast } from './models';

/** Mean and variance of the forecast distribution at steps 1..h. */
export interface ForecastMoments {
  mean: number[];
  variance: number[];
}

/**
 * Class 1 (ANN, AAN, AAdN, AAA): the mean is the point forecast and
 * var_h = σ²·(1 + Σ_{j<h} c_j²) with c_j = α + β·(φ + … + φ^j) + γ·[j ≡ 0 mod m].
 */
function class1(fit: EtsFit, h: number): ForecastMoments {
  const { alpha, beta, gamma } = fit.params;
  const phi = fit.spec.damped ? fit.params.phi : 1;
  const hasTrend = fit.spec.trend !== 'N';
  const seasonal = fit.spec.season !== 'N';
  const mean = etsPointForecast(fit.last, fit.m, fit.spec, fit.params, h);
  const variance: number[] = [];
  let acc = 1;
  let phiSum = 0;
  let phiPow = 1;
  for (let step = 1; step <= h; step++) {
    variance.push(fit.sigma2 * acc);
    phiPow *= phi;
    phiSum += phiPow;
    const c = alpha + (hasTrend ? beta * phiSum : 0) + (seasonal && step % fit.m === 0 ? gamma : 0);
    acc += c * c;
  }
  return { mean, variance };
}

/** A dense row-major matrix. */
interface Mat {
  r: number;
  c: number;
  d: Float64Array;
}

const mat = (r: number, c: number): Mat => ({ r, c, d: new Float64Array(r * c) });

/** Σ wᵢ·Aᵢ for matrices of one shape. */
function combo(terms: [number, Mat][]): Mat {
  const first = terms[0]![1];
  const out = mat(first.r, first.c);
  for (const [w, a] of terms) for (let i = 0; i < out.d.length; i++) out.d[i] = out.d[i]! + w * a.d[i]!;
  return out;
}

function kron(a: Mat, b: Mat): Mat {
  const out = mat(a.r * b.r, a.c * b.c);
  for (let i = 0; i < a.r; i++)
    for (let j = 0; j < a.c; j++)
      for (let k = 0; k < b.r; k++)
        for (let l = 0; l < b.c; l++)
          out.d[(i * b.r + k) * out.c + j * b.c + l] = a.d[i * a.c + j]! * b.d[k * b.c + l]!;
  return out;
}

/** A constant matrix's non-zero entries in row-major order (row, column, value). */
interface Sparse {
  r: number;
  c: number;
  row: Int32Array;
  col: Int32Array;
  val: Float64Array;
}

function sparse(a: Mat): Sparse {
  const at: number[] = [];
  for (let i = 0; i < a.d.length; i++) if (a.d[i] !== 0) at.push(i);
  return {
    r: a.r,
    c: a.c,
    row: Int32Array.from(at, (i) => Math.floor(i / a.c)),
    col: Int32Array.from(at, (i) => i % a.c),
    val: Float64Array.from(at, (i) => a.d[i]!),
  };
}

/**
 * out = A × X (X dense with `xc` columns), visiting A's non-zero entries in row-major order,
 * so that every output entry accumulates its terms in the same order as a dense product
 * that skips zeros.
 */
function mulSparse(a: Sparse, x: Float64Array, xc: number, out: Float64Array): void {
  out.fill(0, 0, a.r * xc);
  for (let e = 0; e < a.val.length; e++) {
    const i = a.row[e]! * xc;
    const k = a.col[e]! * xc;
    const v = a.val[e]!;
    for (let j = 0; j < xc; j++) out[i + j] = out[i + j]! + v * x[k + j]!;
  }
}

/** out = Y × Bᵀ (Y dense, `yr` × B's column count), visiting B's non-zero entries in order. */
function mulTransposedSparse(y: Float64Array, yr: number, b: Sparse, out: Float64Array): void {
  out.fill(0, 0, yr * b.r);
  for (let e = 0; e < b.val.length; e++) {
    const j = b.row[e]!;
    const k = b.col[e]!;
    const v = b.val[e]!;
    for (let i = 0; i < yr; i++) out[i * b.r + j] = out[i * b.r + j]! + y[i * b.c + k]! * v;
  }
}

/** out = A × X × Bᵀ for constant sparse A and B; `tmp` holds A × X. */
function sandwich(a: Sparse, x: Float64Array, b: Sparse, tmp: Float64Array, out: Float64Array): void {
  mulSparse(a, x, b.c, tmp);
  mulTransposedSparse(tmp, a.r, b, out);
}

/**
 * Class 3 (ETS(M,A,M) and ETS(M,N,M)): the state is tracked as the outer product of the
 * level/trend block and the seasonal block; the moments follow Hyndman et al. (2008) §6.4,
 * including the forecast mean's σ² correction, exactly as `forecast:::class3`. The system
 * matrices are constant and sparse, so products visit only their non-zero entries, and the
 * work matrices are allocated once per call (the same sums in the same order as dense
 * products that skip zeros).
 */
function class3(fit: EtsFit, h: number): ForecastMoments {
  const { alpha, beta, gamma } = fit.params;
  const m = fit.m;
  const s2 = fit.sigma2;
  const trend = fit.spec.trend !== 'N';
  const q = trend ? 2 : 1;
  const phi = fit.spec.damped ? fit.params.phi : 1;
  const f1 = mat(q, q);
  const g1 = mat(q, q);
  f1.d.set(trend ? [1, 1, 0, phi] : [1]);
  g1.d.set(trend ? [alpha, alpha, beta, beta] : [alpha]);
  const f2 = mat(m, m);
  f2.d[m - 1] = 1;
  for (let i = 1; i < m; i++) f2.d[i * m + i - 1] = 1;
  const g2 = mat(m, m);
  g2.d[m - 1] = gamma;
  const dim = q * m;
  const F21 = sparse(kron(f2, f1));
  const G21 = sparse(kron(g2, g1));
  const KK = sparse(
    combo([
      [1, kron(g2, f1)],
      [1, kron(f2, g1)],
    ]),
  );
  const [F1, G1, F2, G2] = [sparse(f1), sparse(g1), sparse(f2), sparse(g2)];
  // Mh = (level, trend)ᵀ · (s1 … sm), kept as vec(Mh) (column-major) for the Kronecker algebra.
  let mh = new Float64Array(q * m);
  for (let i = 0; i < q; i++) for (let j = 0; j < m; j++) mh[i * m + j] = fit.last[i]! * fit.last[q + j]!;
  let vh = new Float64Array(dim * dim);
  const [vvt, tmp, mix] = [new Float64Array(dim * dim), new Float64Array(dim * dim), new Float64Array(dim * dim)];
  const terms = Array.from({ length: 5 }, () => new Float64Array(dim * dim));
  const [mh1, mh2] = [new Float64Array(q * m), new Float64Array(q * m)];
  const vec = new Float64Array(dim);
  const mean: number[] = [];
  const variance: number[] = [];
  for (let step = 0; step < h; step++) {
    let mu = 0;
    for (let i = 0; i < q; i++) mu += mh[i * m + m - 1]!;
    // H21 selects the entries of vec(Mh) that belong to seasonal column m.
    let hv = 0;
    for (let a = dim - q; a < dim; a++) for (let b = dim - q; b < dim; b++) hv += vh[a * dim + b]!;
    mean.push(mu);
    variance.push((1 + s2) * hv + s2 * mu * mu);
    for (let j = 0; j < m; j++) for (let i = 0; i < q; i++) vec[j * q + i] = mh[i * m + j]!;
    // vec × vecᵀ as the dense product computes it: rows of a zero entry stay 0.
    for (let i = 0; i < dim; i++) {
      const v = vec[i]!;
      for (let j = 0; j < dim; j++) vvt[i * dim + j] = v === 0 ? 0 : 0 + v * vec[j]!;
    }
    sandwich(F21, vh, F21, tmp, terms[0]!);
    sandwich(F21, vh, G21, tmp, terms[1]!);
    sandwich(G21, vh, F21, tmp, terms[2]!);
    for (let i = 0; i < mix.length; i++) mix[i] = 0 + 1 * vh[i]! + 1 * vvt[i]!;
    sandwich(KK, mix, KK, tmp, terms[3]!);
    for (let i = 0; i < mix.length; i++) mix[i] = 0 + 3 * vh[i]! + 2 * vvt[i]!;
    sandwich(G21, mix, G21, tmp, terms[4]!);
    const next = new Float64Array(dim * dim);
    const [t0, t1, t2, t3, t4] = terms as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    const s4 = s2 * s2;
    for (let i = 0; i < next.length; i++) {
      next[i] = 0 + 1 * t0[i]! + s2 * t1[i]! + s2 * t2[i]! + s2 * t3[i]! + s4 * t4[i]!;
    }
    vh = next;
    sandwich(F1, mh, F2, tmp, mh1);
    sandwich(G1, mh, G2, tmp, mh2);
    const nextMh = new Float64Array(q * m);
    for (let i = 0; i < nextMh.length; i++) nextMh[i] = 0 + 1 * mh1[i]! + s2 * mh2[i]!;
    mh = nextMh;
  }
  return { mean, variance };
}

/** Forecast mean and variance for steps 1..h of a fitted model (class 1 or class 3). */
export function forecastMoments(fit: EtsFit, h: number): ForecastMoments {
  if (fit.spec.error === 'A' && fit.spec.season !== 'M') return class1(fit, h);
  if (fit.spec.error === 'M' && fit.spec.season === 'M') return class3(fit, h);
  throw new Error(`No analytic forecast variance for this ETS model`);
}

/** Standard normal quantiles for two-sided 80 % and 95 % intervals (qnorm(0.9), qnorm(0.975)). */
export const Z80 = 1.2815515655446004;
/** See {@link Z80}. */
export const Z95 = 1.959963984540054;
