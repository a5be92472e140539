import { lineSourceRow } from '../repo/line-sources-repo';
import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import type { ChannelArgs, RunContext } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { PostForecastResult } from '../../src-shared/ipc/post-forecast-contract';
import { sumMoney } from '../../src-shared/money';
import { storedFiscalYears } from '../repo/periods-repo';
import { findScenario } from '../repo/scenarios-repo';
import { loadAccountingEnv } from './accounting-env';
import { writeAmounts } from './budget-cells';
import { runCommand, type TrackedTx } from './command';
import type { WorkbookContext } from './context';
import { scenarioForecast } from './forecast-scenario';
import { ensureFiscalYearsAndDrivers } from './driver-costs';
import { matchTargets, planLines, postedMonths, type LinePlan } from './post-forecast-plan';

type Args = ChannelArgs<'posting/post-forecast'>;

/**
 * `posting/post-forecast`: forecast the source scenario by line, then replace the posted
 * months' budget amounts of each (target) line with its forecast, in one journaled command,
 * recording where each line's amounts came from. See the contract for the rules. The
 * forecast reports progress through `run` and stops on its signal; the signal is checked
 * once more before writing, and the write itself is one transaction (all or nothing).
 */
export async function postForecast(ctx: WorkbookContext, args: Args, run?: RunContext): Promise<PostForecastResult> {
  const targetScenarioId = args.targetScenarioId ?? args.sourceScenarioId;
  const inPlace = targetScenarioId === args.sourceScenarioId;
  if (!findScenario(ctx.orm, args.sourceScenarioId)) {
    throw new AppError('not-found', `There is no scenario "${args.sourceScenarioId}".`, { field: 'sourceScenarioId' });
  }
  if (!findScenario(ctx.orm, targetScenarioId)) {
    throw new AppError('not-found', `There is no scenario "${targetScenarioId}".`, { field: 'targetScenarioId' });
  }
  const forecast = await scenarioForecast(
    ctx,
    { scenarioId: args.sourceScenarioId, horizon: args.horizon, method: args.method, by: 'line' },
    run,
  );
  const env = loadAccountingEnv(ctx);
  const fyStart = env.settings.fyStartMonth;
  const months = postedMonths(forecast.months, args.months, storedFiscalYears(ctx.db), fyStart);
  const sourceLines = ctx.budget.linesByIds(ctx.budget.lineIdsOfScenario(args.sourceScenarioId));
  const targetLines = inPlace ? sourceLines : ctx.budget.linesByIds(ctx.budget.lineIdsOfScenario(targetScenarioId));
  const targets = matchTargets(sourceLines, targetLines, inPlace);
  const existing = ctx.budget.allAmountsOfLines([...targets.values()].map((l) => l.id));
  const driverCosted = ctx.budget.driversOfLines([...targets.values()].map((l) => l.id));
  const plan = planLines({ env, forecast, months, sourceLines, targets, existing, driverCosted });

  const result: PostForecastResult = {
    dryRun: args.dryRun,
    seq: null,
    sourceScenarioId: args.sourceScenarioId,
    targetScenarioId,
    baseCurrency: env.baseCurrency,
    requested: args.method ?? 'stored',
    months,
    lines: plan.lines.map((p) => p.line),
    skipped: plan.skipped,
    forecastTotal: sumMoney(plan.lines.map((p) => p.line.forecastTotal)),
  };
  if (args.dryRun || plan.lines.length === 0 || months.length === 0) return result;
  if (run?.signal?.aborted) throw new AppError('cancelled', 'Posting the forecast was cancelled; nothing was written.');
  run?.progress(forecast.rows.length, forecast.rows.length, 'Writing budget amounts');

  const label = `Post forecast to ${plan.lines.length} line${plan.lines.length === 1 ? '' : 's'}`;
  const { seq } = runCommand(ctx, { command: 'posting/post-forecast', label, payload: args }, (tx) => {
    writeAmounts(
      tx,
      existing,
      plan.lines.flatMap((p) => p.amounts.map((a) => ({ lineId: p.line.lineId, ...a }))),
    );
    const methods = new Map(forecast.rows.map((r) => [r.key, r.method ?? '']));
    recordSources(tx, plan.lines, methods, ctx.now().toISOString());
    ensureFiscalYearsAndDrivers(ctx, tx, new Set(months.map((m) => fiscalYearOf(m, fyStart))), fyStart);
  });
  return { ...result, seq };
}

/** One budget_line_sources row per posted line, replacing what an earlier posting recorded. */
function recordSources(
  tx: TrackedTx,
  lines: readonly LinePlan[],
  methods: ReadonlyMap<string, string>,
  postedAt: string,
): void {
  for (const { line } of lines) {
    const row = lineSourceRow({
      lineId: line.lineId,
      kind: 'forecast',
      ref: `line:${line.sourceLineId}`,
      detail: methods.get(line.sourceLineId) ?? '',
      postedAt,
    });
    if (tx.get('budget_line_sources', { line_id: line.lineId }))
      tx.update('budget_line_sources', { line_id: line.lineId }, row);
    else tx.insert('budget_line_sources', row);
  }
}
