/**
 * Forecast accuracy measures, as R's forecast package and the M4 competition define them.
 * Plain numbers: these are statistics of a forecast, not amounts.
 */

export interface Accuracy {
  /** Mean absolute error. */
  mae: number;
  /** Root mean squared error. */
  rmse: number;
  /** Mean absolute scaled error; NaN when the training data give no scale (constant history). */
  mase: number;
  /** Symmetric MAPE in percent (0–200). */
  smape: number;
}

/**
 * The MASE scale: the in-sample MAE of the seasonal naive forecast, mean |y_t − y_{t−m}|
 * with m = frequency, as R's `accuracy()`; a history not longer than one season (or
 * frequency 1) uses m = 1. NaN with fewer than 2 values.
 */
export function maseScale(training: readonly number[], frequency: number): number {
  const m = frequency > 1 && training.length > frequency ? frequency : 1;
  if (training.length <= m) return NaN;
  let s = 0;
  for (let t = m; t < training.length; t++) s += Math.abs(training[t]! - training[t - m]!);
  return s / (training.length - m);
}

/** One sMAPE term as in M4: 200·|y − f| / (|y| + |f|), 0 when both are 0. */
export function smapeTerm(actual: number, forecast: number): number {
  const denom = Math.abs(actual) + Math.abs(forecast);
  return denom === 0 ? 0 : (200 * Math.abs(actual - forecast)) / denom;
}

/** MASE from an absolute error and a scale: NaN for a zero or missing scale. */
export function scaled(absError: number, scale: number): number {
  return scale > 0 ? absError / scale : NaN;
}

/**
 * Accuracy of `forecast` against `actual` (same length, at least 1), with MASE scaled
 * by the training history (R: `accuracy(f, x)`, the test-set row).
 * @throws RangeError when the lengths differ or are zero
 */
export function accuracy(
  actual: readonly number[],
  forecast: readonly number[],
  training: readonly number[],
  frequency: number,
): Accuracy {
  if (actual.length !== forecast.length || actual.length === 0) {
    throw new RangeError(`accuracy: ${actual.length} actuals against ${forecast.length} forecasts`);
  }
  let abs = 0;
  let sq = 0;
  let sm = 0;
  for (let i = 0; i < actual.length; i++) {
    const e = actual[i]! - forecast[i]!;
    abs += Math.abs(e);
    sq += e * e;
    sm += smapeTerm(actual[i]!, forecast[i]!);
  }
  const n = actual.length;
  const mae = abs / n;
  return { mae, rmse: Math.sqrt(sq / n), mase: scaled(mae, maseScale(training, frequency)), smape: sm / n };
}
