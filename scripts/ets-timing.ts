/**
 * Rough timing of the ETS engine on 36-month cost-like series (not a test):
 *
 *   npx tsx scripts/ets-timing.ts [series=200]
 *
 * Prints the mean wall and CPU time per series of `auto` (fits ANN, AAN, AAdN, AAA, MAM and forecasts
 * 12 months with intervals) and of each model fitted alone, single-threaded.
 */
import { ETS_METHODS } from '../src-main/engine/forecast/ets';
import type { ForecastMethodId } from '../src-main/engine/forecast/types';
import { Prng } from '../src-main/demo/prng';

const count = Number(process.argv[2] ?? 200);
const rng = new Prng(36);
const series: number[][] = [];
for (let s = 0; s < count; s++) {
  const level = 1000 + rng.next() * 50_000;
  const trend = (rng.next() - 0.3) * 0.02;
  const swing = rng.next() * 0.25;
  const step = rng.chance(0.3) ? rng.int(6, 30) : 99;
  series.push(
    Array.from(
      { length: 36 },
      (_, t) =>
        level *
        (1 + trend * t) *
        (t >= step ? 1.2 : 1) *
        (1 + swing * Math.cos((2 * Math.PI * t) / 12)) *
        (1 + 0.04 * rng.gauss()),
    ),
  );
}

const methods: ForecastMethodId[] = [
  'auto',
  'ses',
  'holt',
  'holt-damped',
  'holt-winters-additive',
  'holt-winters-multiplicative',
];
for (const id of methods) {
  const f = ETS_METHODS[id]!;
  for (const y of series.slice(0, 10)) f({ values: y, frequency: 12 }, 12); // warm-up
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const y of series) f({ values: y, frequency: 12 }, 12);
  const cpu = process.cpuUsage(cpu0);
  const wall = (performance.now() - t0) / count;
  const cpuMs = (cpu.user + cpu.system) / 1000 / count;
  console.log(`${id.padEnd(28)} ${wall.toFixed(2)} ms wall, ${cpuMs.toFixed(2)} ms CPU per 36-month series`);
}
