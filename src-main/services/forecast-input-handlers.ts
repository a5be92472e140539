import type { Handlers } from '../../src-shared/ipc/contract';
import { scopeInputs } from '../repo/forecast-inputs-repo';
import type { WorkbookContext } from './context';
import {
  decideCleaning,
  setBaseline,
  setLevelShift,
  setMethod,
  setOverrides,
  tagOneOff,
  untagOneOff,
} from './forecast-inputs';
import { inputsKeyOf, resolveScope } from './forecast-scope';

type SliceHandlers = Pick<
  Handlers,
  | 'forecast/get-inputs'
  | 'forecast/set-method'
  | 'forecast/decide-cleaning'
  | 'forecast/tag-one-off'
  | 'forecast/untag-one-off'
  | 'forecast/set-baseline'
  | 'forecast/set-level-shift'
  | 'forecast/set-overrides'
>;

/** The channels of forecast inputs (method, cleanings, one-offs, re-baselines, overrides). */
export function forecastInputHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'forecast/get-inputs': ({ scope }) => {
      resolveScope(ctx, scope);
      return scopeInputs(ctx.db, inputsKeyOf(scope));
    },
    'forecast/set-method': (args) => setMethod(ctx, args),
    'forecast/decide-cleaning': (args) => decideCleaning(ctx, args),
    'forecast/tag-one-off': (args) => tagOneOff(ctx, args),
    'forecast/untag-one-off': (args) => untagOneOff(ctx, args),
    'forecast/set-baseline': (args) => setBaseline(ctx, args),
    'forecast/set-level-shift': (args) => setLevelShift(ctx, args),
    'forecast/set-overrides': (args) => setOverrides(ctx, args),
  };
}
