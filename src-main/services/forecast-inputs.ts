import type { MonthKey } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import type {
  ForecastCleaningDecision,
  ForecastInputs,
  ForecastMethodChoice,
  ForecastScope,
} from '../../src-shared/model';
import type { Money } from '../../src-shared/money';
import { detectAnomalies } from '../engine/forecast/anomalies';
import { scopeInputs, type InputsKey } from '../repo/forecast-inputs-repo';
import { lastActualsMonth } from '../repo/forecast-repo';
import { runCommand, type TrackedTx } from './command';
import type { WorkbookContext } from './context';
import { FREQUENCY } from './forecast-run';
import { inputsKeyOf, resolveScope } from './forecast-scope';
import { scopeHistory } from './forecast-series';
import { moneyOf } from './forecast-stats';

/** What every inputs command answers: its journal seq and the scope's inputs as now stored. */
export interface SavedInputs {
  seq: number;
  inputs: ForecastInputs;
}

type Adjustment = 'cleaning' | 'one-off' | 'level-shift';

/**
 * Run one inputs command on a scope: resolve it (unknown: 'not-found'), write in one
 * journaled transaction, answer with the inputs as stored afterwards.
 */
function inputsCommand(
  ctx: WorkbookContext,
  command: string,
  scope: ForecastScope,
  payload: unknown,
  label: (scopeLabel: string) => string,
  write: (tx: TrackedTx, key: InputsKey, stamp: string) => void,
): SavedInputs {
  const resolved = resolveScope(ctx, scope);
  const key = inputsKeyOf(scope);
  const { seq } = runCommand(ctx, { command, label: label(resolved.scope.label), payload }, (tx) =>
    write(tx, key, ctx.now().toISOString()),
  );
  return { seq, inputs: scopeInputs(ctx.db, key) };
}

const profileKey = (k: InputsKey) => ({ scope_kind: k.kind, scope_id: k.id });
const adjustmentKey = (k: InputsKey, month: MonthKey, kind: Adjustment) => ({ ...profileKey(k), month, kind });

/** Upsert the profile row; a profile back at its defaults ('auto', no baseline) is deleted. */
function writeProfile(
  tx: TrackedTx,
  key: InputsKey,
  stamp: string,
  patch: { method?: ForecastMethodChoice; baseline_start?: MonthKey | null },
): void {
  const before = tx.get('forecast_profiles', profileKey(key));
  const method = patch.method ?? before?.method ?? 'auto';
  const baseline = patch.baseline_start !== undefined ? patch.baseline_start : (before?.baseline_start ?? null);
  if (method === 'auto' && baseline === null) tx.delete('forecast_profiles', profileKey(key));
  else if (!before) {
    tx.insert('forecast_profiles', { ...profileKey(key), method, baseline_start: baseline, updated_at: stamp });
  } else if (before.method !== method || before.baseline_start !== baseline) {
    tx.update('forecast_profiles', profileKey(key), { method, baseline_start: baseline, updated_at: stamp });
  }
}

/** Upsert one adjustment row (no write when it already holds the same decision, value and reason). */
function writeAdjustment(
  tx: TrackedTx,
  key: InputsKey,
  stamp: string,
  row: { month: MonthKey; kind: Adjustment; decision: string | null; value: Money | null; reason: string },
): void {
  const id = adjustmentKey(key, row.month, row.kind);
  const before = tx.get('forecast_adjustments', id);
  const fields = { decision: row.decision, value: row.value, reason: row.reason };
  if (!before) tx.insert('forecast_adjustments', { ...id, ...fields, updated_at: stamp });
  else if (Object.entries(fields).some(([c, v]) => before[c] !== v)) {
    tx.update('forecast_adjustments', id, { ...fields, updated_at: stamp });
  }
}

/** A 'validation' error on `field` of the command, naming the scope and month. */
function refuse(field: string, message: string, details: Record<string, unknown> = {}): never {
  throw new AppError('validation', `${field}: ${message}`, { field, ...details });
}

/** `forecast/set-method`. */
export function setMethod(ctx: WorkbookContext, args: { scope: ForecastScope; method: ForecastMethodChoice }) {
  return inputsCommand(
    ctx,
    'forecast/set-method',
    args.scope,
    args,
    (l) => `Forecast ${l} with ${args.method}`,
    (tx, key, stamp) => writeProfile(tx, key, stamp, { method: args.method }),
  );
}

/** `forecast/set-baseline`. */
export function setBaseline(ctx: WorkbookContext, args: { scope: ForecastScope; baselineStart: MonthKey | null }) {
  return inputsCommand(
    ctx,
    'forecast/set-baseline',
    args.scope,
    args,
    (l) => (args.baselineStart ? `Baseline of ${l} from ${args.baselineStart}` : `Whole history as baseline of ${l}`),
    (tx, key, stamp) => writeProfile(tx, key, stamp, { baseline_start: args.baselineStart }),
  );
}

/**
 * `forecast/decide-cleaning`: accept or reject the flag on a month, storing the detector's
 * cleaned value and reason as of now; 'undecided' deletes the decision. A month the
 * detector does not flag (and with no stored decision to change) is refused.
 */
