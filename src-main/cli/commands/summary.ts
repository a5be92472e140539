import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { AccountingSummary, AccountingSummaryLine, SummaryBy, SummaryView } from '../../../src-shared/model';
import type { WorkbookSession } from '../../services';
import { COMMON_OPTIONS, intOption, oneFile, parseCommand } from '../args';
import { EXIT, InputError, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { exactFixed } from '../money-text';
import { textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';

const OPTIONS = {
  ...COMMON_OPTIONS,
  fy: { type: 'string' },
  view: { type: 'string', default: 'accrual' },
  by: { type: 'string', default: 'capex-opex' },
  scenario: { type: 'string' },
} as const;

const VIEWS: readonly SummaryView[] = ['accrual', 'cash'];
const BYS: readonly SummaryBy[] = ['capex-opex', 'cost-center', 'tower'];

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new UsageError(`--${name} expects one of ${allowed.join(', ')}, got "${raw}"`, 'summary');
  }
  return raw as T;
}

/**
 * The scenario with this id or name (ignoring case); without one, the baseline (none when
 * the workbook has no baseline). An unknown name is bad input.
 */
async function findScenarioId(s: WorkbookSession, ref: string | undefined): Promise<string | undefined> {
  const scenarios = await s.call('scenario/list', {});
  if (ref === undefined) return scenarios.find((x) => x.kind === 'baseline')?.id;
  const hit = scenarios.find((x) => x.id === ref) ?? scenarios.find((x) => x.name.toUpperCase() === ref.toUpperCase());
  if (!hit) throw new InputError(`there is no scenario named or with id "${ref}" in ${s.path}`);
  return hit.id;
}

/** `outlay summary FILE --fy 2027 --view accrual|cash --by capex-opex|cost-center|tower [--scenario NAME|ID]`. */
export async function runSummary(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('summary', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.summary);
    return EXIT.ok;
  }
  const file = oneFile('summary', positionals);
  const fiscalYear = intOption('summary', 'fy', values.fy, 1900, 2200);
  if (fiscalYear === undefined) throw new UsageError('missing --fy YEAR', 'summary');
  const view = oneOf('view', values.view, VIEWS);
  const by = oneOf('by', values.by, BYS);
  const scenarioRef = values.scenario?.trim();
  if (scenarioRef === '') throw new UsageError('--scenario expects a scenario name or id', 'summary');
  const { summary, units } = await withWorkbook(file, async (s) => {
    const scenarioId = await findScenarioId(s, scenarioRef);
    const summary = await s.call('accounting/summary', { fiscalYear, view, by, ...(scenarioId ? { scenarioId } : {}) });
    const dims = await s.call('dimensions/get-all', {});
    return { summary, units: new Map(dims.currencies.map((c) => [c.code, c.minorUnits])) };
  });
  io.out(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary, units));
  return EXIT.ok;
}

/**
 * The text form: one row per group and one column per fiscal period with totals, the
 * CapEx/OpEx split and the total by source; then plan against actuals per period with the
 * FX variance apart, and the months whose actuals had no actual rate.
 */
export function formatSummary(s: AccountingSummary, units: ReadonlyMap<string, number>): string {
  const mu = units.get(s.baseCurrency) ?? 2;
  const m = (x: string) => exactFixed(x, mu);
  const plan = s.scenario
    ? `, scenario ${s.scenario.name} (${s.scenario.budgetLines} budget line${s.scenario.budgetLines === 1 ? '' : 's'})`
    : '';
  const title = `${fiscalYearLabel(s.fiscalYear)} ${s.view} view by ${s.by}, ${s.baseCurrency} (budget FX rates)${plan}\n`;
  const first = s.by === 'capex-opex' ? 'Type' : s.by === 'cost-center' ? 'Cost center' : 'Tower';
  const columns = s.periods.map((p) => `P${String(p.index).padStart(2, '0')}`);
  const align = ['left' as const, ...s.periods.map(() => 'right' as const), 'right' as const];
  const rows = s.rows.map((r) => [r.label, ...r.amounts.map(m), m(r.total)]);
  rows.push(['Total', ...s.total.amounts.map(m), m(s.total.total)]);
  const table = textTable([first, ...columns, 'Total'], rows, align);
  const periods = `Periods: P01 ${s.periods[0]?.start ?? ''} … P${String(s.periods.length).padStart(2, '0')} ${s.periods.at(-1)?.end ?? ''}\n`;
  const retail =
    s.calendarKind === 'retail'
      ? 'Retail calendar: budget and actuals month i of the year are shown in period i.\n'
      : '';
  const split = `CapEx ${m(s.split.CapEx)}, OpEx ${m(s.split.OpEx)}\n`;
  const src = s.sources;
  const sources = `By source: planned lines ${m(src.planned.total)}, contracts ${m(src.contracts.total)}, invoices ${m(src.invoices.total)}, assets ${m(src.assets.total)}\n`;
  const a = s.actual;
  const line = (label: string, l: AccountingSummaryLine) => [label, ...l.amounts.map(m), m(l.total)];
  const versus = textTable(
    ['Plan vs actual', ...columns, 'Total'],
    [
      line('Plan', s.total),
      line('Actual', a.total),
      line('Variance', a.variance),
      line('  FX variance', a.fxVariance),
      line('  Volume/price', a.volumePrice),
    ],
    align,
  );
  const actuals = `Actuals: ${a.count} posted, at actual FX rates; FX variance ${m(a.fxVariance.total)} (actual-rate minus budget-rate conversion)\n`;
  const missing = a.missingActualRates
    .map(
      (x) =>
        `No actual rate for ${x.pair} in ${x.month}: ${exactFixed(x.amount, units.get(x.currency) ?? 2)} ${x.currency} converted at the budget rate\n`,
    )
    .join('');
  return `${title}${periods}${retail}\n${table}\n${split}${sources}\n${actuals}${missing}\n${versus}`;
}
