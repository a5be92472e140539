/**
 * The forecasting pass the issue sets a target for: automatic forecasting of 5,000 monthly
 * series of 36 months with a rolling-origin backtest of the candidate methods (last 12
 * origins) and the best method picked per series, on 2 worker threads; target under 5 s.
 * The series are synthetic and seeded: level, trend, seasonality, noise, some level steps
 * and outliers, a few with zeros (no ETS(M,A,M) for those).
 *
 * Then an accuracy report on the demo data: monthly actuals per cost center (base-currency
 * actuals only, summed exactly as money and then read as numbers; the few foreign-currency
 * actuals are left out rather than converted), each candidate method backtested with full
 * refits at every origin (honest out-of-sample scores), mean MASE and sMAPE per method.
 *
 *   npx tsx bench/forecast.ts [--series 5000] [--workers 2]
 *
 * `runForecastBench` is exported so `npm run bench` includes it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sumMoney } from '../src-shared/money';
import { Prng } from '../src-main/demo/prng';
import { generateDemo } from '../src-main/demo/generate';
import { forecastBatch } from '../src-main/engine/forecast/batch';
import { forecastWithBacktest, BACKTEST_CANDIDATES } from '../src-main/engine/forecast/evaluate';
import { forecastMany } from '../src-main/forecast-workers/pool';
import { textTable } from '../src-main/cli/text-table';
import type { SeriesInput } from '../src-main/engine/forecast/types';

export const FORECAST_TARGET_MS = 5000;
/** The worker the app ships (`npm run build`); without it the workers compile the sources with tsx. */
const BUILT_WORKER = fileURLToPath(new URL('../out/main/forecast-worker.js', import.meta.url));
const WORKER_SOURCES = ['../src-main/engine', '../src-main/forecast-workers', '../src-shared'].map((d) =>
  fileURLToPath(new URL(d, import.meta.url)),
);

/** Newest modification time of the files under `dir`, ms. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The built worker when it exists and is newer than the sources it bundles (a stale build would time old code). */
function freshBuiltWorker(): string | undefined {
  if (!existsSync(BUILT_WORKER)) return undefined;
  const built = statSync(BUILT_WORKER).mtimeMs;
  return WORKER_SOURCES.every((d) => newestUnder(d) <= built) ? BUILT_WORKER : undefined;
}
const HORIZON = 12;

/** Deterministic synthetic monthly cost series (36 months by default). */
export function syntheticSeries(count: number, months = 36, seed = 2026): SeriesInput[] {
  const rng = new Prng(seed);
  return Array.from({ length: count }, () => {
    const level = 500 + rng.next() * 80_000;
    const trend = (rng.next() - 0.35) * 0.015;
    const swing = rng.chance(0.7) ? rng.next() * 0.3 : 0;
    const peak = rng.int(0, 11);
    const noise = 0.01 + rng.next() * 0.08;
    const step = rng.chance(0.25) ? rng.int(6, months - 6) : months;
    const stepSize = 1 + (rng.next() - 0.4) * 0.6;
    const zeros = rng.chance(0.03);
    const values = Array.from({ length: months }, (_, t) => {
      let v = level * (1 + trend * t) * (1 + swing * Math.cos((2 * Math.PI * (t - peak)) / 12));
      if (t >= step) v *= stepSize;
      v *= 1 + noise * rng.gauss();
      if (rng.chance(0.02)) v *= rng.chance(0.5) ? 2.5 : 0.3; // one-off outlier
      if (zeros && rng.chance(0.2)) v = 0;
      return Math.round(v * 100) / 100;
    });
    return { values, frequency: 12 };
  });
}

export interface ForecastBenchResult {
  series: number;
  workers: number;
  /** 'built' (out/main/forecast-worker.js, as the app runs it) or 'tsx' (compiled from the sources at start-up). */
  worker: 'built' | 'tsx';
  /** Wall-clock time of the batch, worker start-up included. */
  totalMs: number;
  /**
   * CPU time per series of the same work on one thread (a sample, measured after the batch):
   * unlike the wall clock, it does not depend on what else the machine is running.
   */
  cpuMsPerSeries: number;
  sampleSeries: number;
  /** The 1-minute load average before the batch (other processes competing for the cores). */
  loadBefore: number;
  /** How often each candidate won the backtest. */
  wins: Record<string, number>;
  /** Series auto could not forecast (should be none). */
  failed: number;
  accuracy: { method: string; series: number; mase: number; smape: number }[];
  demoSeries: number;
  foreignActualsSkipped: number;
}

/** Monthly base-currency actuals per cost center of the seeded demo (36 months each). */
export function demoSeries(): { series: SeriesInput[]; foreignSkipped: number } {
  const demo = generateDemo({ seed: 42, asOf: '2026-06-15', lines: 600, whatIf: false });
  const base = demo.settings.baseCurrency;
  const months = [...new Set(demo.actuals.map((a) => a.month))].sort();
  const byCenter = new Map<string, Map<string, string[]>>();
  let foreignSkipped = 0;
  for (const a of demo.actuals) {
    if (a.currency !== base) {
      foreignSkipped++;
      continue;
    }
    const perMonth = byCenter.get(a.costCenterId) ?? new Map<string, string[]>();
    byCenter.set(a.costCenterId, perMonth);
    perMonth.set(a.month, [...(perMonth.get(a.month) ?? []), a.amount]);
  }
  const series = [...byCenter.values()].map((perMonth) => ({
    values: months.map((m) => Number(sumMoney(perMonth.get(m) ?? []))),
    frequency: 12,
  }));
  return { series, foreignSkipped };
}

