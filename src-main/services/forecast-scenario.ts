import { addMonths } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import type {
  ForecastInputs,
  ForecastMethodChoice,
  ForecastScenarioBy,
  ScenarioForecast,
  ScenarioForecastRow,
} from '../../src-shared/model';
import { emptyInputs, inputsKeyString, inputsOfKind } from '../repo/forecast-inputs-repo';
import {
  dimensionMembers,
  forecastLinesOfScenario,
  lastActualsMonth,
  listForecastActuals,
  type ForecastActual,
  type LineDimensions,
} from '../repo/forecast-repo';
import { findScenario } from '../repo/scenarios-repo';
import { loadAccountingEnv } from './accounting-env';
import type { RunContext } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';
import { monthlyHistories, type MonthlyHistory } from './forecast-history';
import { runForecastMany } from '../forecast-workers/pool';
import type { RunRequest, RunResult } from './forecast-run';
import { LINE_NO_HISTORY, lineLabel, SCOPE_NAMES } from './forecast-scope';
import { fiscalYearTotals, paramsSummary } from './forecast-stats';

export interface ScenarioArgs {
  scenarioId: string;
  horizon: number;
  /** Omitted: each row's stored method. */
  method?: ForecastMethodChoice | undefined;
  by: ForecastScenarioBy;
}

/** A row to forecast: its identity and the key of its history. */
interface RowSpec {
  key: string;
  label: string;
  description: string;
  historyKey: string;
  /** The note of a row without actuals. */
  noHistory: string;
  extraNotes: string[];
}

/** Fewer distinct runs than this are forecast in the calling thread: starting workers would cost more. */
const IN_THREAD_BELOW = 24;

const dimKey = (d: LineDimensions) => `${d.costCenterId}|${d.serviceId}|${d.accountId}|${d.vendorId ?? ''}`;

type Grouped = Exclude<ForecastScenarioBy, 'line'>;

/** The member an actual or a line belongs to, per grouping. */
const GROUP_OF: Record<Grouped, (d: LineDimensions & { towerId: string }) => string> = {
  'cost-center': (d) => d.costCenterId,
  service: (d) => d.serviceId,
  tower: (d) => d.towerId,
  account: (d) => d.accountId,
};

/**
 * `forecast/scenario`: a forecast per budget line of a scenario (its history: the actuals
 * on the same cost center, service, account and vendor) or per cost center, service,
 * tower or account (every actual of the member; the members of the scenario's lines and
 * those with actuals). Each row has its method, parameters, backtest MASE and sMAPE (of
 * the method used; `auto` backtests every model), the forecast per month and its total
 * per fiscal year. Each row's stored inputs apply (cleanings, one-offs, baseline, level
 * shifts, overrides: `mean` and `years` are the effective forecast, `overridden` its
 * typed months) and its stored method unless the call names one. Rows without actuals
 * are kept with a note. Lines on the same dimensions with the same inputs share one
 * history and are forecast once. The distinct forecasts run on the worker pool (in this
 * thread when there are few), reporting progress per forecast to `run` and stopping with
 * AppError 'cancelled' when its signal is aborted (nothing is written either way).
 * Throws 'not-found' for an unknown scenario and 'validation' for a missing FX rate.
 */
export async function scenarioForecast(
  ctx: WorkbookContext,
  args: ScenarioArgs,
  run?: RunContext,
): Promise<ScenarioForecast> {
  const scenario = findScenario(ctx.orm, args.scenarioId);
  if (!scenario) {
    throw new AppError('not-found', `There is no scenario "${args.scenarioId}".`, { scenarioId: args.scenarioId });
  }
  const env = loadAccountingEnv(ctx);
  const minorUnits = env.currencies.get(env.baseCurrency) ?? 2;
  const last = lastActualsMonth(ctx.db);
  const specs = rowSpecs(ctx, args.scenarioId, args.by);
  const by = args.by;
  const keysOf = (a: ForecastActual) => [by === 'line' ? dimKey(a) : GROUP_OF[by](a)];
  const histories = last
    ? monthlyHistories(
        env,
        listForecastActuals(ctx.db, { kind: 'total' }),
        keysOf,
        last,
        `forecast of ${scenario.name}`,
      )
    : new Map<string, MonthlyHistory>();
  if (by !== 'line') addGroupsWithActuals(ctx, by, specs, histories);
  const stored = inputsOfKind(ctx.db, by);

  // Scopes with the same history, method and inputs are forecast once; the distinct runs
  // go to the worker pool together, so a long list uses every core off the main thread.
  type Job = { history: MonthlyHistory; method: ForecastMethodChoice; inputs: ForecastInputs };
  const jobs = new Map<string, Job>();
  const keyOf: string[] = [];
  const fyStart = env.settings.fyStartMonth;
  const empty = new Map<string, Row>();
  for (const spec of specs) {
    const inputs = stored.get(inputsKeyString({ kind: by, id: spec.key })) ?? emptyInputs();
    const method = args.method ?? inputs.method;
    const { method: _stored, ...rest } = inputs;
    const key = `${spec.historyKey}|${method}|${JSON.stringify(rest)}`;
    keyOf.push(key);
    const history = histories.get(spec.historyKey);
    if (!history) empty.set(key, emptyRow(spec, method, inputs));
    else if (!jobs.has(key)) jobs.set(key, { history, method, inputs });
  }
  const list = [...jobs.entries()];
  const requests = list.map(([, j]) => runRequest(j.history, args.horizon, j.method, j.inputs, minorUnits));
  let outcomes;
  try {
    outcomes = await runForecastMany(requests, {
      ...(requests.length < IN_THREAD_BELOW ? { workers: 1 } : {}),
      ...(run?.signal ? { signal: run.signal } : {}),
      onProgress: (done, total) => run?.progress(done, total, 'Forecasting'),
    });
  } catch (e) {
    if (run?.signal?.aborted) throw new AppError('cancelled', 'The forecast was cancelled.');
    throw e;
  }
  const done = new Map<string, Row>(empty);
  list.forEach(([key, j], i) => {
    const outcome = outcomes[i]!;
    if (!outcome.ok) throw outcome.error;
    done.set(key, toRow(outcome.result, j.history, j.method, j.inputs, fyStart));
  });
  const rows: ScenarioForecastRow[] = specs.map((spec, i) => {
    const row = done.get(keyOf[i]!)!;
    return {
      key: spec.key,
      label: spec.label,
      description: spec.description,
      ...row,
      notes: [...spec.extraNotes, ...row.notes],
    };
  });
  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    by: args.by,
    baseCurrency: env.baseCurrency,
    requested: args.method ?? 'stored',
    lastActualMonth: last,
    months: last ? Array.from({ length: args.horizon }, (_, h) => addMonths(last, h + 1)) : [],
    rows,
  };
}

