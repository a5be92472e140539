import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { MAX_FORECAST_HORIZON } from '../../../src-shared/ipc/forecast-contract';
import {
  FORECAST_METHOD_CHOICES,
  type ForecastMethodChoice,
  type ForecastScenarioBy,
  type ScenarioForecast,
} from '../../../src-shared/model';
import { sumMoney } from '../../../src-shared/money';
import { COMMON_OPTIONS, intOption, oneFile, parseCommand } from '../args';
import { EXIT, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { exactFixed } from '../money-text';
import { textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';
import { findScenario } from '../find-scenario';
import { interruptible } from '../interruptible';

const OPTIONS = {
  ...COMMON_OPTIONS,
  scenario: { type: 'string' },
  horizon: { type: 'string', default: String(MAX_FORECAST_HORIZON) },
  method: { type: 'string' },
  by: { type: 'string', default: 'line' },
} as const;

const BYS: readonly ForecastScenarioBy[] = ['line', 'cost-center', 'service', 'tower', 'account'];
/** Shorter names the command line accepts. */
const METHOD_ALIASES: Record<string, ForecastMethodChoice> = { 'holt-winters': 'holt-winters-additive' };
const METHOD_NAMES = [...FORECAST_METHOD_CHOICES, ...Object.keys(METHOD_ALIASES)];

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  const hit = allowed.find((a) => a === raw.trim());
  if (hit === undefined)
    throw new UsageError(`--${name} expects one of ${allowed.join(', ')}, got "${raw}"`, 'forecast');
  return hit;
}

/**
 * `outlay forecast FILE [--scenario S] [--horizon H] [--method M] [--by B] [--json]`: a
 * forecast per budget line (or cost center, service, tower, account) of a scenario from
 * the workbook's actuals, with method, backtest accuracy and totals per fiscal year.
 */
export async function runForecast(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('forecast', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.forecast);
    return EXIT.ok;
  }
  const file = oneFile('forecast', positionals);
  const horizon = intOption('forecast', 'horizon', values.horizon, 1, MAX_FORECAST_HORIZON)!;
  // Without --method each row uses the method stored for it in the workbook ('auto' where none is).
  const name = values.method === undefined ? undefined : oneOf('method', values.method, METHOD_NAMES);
  const method =
    name === undefined ? undefined : (METHOD_ALIASES[name] ?? FORECAST_METHOD_CHOICES.find((m) => m === name));
  const by = oneOf('by', values.by, BYS);
  const ref = values.scenario?.trim();
  if (ref === '') throw new UsageError('--scenario expects a scenario name or id', 'forecast');
  // Ctrl+C stops the run between rows; a forecast writes nothing, so there is nothing to undo.
  const unit = by === 'line' ? 'lines' : 'groups';
  return interruptible(
    io,
    {
      announce: (p) => `Forecasting ${p.total} ${unit} (Ctrl+C to stop)…`,
      count: (p) => `${p.done} of ${p.total} ${unit}`,
      announceAfterMs: ANNOUNCE_AFTER_MS,
    },
    async (long) => {
      const { result, minorUnits } = await withWorkbook(file, async (s) => {
        const scenarioId = (await findScenario(s, ref)).id;
        const result = await s.call(
          'forecast/scenario',
          { scenarioId, horizon, by, ...(method ? { method } : {}) },
          long.call,
        );
        const dims = await s.call('dimensions/get-all', {});
        return { result, minorUnits: dims.currencies.find((c) => c.code === result.baseCurrency)?.minorUnits ?? 2 };
      });
      long.clearLine();
      io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatForecast(result, minorUnits));
      return EXIT.ok;
    },
  );
}

/** Runs shorter than this print nothing but their result. */
const ANNOUNCE_AFTER_MS = 500;

const FIRST_COLUMN: Record<ForecastScenarioBy, string> = {
  line: 'Line',
  'cost-center': 'Cost center',
  service: 'Service',
  tower: 'Tower',
  account: 'Account',
};

/** Notes worth printing under the table (the method column already says what `auto` chose). */
const worthNoting = (note: string) => !note.startsWith('chose ');

/**
 * The text form: one row per line or group with its method, MASE, sMAPE and forecast total
 * per fiscal year (partial years marked with their months), a total row, then the notes.
 */
export function formatForecast(f: ScenarioForecast, minorUnits: number): string {
  const m = (x: string) => exactFixed(x, minorUnits);
  const first = f.months[0];
  const span = first ? `${f.months.length} months from ${first}` : 'no forecast: the workbook has no actuals';
  const title = `Forecast of scenario ${f.scenarioName} by ${f.by}, ${f.baseCurrency}, ${span} (method ${f.requested === 'stored' ? 'as stored per row' : f.requested})\n`;
  const years = new Map<number, number>();
  for (const r of f.rows) for (const y of r.years) years.set(y.fiscalYear, y.months);
  const yearList = [...years.keys()].sort((a, b) => a - b);
  const yearHeader = yearList.map((y) => `${fiscalYearLabel(y)}${years.get(y)! < 12 ? ` (${years.get(y)} mo)` : ''}`);
  const lines = f.by === 'line';
  const header = [FIRST_COLUMN[f.by], ...(lines ? ['Description'] : []), 'Method', 'MASE', 'sMAPE', ...yearHeader];
  const stat = (x: number | null) => (x === null ? '-' : x.toFixed(3));
  const rows = f.rows.map((r) => {
    const totals = yearList.map((y) => {
      const t = r.years.find((x) => x.fiscalYear === y);
      return t ? m(t.total) : '-';
    });
    return [r.label, ...(lines ? [r.description] : []), r.method ?? '-', stat(r.mase), stat(r.smape), ...totals];
  });
  const blank = lines ? ['', '', '', ''] : ['', '', ''];
  rows.push([
    'Total',
    ...blank,
    ...yearList.map((y) => m(sumMoney(f.rows.map((r) => r.years.find((x) => x.fiscalYear === y)?.total ?? '0')))),
  ]);
  const align = header.map((_, i) => (i < (lines ? 3 : 2) ? ('left' as const) : ('right' as const)));
  const table = textTable(header, rows, align);
  const last = f.lastActualMonth ? `History: actuals up to ${f.lastActualMonth} at actual FX rates.\n` : '';
  const overridden = (r: ScenarioForecast['rows'][number]) =>
    r.overridden.length > 0
      ? [`${r.overridden.length} forecast month(s) overridden: ${r.overridden.map((j) => f.months[j]).join(', ')}`]
      : [];
  const notes = f.rows
    .map((r) => ({ r, notes: [...overridden(r), ...r.notes.filter(worthNoting)] }))
    .filter((x) => x.notes.length > 0)
    .map(({ r, notes }) => `  ${r.label}: ${notes.join('; ')}\n`)
    .join('');
  return `${title}${last}\n${table}${notes ? `\nNotes:\n${notes}` : ''}`;
}
