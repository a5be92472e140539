import { z } from 'zod';
import { FORECAST_CLEANING_DECISIONS, FORECAST_METHOD_CHOICES, type ForecastInputs } from '../model/forecast';
import { zForecastScope } from './forecast-contract';
import { zMoney, zMonth } from './schemas';

type Seq = { seq: number };
/** Every write answers with its journal seq and the scope's inputs as now stored. */
type Saved = Seq & { inputs: ForecastInputs };

/** The most forecast cells one call may override or clear (36 months × a few scopes). */
const MAX_OVERRIDE_CELLS = 500;

/**
 * What a user stores about one scope's forecast (a budget line, a dimension member or the
 * total; a line's `scenarioId` only checks it): the method, cleaning decisions on flagged
 * outliers, one-off months, a baseline start, level shifts and overridden forecast months.
 * forecast/series and forecast/scenario apply them every time they forecast the scope.
 * Every write is one journaled, undoable command; a write that changes nothing writes no
 * journal row. Unknown scopes are 'not-found'; bad fields are 'validation' naming them.
 */
export const forecastInputsContract = {
  /** The scope's stored inputs ('auto' and empty lists when nothing is stored). */
  'forecast/get-inputs': { input: z.object({ scope: zForecastScope }), output: null as unknown as ForecastInputs },
  /** Store the method the scope's forecast uses when a call names none. */
  'forecast/set-method': {
    input: z.object({ scope: zForecastScope, method: z.enum(FORECAST_METHOD_CHOICES) }),
    output: null as unknown as Saved,
  },
  /**
   * Accept (use the detector's cleaned value) or reject (keep the posted value) the flag
   * on `month`, storing the cleaned value and the detector's reason; 'undecided' forgets
   * the decision. A month the detector does not flag is a 'validation' error naming it.
   */
  'forecast/decide-cleaning': {
    input: z.object({ scope: zForecastScope, month: zMonth, decision: z.enum(FORECAST_CLEANING_DECISIONS) }),
    output: null as unknown as Saved,
  },
  /** Tag a history month as a one-off event (left out of the baseline); tagging again renames it. */
  'forecast/tag-one-off': {
    input: z.object({ scope: zForecastScope, month: zMonth, reason: z.string().trim().min(1).max(200) }),
    output: null as unknown as Saved,
  },
  /** Remove a one-off tag (no-op when the month has none). */
  'forecast/untag-one-off': {
    input: z.object({ scope: zForecastScope, month: zMonth }),
    output: null as unknown as Saved,
  },
  /** Fit from `baselineStart` on (earlier history is left out); null fits the whole history again. */
  'forecast/set-baseline': {
    input: z.object({ scope: zForecastScope, baselineStart: zMonth.nullable() }),
    output: null as unknown as Saved,
  },
  /** A level change of `amount` (Money, signed, base currency) from `month` on; null removes it. */
  'forecast/set-level-shift': {
    input: z.object({ scope: zForecastScope, month: zMonth, amount: zMoney.nullable() }),
    output: null as unknown as Saved,
  },
  /** Override forecast months with typed amounts (Money, base currency); a null amount clears the month's override. */
  'forecast/set-overrides': {
    input: z.object({
      scope: zForecastScope,
      cells: z
        .array(z.object({ month: zMonth, amount: zMoney.nullable() }))
        .min(1)
        .max(MAX_OVERRIDE_CELLS),
    }),
    output: null as unknown as Saved,
  },
} as const;
