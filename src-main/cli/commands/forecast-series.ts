import { randomUUID } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EngineInputError } from '../../engine/errors';
import { forecastSeries } from '../../engine/forecast/methods';
import { FORECAST_METHOD_IDS, type ForecastMethodId, type ForecastResult } from '../../engine/forecast/types';
import { forecastMany } from '../../forecast-workers/pool';
import { intOption, parseCommand } from '../args';
import { EXIT, InputError, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { csvField, csvNumber, OUTPUT_HEADER, parseSeriesCsv } from './forecast-series-csv';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  from: { type: 'string' },
  out: { type: 'string' },
  horizon: { type: 'string' },
  method: { type: 'string', default: 'auto' },
  frequency: { type: 'string', default: '12' },
} as const;

/** From this many series, progress goes to stderr. */
const PROGRESS_FROM_SERIES = 500;
/**
 * From this many series, the ETS methods run on worker threads. Starting a worker costs a
 * few hundred milliseconds (it loads the engine), which pays off from a few hundred series;
 * the simple methods take microseconds per series and always run in this thread.
 */
const POOL_FROM_SERIES = 200;
const ETS_FAMILY: readonly ForecastMethodId[] = [
  'ses',
  'holt',
  'holt-damped',
  'holt-winters-additive',
  'holt-winters-multiplicative',
  'auto',
];
/** Yield to the event loop this often (ms) so Ctrl+C is seen during long runs. */
const YIELD_MS = 20;

class Cancelled extends Error {}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en-US');
const tick = () => new Promise<void>((r) => setImmediate(r));

/** The methods the registry can run now (a probe: an unavailable one refuses by name). */
function availableMethods(): ForecastMethodId[] {
  const probe = { values: [1, 2, 3, 4, 5, 6, 7, 8], frequency: 1 };
  return FORECAST_METHOD_IDS.filter((id) => {
    try {
      forecastSeries(probe, 1, id);
      return true;
    } catch (e) {
      return !(e instanceof EngineInputError && e.field === 'method');
    }
  });
}

function required(name: string, raw: string | undefined, what: string): string {
  if (raw === undefined || raw.trim() === '') throw new UsageError(`missing --${name} ${what}`, 'forecast-series');
  return raw;
}

/**
 * `outlay forecast-series --from SERIES.csv --horizon H --out FORECAST.csv [--method M] [--frequency F]`:
 * forecast every series of a long-format CSV and write the forecasts with their 80 % and
 * 95 % intervals. The output appears whole or not at all (temporary file, then rename);
 * Ctrl+C stops with exit 130 and writes nothing.
 */