/** Mean MASE and sMAPE per candidate over the demo series (full refits at every origin). */
function demoAccuracy(series: SeriesInput[]): ForecastBenchResult['accuracy'] {
  const acc = new Map<string, { n: number; mase: number; smape: number }>();
  for (const s of series) {
    for (const sc of forecastWithBacktest(s, HORIZON, { ets: 'refit' }).scores) {
      if (sc.error !== undefined || !Number.isFinite(sc.mase)) continue;
      const a = acc.get(sc.method) ?? { n: 0, mase: 0, smape: 0 };
      acc.set(sc.method, { n: a.n + 1, mase: a.mase + sc.mase, smape: a.smape + sc.smape });
    }
  }
  return BACKTEST_CANDIDATES.filter((m) => acc.has(m)).map((method) => {
    const a = acc.get(method)!;
    return { method, series: a.n, mase: a.mase / a.n, smape: a.smape / a.n };
  });
}

/** CPU milliseconds per item of `run` on this thread (user + system), the least of 2 runs. */
function cpuMsPer(items: readonly unknown[], run: () => void): number {
  let least = Infinity;
  for (let rep = 0; rep < 2; rep++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    least = Math.min(least, (used.user + used.system) / 1000 / Math.max(1, items.length));
  }
  return least;
}

/** Run the forecasting bench: the timed batch, then the demo accuracy report. */
export async function runForecastBench(count = 5000, workers = 2): Promise<ForecastBenchResult> {
  const series = syntheticSeries(count);
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const entry = freshBuiltWorker();
  const worker = entry ? 'built' : 'tsx';
  const items = await forecastMany(series, HORIZON, 'auto', { workers, backtest: {}, entry });
  const totalMs = performance.now() - started;
  const sample = series.slice(0, Math.min(count, 300));
  const cpuMsPerSeries = cpuMsPer(sample, () =>
    forecastBatch(sample, { horizon: HORIZON, method: 'auto', backtest: {} }),
  );
  const wins: Record<string, number> = {};
  let failed = 0;
  for (const it of items) {
    if (!it.ok) failed++;
    else if (it.best) wins[it.best] = (wins[it.best] ?? 0) + 1;
  }
  const demo = demoSeries();
  return {
    series: count,
    workers,
    worker,
    totalMs,
    cpuMsPerSeries,
    sampleSeries: sample.length,
    loadBefore,
    wins,
    failed,
    accuracy: demoAccuracy(demo.series),
    demoSeries: demo.series.length,
    foreignActualsSkipped: demo.foreignSkipped,
  };
}

/** The bench's printed report. */
export function formatForecastBench(r: ForecastBenchResult): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const verdict = r.totalMs < FORECAST_TARGET_MS ? 'PASS' : 'MISS';
  const wins = Object.entries(r.wins)
    .sort((a, b) => b[1] - a[1])
    .map(([m, c]) => `${m} ${n(c)}`)
    .join(', ');
  return [
    `Forecasting: ${n(r.series)} monthly series of 36 months, auto (ETS by AICc) + backtest of ${BACKTEST_CANDIDATES.length} methods over the last 12 origins, best by MASE, ${r.workers} worker threads`,
    `  total ${(r.totalMs / 1000).toFixed(2)} s, ${(r.totalMs / r.series).toFixed(2)} ms per series   target < ${FORECAST_TARGET_MS / 1000} s: ${verdict}`,
    r.worker === 'built'
      ? '  workers: out/main/forecast-worker.js, the bundled worker the app runs'
      : '  workers: compiled from the sources by tsx at start-up (about a second); no up-to-date out/main/forecast-worker.js (`npm run build` makes it; `npm run bench` builds first)',
    `  one thread: ${r.cpuMsPerSeries.toFixed(2)} ms CPU per series (${r.sampleSeries} series), i.e. ${((r.cpuMsPerSeries * r.series) / r.workers / 1000).toFixed(2)} s of work per core on ${r.workers} idle cores; load average before the run ${r.loadBefore.toFixed(2)} (wall-clock times grow with it)`,
    `  ETS candidates scored with the full-history parameters (see forecastWithBacktest); failed series: ${r.failed}`,
    `  backtest winners: ${wins}`,
    '',
    `Forecast accuracy on the demo data: ${r.demoSeries} cost centers, 36 months of base-currency actuals (${n(r.foreignActualsSkipped)} foreign-currency actuals left out), 12 origins × up to 12 steps, every method refit at every origin`,
    textTable(
      ['Method', 'Series', 'Mean MASE', 'Mean sMAPE %'],
      r.accuracy.map((a) => [a.method, String(a.series), a.mase.toFixed(3), a.smape.toFixed(2)]),
      ['left', 'right', 'right', 'right'],
    ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { series: { type: 'string', default: '5000' }, workers: { type: 'string', default: '2' } },
  });
  process.stdout.write(formatForecastBench(await runForecastBench(Number(values.series), Number(values.workers))));
}
