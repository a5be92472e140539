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

function mul(a: Mat, b: Mat): Mat {
  const out = mat(a.r, b.c);
  for (let i = 0; i < a.r; i++) {
    for (let k = 0; k < a.c; k++) {
      const v = a.d[i * a.c + k]!;
      if (v === 0) continue;
      for (let j = 0; j < b.c; j++) out.d[i * b.c + j] = out.d[i * b.c + j]! + v * b.d[k * b.c + j]!;
    }
  }
  return out;
}

function transpose(a: Mat): Mat {
  const out = mat(a.c, a.r);
  for (let i = 0; i < a.r; i++) for (let j = 0; j < a.c; j++) out.d[j * a.r + i] = a.d[i * a.c + j]!;
  return out;
}

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

/** Y × Bᵀ, visiting only B's non-zero entries (the Kronecker factors are sparse). */
function mulTransposed(y: Mat, b: Mat): Mat {
  const out = mat(y.r, b.r);
  for (let j = 0; j < b.r; j++) {
    for (let k = 0; k < b.c; k++) {
      const v = b.d[j * b.c + k]!;
      if (v === 0) continue;
      for (let i = 0; i < y.r; i++) out.d[i * b.r + j] = out.d[i * b.r + j]! + y.d[i * y.c + k]! * v;
    }
  }
  return out;
}

/** A × X × Bᵀ for sparse A and B. */
const sandwich = (a: Mat, x: Mat, b: Mat): Mat => mulTransposed(mul(a, x), b);

/**
 * Class 3 (ETS(M,A,M) and ETS(M,N,M)): the state is tracked as the outer product of the
 * level/trend block and the seasonal block; the moments follow Hyndman et al. (2008) §6.4,
 * including the forecast mean's σ² correction, exactly as `forecast:::class3`.
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
  // Mh = (level, trend)ᵀ · (s1 … sm), kept as vec(Mh) (column-major) for the Kronecker algebra.
  let mh = mat(q, m);
  for (let i = 0; i < q; i++) for (let j = 0; j < m; j++) mh.d[i * m + j] = fit.last[i]! * fit.last[q + j]!;
  const dim = q * m;
  let vh = mat(dim, dim);
  const f21 = kron(f2, f1);
  const g21 = kron(g2, g1);
  const kk = combo([
    [1, kron(g2, f1)],
    [1, kron(f2, g1)],
  ]);
  const mean: number[] = [];
  const variance: number[] = [];
  for (let step = 0; step < h; step++) {
    let mu = 0;
    for (let i = 0; i < q; i++) mu += mh.d[i * m + m - 1]!;
    // H21 selects the entries of vec(Mh) that belong to seasonal column m.
    let hv = 0;
    for (let a = dim - q; a < dim; a++) for (let b = dim - q; b < dim; b++) hv += vh.d[a * dim + b]!;
    mean.push(mu);
    variance.push((1 + s2) * hv + s2 * mu * mu);
    const vec = mat(dim, 1);
    for (let j = 0; j < m; j++) for (let i = 0; i < q; i++) vec.d[j * q + i] = mh.d[i * m + j]!;
    const vvt = mul(vec, transpose(vec));
    vh = combo([
      [1, sandwich(f21, vh, f21)],
      [s2, sandwich(f21, vh, g21)],
      [s2, sandwich(g21, vh, f21)],
      [
        s2,
        sandwich(
          kk,
          combo([
            [1, vh],
            [1, vvt],
          ]),
          kk,
        ),
      ],
      [
        s2 * s2,
        sandwich(
          g21,
          combo([
            [3, vh],
            [2, vvt],
          ]),
          g21,
        ),
      ],
    ]);
    mh = combo([
      [1, sandwich(f1, mh, f2)],
      [s2, sandwich(g1, mh, g2)],
    ]);
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