export async function runForecastSeries(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('forecast-series', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP['forecast-series']);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`, 'forecast-series');
  const from = resolve(required('from', values.from, 'SERIES.csv'));
  const out = resolve(required('out', values.out, 'FORECAST.csv'));
  const horizon = intOption('forecast-series', 'horizon', required('horizon', values.horizon, 'H'), 1, 600)!;
  const frequency = intOption('forecast-series', 'frequency', values.frequency, 1, 366)!;
  const method = values.method.trim();
  if (!(FORECAST_METHOD_IDS as readonly string[]).includes(method)) {
    throw new UsageError(
      `--method expects one of ${FORECAST_METHOD_IDS.join(', ')}, got "${method}"`,
      'forecast-series',
    );
  }
  if (!existsSync(from)) throw new InputError(`${from} does not exist`);
  if (!statSync(from).isFile()) throw new InputError(`${from} is not a file`);
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) {
    throw new InputError(`folder ${dirname(out)} does not exist`);
  }
  const available = availableMethods();
  if (!available.includes(method as ForecastMethodId)) {
    throw new InputError(
      `forecast method "${method}" is not available in this version; use --method with one of ${available.join(', ')}`,
    );
  }

  let cancelled = false;
  const abort = new AbortController();
  const onSignal = () => {
    cancelled = true;
    abort.abort(new Cancelled());
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const temp = join(dirname(out), `.${basename(out)}.${randomUUID()}.tmp`);
  try {
    const series = parseSeriesCsv(await readFile(from, 'utf8'), from);
    const progress = series.length >= PROGRESS_FROM_SERIES;
    const started = performance.now();
    if (progress) io.err(`Forecasting ${count(series.length)} series, ${horizon} steps (${method})…\n`);
    const chunks: string[] = [OUTPUT_HEADER];
    const run = { series, frequency, horizon, method: method as ForecastMethodId, file: from };
    if (series.length >= POOL_FROM_SERIES && ETS_FAMILY.includes(run.method)) {
      chunks.push(...(await onWorkers(run, progress && io.errIsTTY ? io : null, abort.signal)));
    } else {
      let lastYield = performance.now();
      for (let i = 0; i < series.length; i++) {
        if (performance.now() - lastYield > YIELD_MS) {
          await tick();
          lastYield = performance.now();
          if (progress && io.errIsTTY) io.err(`\r${count(i)} of ${count(series.length)} series`);
        }
        if (cancelled) throw new Cancelled();
        const { id, values: ys } = series[i]!;
        chunks.push(rowsOf(id, forecastOne(id, ys, frequency, horizon, run.method, from), horizon));
      }
    }
    if (progress && io.errIsTTY) io.err('\r');
    await writeFile(temp, chunks.join(''));
    if (cancelled) throw new Cancelled();
    await rename(temp, out);
    const rows = series.length * horizon;
    if (progress) io.err(`Forecast ${count(series.length)} series in ${secs(performance.now() - started)}\n`);
    io.out(`Wrote ${count(rows)} forecast rows for ${count(series.length)} series to ${out}\n`);
    return EXIT.ok;
  } catch (e) {
    rmSync(temp, { force: true });
    if (e instanceof Cancelled) {
      io.err('outlay: cancelled; no forecast was written\n');
      return EXIT.interrupted;
    }
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

interface Run {
  series: { id: string; values: number[] }[];
  frequency: number;
  horizon: number;
  method: ForecastMethodId;
  file: string;
}

/** Forecast on worker threads (see forecastMany); output rows in input order. */
async function onWorkers(run: Run, ttyProgress: CliIo | null, signal: AbortSignal): Promise<string[]> {
  const total = count(run.series.length);
  let shown = 0;
  const items = await forecastMany(
    run.series.map((s) => ({ values: s.values, frequency: run.frequency })),
    run.horizon,
    run.method,
    {
      signal,
      onProgress: (done) => {
        if (!ttyProgress || performance.now() - shown < YIELD_MS) return;
        shown = performance.now();
        ttyProgress.err(`\r${count(done)} of ${total} series`);
      },
    },
  );
  return items.map((item, i) => {
    const { id } = run.series[i]!;
    if (!item.ok) throw new InputError(`${run.file}: series "${id}": ${item.error}`);
    return rowsOf(id, item.forecast, run.horizon);
  });
}

/** The forecast of one series; a series the method cannot use is bad input naming it. */
function forecastOne(
  id: string,
  values: number[],
  frequency: number,
  horizon: number,
  method: ForecastMethodId,
  file: string,
): ForecastResult {
  try {
    return forecastSeries({ values, frequency }, horizon, method);
  } catch (e) {
    if (e instanceof EngineInputError) throw new InputError(`${file}: series "${id}": ${e.message}`);
    throw e;
  }
}

/** The output rows of one series. */
function rowsOf(id: string, fc: ForecastResult, horizon: number): string {
  const name = csvField(id);
  let s = '';
  for (let h = 0; h < horizon; h++) {
    const cells = [fc.mean[h]!, fc.lo80[h]!, fc.hi80[h]!, fc.lo95[h]!, fc.hi95[h]!].map(csvNumber);
    s += `${name},${h + 1},${cells.join(',')},${fc.method}\n`;
  }
  return s;
}
