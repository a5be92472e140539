import { MAX_FORECAST_HORIZON } from '../../../src-shared/ipc/forecast-contract';
import type { PostForecastResult } from '../../../src-shared/ipc/post-forecast-contract';
import { FORECAST_METHOD_CHOICES, type ForecastMethodChoice } from '../../../src-shared/model';
import { COMMON_OPTIONS, intOption, oneFile, parseCommand } from '../args';
import { EXIT, UsageError } from '../cli-error';
import { interruptible } from '../interruptible';
import type { CliIo } from '../io';
import { exactFixed } from '../money-text';
import { textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';
import { findScenario } from '../find-scenario';
import { POST_FORECAST_HELP } from './post-help';

const OPTIONS = {
  ...COMMON_OPTIONS,
  forecast: { type: 'boolean' },
  scenario: { type: 'string' },
  target: { type: 'string' },
  horizon: { type: 'string', default: '12' },
  method: { type: 'string' },
  months: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

/** Shorter names the command line accepts, as `outlay forecast` does. */
const METHOD_ALIASES: Record<string, ForecastMethodChoice> = { 'holt-winters': 'holt-winters-additive' };

/** Runs shorter than this print nothing but their result. */
const ANNOUNCE_AFTER_MS = 500;

/** The method asked for; undefined (no --method): each line's stored method. */
function methodOf(raw: string | undefined): ForecastMethodChoice | undefined {
  if (raw === undefined) return undefined;
  const name = raw.trim();
  const hit = METHOD_ALIASES[name] ?? FORECAST_METHOD_CHOICES.find((m) => m === name);
  if (!hit) {
    const names = [...FORECAST_METHOD_CHOICES, ...Object.keys(METHOD_ALIASES)].join(', ');
    throw new UsageError(`--method expects one of ${names}, got "${raw}"`, 'post');
  }
  return hit;
}

function monthsOf(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const months = raw
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  const bad = months.find((m) => !/^\d{4}-(0[1-9]|1[0-2])$/.test(m));
  if (months.length === 0 || bad !== undefined) {
    throw new UsageError(`--months expects months YYYY-MM separated by commas, got "${raw}"`, 'post');
  }
  return months;
}

/**
 * `outlay post FILE --forecast [--scenario S] [--target T] [--horizon H] [--method M]
 * [--months A,B] [--dry-run] [--json]`: post a scenario's line forecasts into budget lines
 * (see POST_FORECAST_HELP). Progress goes to stderr once a run takes a while; Ctrl+C (or
 * `signal`) stops it with exit 130, having written nothing.
 */
export async function runPostForecast(argv: string[], io: CliIo, signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parseCommand('post', argv, OPTIONS);
  if (values.help) {
    io.out(POST_FORECAST_HELP);
    return EXIT.ok;
  }
  if (!values.forecast) throw new UsageError('say what to post: --forecast', 'post');
  const file = oneFile('post', positionals);
  const horizon = intOption('post', 'horizon', values.horizon, 1, MAX_FORECAST_HORIZON)!;
  const method = methodOf(values.method);
  const months = monthsOf(values.months);
  const dryRun = values['dry-run'] ?? false;
  return interruptible(
    io,
    {
      signal,
      announce: (p) => `Forecasting ${p.total} lines (Ctrl+C to stop)…`,
      count: (p) => `${p.done} of ${p.total} lines`,
      announceAfterMs: ANNOUNCE_AFTER_MS,
    },
    async (long) => {
      const { result, units } = await withWorkbook(file, async (s) => {
        const sourceScenarioId = (await findScenario(s, values.scenario?.trim() || undefined, 'scenario')).id;
        const target = values.target?.trim();
        const targetScenarioId = target ? (await findScenario(s, target, 'target')).id : sourceScenarioId;
        const result = await s.call(
          'posting/post-forecast',
          {
            sourceScenarioId,
            targetScenarioId,
            horizon,
            dryRun,
            ...(method ? { method } : {}),
            ...(months ? { months } : {}),
          },
          long.call,
        );
        const dims = await s.call('dimensions/get-all', {});
        const units = new Map(dims.currencies.map((c) => [c.code, c.minorUnits]));
        return { result, units };
      });
      long.clearLine();
      io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatPosting(result, (c) => units.get(c) ?? 2));
      return EXIT.ok;
    },
  );
}

/** The text form: what was (or would be) posted per line, then the lines skipped. */
export function formatPosting(r: PostForecastResult, minorUnits: (currency: string) => number): string {
  const m = r.months;
  const span = m.length ? `${m[0]} to ${m.at(-1)} (${m.length} months)` : 'no months';
  const head =
    `${r.dryRun ? 'Dry run, nothing written: would post' : 'Posted'} the forecast (method ${r.requested}) ` +
    `into ${r.lines.length} lines, ${span}; forecast total ` +
    `${exactFixed(r.forecastTotal, minorUnits(r.baseCurrency))} ${r.baseCurrency}\n`;
  const rows = r.lines.map((l) => [
    l.label,
    l.currency,
    exactFixed(l.oldTotal, minorUnits(l.currency)),
    exactFixed(l.newTotal, minorUnits(l.currency)),
  ]);
  const table = rows.length
    ? textTable(['Line', 'Currency', 'Before', 'Forecast'], rows, ['left', 'left', 'right', 'right'])
    : '';
  const skipped = r.skipped.length
    ? `\nSkipped ${r.skipped.length} lines:\n${r.skipped.map((s) => `  ${s.label}: ${s.reason}\n`).join('')}`
    : '';
  return `${head}\n${table}${skipped}`;
}
