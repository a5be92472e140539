import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import type { ForecastCleaningDecision, ForecastMethodChoice, ForecastScope } from '../../../src-shared/model/forecast';
import type { Money } from '../../../src-shared/money';
import { useCommand } from '../../api/useCommand';

/** The stored-input commands of one scope; each is journaled (the header's Undo takes it back). Failures toast. */
export function useForecastInputs(scope: ForecastScope) {
  const { run, busy } = useCommand();
  return {
    busy,
    setMethod: (method: ForecastMethodChoice) => run('forecast/set-method', { scope, method }),
    decide: (month: MonthKey, decision: ForecastCleaningDecision) =>
      run('forecast/decide-cleaning', { scope, month, decision }),
    tagOneOff: (month: MonthKey, reason: string) => run('forecast/tag-one-off', { scope, month, reason }),
    untagOneOff: (month: MonthKey) => run('forecast/untag-one-off', { scope, month }),
    setBaseline: (baselineStart: MonthKey | null) => run('forecast/set-baseline', { scope, baselineStart }),
    setLevelShift: (month: MonthKey, amount: Money | null) => run('forecast/set-level-shift', { scope, month, amount }),
    setOverrides: (cells: { month: MonthKey; amount: Money | null }[]) =>
      run('forecast/set-overrides', { scope, cells }),
  };
}

export type ForecastInputCommands = ReturnType<typeof useForecastInputs>;
