/**
 * `excel/export`: load a scenario's budget for a fiscal year with everything the layout
 * needs (dimension codes, FX rates, workbook identity, journal position) and write it through
 * the streaming exporter into an output that only appears when complete.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import type { ChannelArgs, RunContext } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { ExcelExportResult } from '../../src-shared/ipc/excel-export-contract';
import { isZeroMoney, type Dec } from '../../src-shared/money';
import { MissingFxRateError } from '../engine/fx';
import type { BudgetExport } from '../io/excel-export/export-model';
import type { VarianceExport } from '../io/excel-export/variance-sheet';
import { monthHeader } from '../io/excel/layout';
import { cellRate } from '../io/excel-export/formats';
import { writeExport } from '../io/excel-export/write-export';
import { writeOutput } from '../io/files';
import { listAccounts, listCostCenters, listServices, listTowers, listVendors } from '../repo/dimensions-repo';
import { findScenario } from '../repo/scenarios-repo';
import { readWorkbookId } from '../repo/settings-repo';
import { loadAccountingEnv } from './accounting-env';
import { accountingSummary } from './accounting-summary';
import { loadExportActuals, loadExportAssets, loadExportTco } from './excel-export-data';
import { scenarioForecast } from './forecast-scenario';
import type { WorkbookContext } from './context';

type Args = ChannelArgs<'excel/export'>;

const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * The data of one export. Throws AppError 'not-found' for an unknown scenario and
 * 'validation' when a line's currency has no budget rate into the base currency for a month.
 */
export function loadBudgetExport(ctx: WorkbookContext, scenarioId: string, fiscalYear: number): BudgetExport {
  const scenario = findScenario(ctx.orm, scenarioId);
  if (!scenario)
    throw new AppError('not-found', `There is no scenario with id "${scenarioId}".`, { field: 'scenarioId' });
  const env = loadAccountingEnv(ctx);
  const base = env.baseCurrency;
  const months = fiscalYearMonths(fiscalYear, env.settings.fyStartMonth);
  const grid = ctx.budget.gridOfScenario(scenarioId, months);
  const code = <T extends { id: string; code: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const costCenters = code(listCostCenters(ctx.orm));
  const services = code(listServices(ctx.orm));
  const towers = code(listTowers(ctx.orm));
  const accounts = code(listAccounts(ctx.orm));
  const vendors = code(listVendors(ctx.orm));

  const rates = new Map<string, (Dec | null)[]>();
  for (const currency of new Set(grid.map((l) => l.currency))) {
    if (currency === base) continue;
    const lines = grid.filter((l) => l.currency === currency);
    rates.set(
      currency,
      months.map((m, i) => {
        try {
          return cellRate(env.rates.rate(currency, base, m, 'budget'));
        } catch (e) {
          if (!(e instanceof MissingFxRateError)) throw e;
          // A month none of the currency's lines has an amount in converts nothing: its cell stays blank.
          if (lines.every((l) => isZeroMoney(l.amounts[i]!))) return null;
          const line = lines.find((l) => !isZeroMoney(l.amounts[i]!))!;
          throw new AppError(
            'validation',
            `There is no budget FX rate for ${currency}/${base} in ${m}, so the ${currency} lines ` +
              `(e.g. "${line.description}") cannot be converted. Add it on the FX rates screen.`,
            { field: 'fxRate', currency, month: m, lineId: line.id },
          );
        }
      }),
    );
  }
  return {
    workbookId: readWorkbookId(ctx.orm),
    workbookName: env.settings.name,
    scenarioId,
    scenarioName: scenario.name,
    fiscalYear,
    months,
    baseCurrency: base,
    minorUnits: env.currencies,
    journalSeq: ctx.history.state().seq,
    exportedAt: ctx.now().toISOString(),
    exportedBy: env.settings.userName,
    lines: grid.map((l) => {
      const service = services.get(l.serviceId);
      return {
        id: l.id,
        costCenter: costCenters.get(l.costCenterId)?.code ?? '',
        service: service?.code ?? '',
        tower: (service && towers.get(service.towerId)?.name) ?? '',
        account: accounts.get(l.accountId)?.code ?? '',
        vendor: (l.vendorId && vendors.get(l.vendorId)?.code) ?? '',
        description: l.description,
        expenseType: l.expenseType,
        currency: l.currency,
        amounts: l.amounts,
      };
    }),
    rates,
    costCenterNames: new Map([...costCenters.values()].map((c) => [c.code, c.name])),
  };
}

/**
 * Plan against actuals per cost center and period, from the accounting summary (the figures
 * of the Variance screen): every cost center with a plan or an actual, every period.
 */
export function loadVariance(
  ctx: WorkbookContext,
  scenarioId: string,
  fiscalYear: number,
  basis: 'accrual' | 'cash',
): VarianceExport {
  const summary = accountingSummary(ctx, { fiscalYear, view: basis, by: 'cost-center', scenarioId });
  const costCenters = new Map(listCostCenters(ctx.orm).map((c) => [c.id, c]));
  const plan = new Map(summary.rows.map((r) => [r.key, r]));
  const actual = new Map(summary.actual.rows.map((r) => [r.key, r]));
  const keys = [...new Set([...plan.keys(), ...actual.keys()])];
  const cells = keys.flatMap((key) => {
    const cc = costCenters.get(key);
    const label = plan.get(key)?.label ?? actual.get(key)?.label ?? '';
    return summary.periods.map((p, i) => ({
      code: cc?.code ?? (key === '' ? '(none)' : label),
      name: cc?.name ?? label,
      month: monthHeader(p.month),
      budget: plan.get(key)?.amounts[i] ?? '0',
      actual: actual.get(key)?.amounts[i] ?? '0',
    }));
  });
  return { basis, cells };
}

/** `excel/export`: see the contract. */
export async function exportToExcel(ctx: WorkbookContext, args: Args, run?: RunContext): Promise<ExcelExportResult> {
  if (args.output.kind === 'path' && !isDirectory(dirname(args.output.path))) {
    throw new AppError('validation', `Save as: the folder ${dirname(args.output.path)} does not exist.`, {
      field: 'output',
    });
  }
  const data = loadBudgetExport(ctx, args.scenarioId, args.fiscalYear);
  const built = [...new Set<(typeof args.sheets)[number]>(['budget', ...args.sheets])];
  if (built.includes('actuals')) data.actuals = loadExportActuals(ctx, data.months);
  if (built.includes('assets')) data.assets = loadExportAssets(ctx, args.fiscalYear);
  if (built.includes('tco')) data.tco = loadExportTco(ctx);
  if (built.includes('forecast')) {
    // Forecasting reports its own progress and stops on the same signal, before anything is written.
    const f = await scenarioForecast(ctx, { scenarioId: args.scenarioId, horizon: 12, by: 'cost-center' }, run);
    data.forecast = {
      lastActualMonth: f.lastActualMonth,
      months: f.months,
      rows: f.rows.map((r) => ({ label: r.label, method: r.method ?? '', mean: r.mean })),
    };
  }
  if (built.includes('variance')) data.variance = loadVariance(ctx, args.scenarioId, args.fiscalYear, args.basis);
  let written = { total: '0', sheets: [] as string[] };
  const output = await writeOutput(args.output, async (temp) => {
    written = await writeExport(temp, data, built, {
      progress: (done, total, label) => run?.progress(done, total, label),
      signal: run?.signal,
    });
  });
  return {
    output,
    lines: data.lines.length,
    sheets: written.sheets,
    total: written.total,
    baseCurrency: data.baseCurrency,
    journalSeq: data.journalSeq,
  };
}