export function decideCleaning(
  ctx: WorkbookContext,
  args: { scope: ForecastScope; month: MonthKey; decision: ForecastCleaningDecision },
) {
  const key = inputsKeyOf(args.scope);
  // The same check forecast/series runs, on the history as posted, so the flag is the one the user saw.
  const { history, minorUnits } = scopeHistory(ctx, args.scope);
  const at = history?.months.indexOf(args.month) ?? -1;
  const flag =
    history && at >= 0
      ? detectAnomalies({ values: history.values.map(Number), frequency: FREQUENCY }).anomalies.find(
          (a) => a.index === at,
        )
      : undefined;
  const stored = scopeInputs(ctx.db, key).cleanings.find((c) => c.month === args.month);
  if (args.decision !== 'undecided' && !flag && !stored) {
    refuse('month', `${args.month} is not a flagged outlier of this forecast`, { month: args.month });
  }
  const value = flag ? moneyOf(flag.suggested, minorUnits) : stored?.value;
  const reason = flag?.reason ?? stored?.reason ?? '';
  return inputsCommand(
    ctx,
    'forecast/decide-cleaning',
    args.scope,
    args,
    (l) =>
      args.decision === 'undecided'
        ? `Undecide cleaning of ${args.month} in ${l}`
        : `${args.decision === 'accepted' ? 'Accept' : 'Reject'} cleaning of ${args.month} in ${l}`,
    (tx, k, stamp) => {
      if (args.decision === 'undecided') tx.delete('forecast_adjustments', adjustmentKey(k, args.month, 'cleaning'));
      else {
        writeAdjustment(tx, k, stamp, {
          month: args.month,
          kind: 'cleaning',
          decision: args.decision,
          value: value ?? null,
          reason,
        });
      }
    },
  );
}

/** `forecast/tag-one-off`: only months up to the last month with actuals can be tagged. */
export function tagOneOff(ctx: WorkbookContext, args: { scope: ForecastScope; month: MonthKey; reason: string }) {
  const last = lastActualsMonth(ctx.db);
  if (last === null || args.month > last) {
    refuse('month', `${args.month} has no actuals yet (the last month with actuals is ${last ?? 'none'})`, {
      month: args.month,
    });
  }
  return inputsCommand(
    ctx,
    'forecast/tag-one-off',
    args.scope,
    args,
    (l) => `Tag ${args.month} of ${l} as one-off`,
    (tx, key, stamp) =>
      writeAdjustment(tx, key, stamp, {
        month: args.month,
        kind: 'one-off',
        decision: null,
        value: null,
        reason: args.reason,
      }),
  );
}

/** `forecast/untag-one-off`. */
export function untagOneOff(ctx: WorkbookContext, args: { scope: ForecastScope; month: MonthKey }) {
  return inputsCommand(
    ctx,
    'forecast/untag-one-off',
    args.scope,
    args,
    (l) => `Untag one-off ${args.month} of ${l}`,
    (tx, key) => void tx.delete('forecast_adjustments', adjustmentKey(key, args.month, 'one-off')),
  );
}

/** `forecast/set-level-shift`: a null amount removes the shift of that month. */
export function setLevelShift(
  ctx: WorkbookContext,
  args: { scope: ForecastScope; month: MonthKey; amount: Money | null },
) {
  return inputsCommand(
    ctx,
    'forecast/set-level-shift',
    args.scope,
    args,
    (l) =>
      args.amount === null
        ? `Remove level shift ${args.month} of ${l}`
        : `Level shift ${args.amount} from ${args.month} in ${l}`,
    (tx, key, stamp) => {
      if (args.amount === null) tx.delete('forecast_adjustments', adjustmentKey(key, args.month, 'level-shift'));
      else {
        writeAdjustment(tx, key, stamp, {
          month: args.month,
          kind: 'level-shift',
          decision: null,
          value: args.amount,
          reason: '',
        });
      }
    },
  );
}

/**
 * `forecast/set-overrides`: only months after the last month with actuals (forecast
 * months) can be overridden; a null amount clears the month's override.
 */
export function setOverrides(
  ctx: WorkbookContext,
  args: { scope: ForecastScope; cells: { month: MonthKey; amount: Money | null }[] },
) {
  const last = lastActualsMonth(ctx.db);
  args.cells.forEach((c, i) => {
    if (last !== null && c.month <= last) {
      refuse(`cells[${i}].month`, `${c.month} has actuals (to ${last}): only forecast months can be overridden`, {
        month: c.month,
        index: i,
      });
    }
  });
  const set = args.cells.filter((c) => c.amount !== null).length;
  return inputsCommand(
    ctx,
    'forecast/set-overrides',
    args.scope,
    args,
    (l) =>
      set === 0
        ? `Clear ${args.cells.length} forecast override${args.cells.length === 1 ? '' : 's'} of ${l}`
        : `Override ${args.cells.length} forecast month${args.cells.length === 1 ? '' : 's'} of ${l}`,
    (tx, key, stamp) => {
      for (const c of args.cells) {
        const id = { ...profileKey(key), month: c.month };
        const before = tx.get('forecast_overrides', id);
        if (c.amount === null) tx.delete('forecast_overrides', id);
        else if (!before) tx.insert('forecast_overrides', { ...id, amount: c.amount, note: '', updated_at: stamp });
        else if (before.amount !== c.amount)
          tx.update('forecast_overrides', id, { amount: c.amount, updated_at: stamp });
      }
    },
  );
}