type Row = Omit<ScenarioForecastRow, 'key' | 'label' | 'description'>;

/** Whether a scope's stored inputs change its forecast. */
const isAdjusted = (inputs: ForecastInputs) =>
  inputs.baselineStart !== null ||
  [inputs.cleanings, inputs.oneOffs, inputs.levelShifts, inputs.overrides].some((l) => l.length > 0);

/** A row without actuals: nothing to forecast, the spec's note. */
function emptyRow(spec: RowSpec, method: ForecastMethodChoice, inputs: ForecastInputs): Row {
  const none = { historyMonths: 0, method: null, params: '', mase: null, smape: null, anomalies: 0 };
  const asked = { requested: method, adjusted: isAdjusted(inputs) };
  return { ...none, ...asked, years: [], mean: [], overridden: [], notes: [spec.noHistory] };
}

function runRequest(
  history: MonthlyHistory,
  horizon: number,
  method: ForecastMethodChoice,
  inputs: ForecastInputs,
  minorUnits: number,
): RunRequest {
  return {
    months: history.months,
    values: history.values,
    horizon,
    method,
    inputs,
    minorUnits,
    backtest: 'requested',
  };
}

/** A row from its forecast run. */
function toRow(
  run: RunResult,
  history: MonthlyHistory,
  method: ForecastMethodChoice,
  inputs: ForecastInputs,
  fyStartMonth: number,
): Row {
  const chosen = run.accuracy.find((a) => a.chosen);
  const mean = run.forecast?.mean ?? [];
  return {
    historyMonths: history.months.length,
    method: run.method,
    params: paramsSummary(run.params),
    mase: chosen?.mase ?? null,
    smape: chosen?.smape ?? null,
    anomalies: run.anomalies.length,
    requested: method,
    adjusted: isAdjusted(inputs),
    years: run.forecast ? fiscalYearTotals(run.forecast.months, mean, fyStartMonth) : [],
    mean,
    overridden: run.overridden.flatMap((o, j) => (o ? [j] : [])),
    notes: [...history.notes, ...run.notes],
  };
}

/** The rows asked for: the scenario's lines, or the members their lines are booked on. */
function rowSpecs(ctx: WorkbookContext, scenarioId: string, by: ForecastScenarioBy): RowSpec[] {
  const lines = forecastLinesOfScenario(ctx.db, scenarioId);
  if (by === 'line') {
    return lines.map((l) => ({
      key: l.id,
      label: lineLabel(l),
      description: l.description,
      historyKey: dimKey(l),
      noHistory: LINE_NO_HISTORY,
      extraNotes: [],
    }));
  }
  const members = dimensionMembers(ctx.db, by);
  const used = new Set(lines.map((l) => GROUP_OF[by](l)));
  return [...members].filter(([id]) => used.has(id)).map(([id, m]) => memberSpec(by, id, m, []));
}

function memberSpec(by: Grouped, id: string, m: { code: string; name: string }, extraNotes: string[]): RowSpec {
  const what = SCOPE_NAMES[by];
  return {
    key: id,
    label: `${m.code} ${m.name}`,
    description: '',
    historyKey: id,
    noHistory: `no actuals for ${what} ${m.code}`,
    extraNotes,
  };
}

/** Members with actuals but no line in the scenario are listed too (in code order), so no spend is left out. */
function addGroupsWithActuals(
  ctx: WorkbookContext,
  by: Grouped,
  specs: RowSpec[],
  histories: ReadonlyMap<string, MonthlyHistory>,
): void {
  const listed = new Set(specs.map((s) => s.key));
  const members = dimensionMembers(ctx.db, by);
  const order = new Map([...members.keys()].map((id, i) => [id, i]));
  for (const id of histories.keys()) {
    if (listed.has(id)) continue;
    const m = members.get(id)!;
    specs.push(memberSpec(by, id, m, [`no budget line of this scenario is on ${SCOPE_NAMES[by]} ${m.code}`]));
  }
  specs.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}
