/**
 * Depreciation micro-benchmark: schedules for 20,000 assets over 5 fiscal years (60 monthly
 * periods), a realistic mix of methods, conventions and events, and prints the time
 * (median of several runs after a warm-up). Target: well under 1 s.
 *
 *   npx tsx bench/depreciation.ts [--assets 20000] [--runs 5]
 *
 * `runDepreciationBench` is exported so `npm run bench` can include it.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createFiscalCalendar, periodsBetween } from '../src-shared/calendar';
import type { FiscalPeriodSpan } from '../src-shared/calendar/calendar-types';
import {
  depreciationSchedule,
  type AssetEvent,
  type DepreciableAsset,
  type DepreciationConvention,
  type DepreciationMethod,
} from '../src-main/engine/depreciation';
import { formatMinor } from '../src-shared/money';

/** mulberry32: a tiny seeded generator, so every run computes the same assets. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function benchAssets(count: number, periods: readonly FiscalPeriodSpan[], seed = 42): DepreciableAsset[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const methods: DepreciationMethod[] = [
    ...Array<DepreciationMethod>(12).fill('straight-line'),
    'double-declining-balance',
    'double-declining-balance',
    'declining-balance',
    'declining-balance',
    'sum-of-the-years-digits',
    'sum-of-the-years-digits',
    'units-of-production',
  ];
  const conventions: DepreciationConvention[] = ['full-month', 'full-month', 'mid-month', 'half-year', 'next-period'];
  const assets: DepreciableAsset[] = [];
  for (let i = 0; i < count; i++) {
    const start = pick(periods.slice(0, 48));
    const cents = Math.floor(500_000 + r() * 50_000_000);
    const method = pick(methods);
    const life = pick([36, 48, 60, 60, 84]);
    const asset: DepreciableAsset = {
      id: `A-${i}`,
      cost: formatMinor(cents, 2),
      salvage: r() < 0.3 ? formatMinor(Math.floor(cents * 0.1), 2) : '0',
      minorUnits: 2,
      inServiceDate: `${start.start.slice(0, 8)}${pad(1 + Math.floor(r() * 28))}`,
      usefulLifeMonths: life,
      method,
      convention: method === 'units-of-production' ? 'full-month' : pick(conventions),
    };
    if (method === 'units-of-production') {
      asset.totalUnits = 10_000;
      const units: Record<string, number> = {};
      for (const p of periods) units[p.key] = Math.floor(r() * 300);
      asset.unitsByPeriod = units;
    }
    const roll = r();
    const later = periods[Math.min(periods.length - 1, periods.indexOf(start) + 3 + Math.floor((r() * life) / 2))]!.end;
    const events: AssetEvent[] = [];
    if (roll < 0.05) events.push({ kind: 'disposal', date: later });
    else if (roll < 0.08)
      events.push({ kind: 'impairment', date: later, amount: formatMinor(Math.floor(cents * 0.02), 2) });
    else if (roll < 0.1) events.push({ kind: 'life-change', date: later, usefulLifeMonths: life + 12 });
    if (events.length > 0) asset.events = events;
    assets.push(asset);
  }
  return assets;
}

export interface DepreciationBenchResult {
  assets: number;
  periods: number;
  rows: number;
  runsMs: number[];
  medianMs: number;
}

export function runDepreciationBench(count = 20_000, runs = 5): DepreciationBenchResult {
  const calendar = createFiscalCalendar({ kind: 'calendar-months', startMonth: 1 });
  const periods = periodsBetween(calendar, '2026-01-01', '2030-12-31');
  const assets = benchAssets(count, periods);
  let rows = 0;
  const pass = () => {
    rows = 0;
    for (const a of assets) rows += depreciationSchedule(a, periods).rows.length;
  };
  pass();
  const runsMs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    pass();
    runsMs.push(performance.now() - t0);
  }
  const sorted = [...runsMs].sort((x, y) => x - y);
  return { assets: count, periods: periods.length, rows, runsMs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { assets: { type: 'string', default: '20000' }, runs: { type: 'string', default: '5' } },
  });
  const r = runDepreciationBench(Number(values.assets), Number(values.runs));
  const verdict = r.medianMs < 1000 ? 'PASS' : 'MISS';
  process.stdout.write(
    `Depreciation schedules: ${r.assets.toLocaleString('en-US')} assets × ${r.periods} periods ` +
      `(${r.rows.toLocaleString('en-US')} rows): median ${r.medianMs.toFixed(1)} ms ` +
      `over ${r.runsMs.length} runs (${r.runsMs.map((x) => x.toFixed(0)).join(', ')} ms); target < 1000 ms: ${verdict}\n`,
  );
}
