/**
 * Forecasting from a fitted ETS model with its parameters held fixed: the recursion is run
 * over a shorter history from the fit's initial state, and the point forecast continues
 * from the state it ends in. This is how `forecast::tsCV` evaluates a model passed in with
 * `model = fit` (parameters not re-estimated), and it costs one pass over the history
 * instead of a Nelder–Mead search of thousands of evaluations.
 */
import { EngineInputError } from '../../errors';
import type { PointForecaster } from '../backtest';
import type { EtsFit } from './fit';
import { etsPointForecast, etsRun } from './models';

/**
 * A forecaster that applies `fit` (parameters and initial state estimated on a full history)
 * to any prefix of that history. Non-finite forecasts (a degenerate state) are returned as
 * they are; the backtest then scores them as errors of infinite size rather than hiding them.
 * @throws EngineInputError when the history is longer than the one the model was fitted on
 *   (the state would have to be extrapolated beyond the fitted data)
 */
export function fixedParameterForecaster(fit: EtsFit): PointForecaster {
  const last = new Float64Array(fit.initial.length);
  return (series, horizon) => {
    if (series.values.length > fit.fitted.length) {
      throw new EngineInputError(
        `fixed-parameter forecast: history of ${series.values.length} is longer than the fitted ${fit.fitted.length}`,
        'backtest',
        'values',
      );
    }
    etsRun(series.values, fit.m, fit.spec, fit.params, fit.initial, undefined, last);
    return { mean: etsPointForecast(last, fit.m, fit.spec, fit.params, horizon) };
  };
}
