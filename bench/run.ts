/**
 * `npm run bench`: builds a 5,000-line and a 50,000-line workbook in a temporary folder
 * and prints generation and write time, file size, open + grid load time (median of
 * several cold opens) and the edit round trip (median and p95), against the targets;
 * then the accounting pass (accrual and cash views and depreciation for 20,000 contracts
 * and assets over 5 fiscal years, see accounting.ts), forecasting, and the Excel export of
 * a 50,000-line budget (excel-export.ts).
 * A benchmark, not a test: it prints figures and always exits 0 unless it crashes.
 *
 *   npm run bench -- --sizes 5000 --edits 100 --keep
 *   npm run bench -- --only accounting
 *   npm run bench -- --only forecast
 *   npm run bench -- --only import
 *   npm run bench -- --only export
 *   npm run bench -- --only focus
 *   npm run bench -- --only allocation
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fiscalYearOfDate } from '../src-shared/calendar/fiscal';
import { localDate } from '../src-main/services/context';
import { textTable } from '../src-main/cli/text-table';
import { buildWorkbook, editRoundTrips, median, openAndLoad, percentile, type SizeResult } from './measure';
import { formatBulk, measureBulk, type BulkResult } from './bulk';
import { formatAccountingBench, runAccountingBench } from './accounting';
import { formatForecastBench, runForecastBench } from './forecast';
import { formatCsvImportBench, runCsvImportBench } from './csv-import';
import { formatExportBench, runExportBench } from './excel-export';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TARGETS = { lines: 5000, openLoadMs: 300, editMedianMs: 20 };

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5000,50000' },
    edits: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
const edits = Number(values.edits);
const asOf = localDate(new Date());
// The demo's fiscal year starts in January (the generator's default).
const fiscalYear = fiscalYearOfDate(asOf, 1);
const dir = mkdtempSync(join(tmpdir(), 'outlay-bench-'));
const bulkResults: BulkResult[] = [];

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const n = (x: number) => x.toLocaleString('en-US');
const log = (s: string) => process.stderr.write(`${s}\n`);

async function measureSize(lines: number): Promise<SizeResult> {
  log(`· ${n(lines)} lines: generating and writing…`);
  const built = await buildWorkbook(dir, lines, asOf);
  const opens = lines >= 20_000 ? 3 : 7;
  const openMs: number[] = [];
  const infoMs: number[] = [];
  const gridMs: number[] = [];
  const openLoadMs: number[] = [];
  let gridLines = 0;
  log(`· ${n(lines)} lines: ${opens} cold opens…`);
  for (let i = 0; i < opens; i++) {
    const r = await openAndLoad(built.file, fiscalYear);
    openMs.push(r.openMs);
    infoMs.push(r.infoMs);
    gridMs.push(r.gridMs);
    openLoadMs.push(r.openLoadMs);
    gridLines = r.grid.lines.length;
    r.session.close();
  }
  log(`· ${n(lines)} lines: ${edits} edit round trips…`);
  const { session, grid } = await openAndLoad(built.file, fiscalYear);
  let run: Awaited<ReturnType<typeof editRoundTrips>>;
  try {
    // A few warm-up edits: the first statements of a connection compile and cache.
    await editRoundTrips(session, grid.lines, grid.months, grid.fiscalYear, 5);
    run = await editRoundTrips(session, grid.lines, grid.months, grid.fiscalYear, edits);
  } finally {
    session.close();
  }
  log(`· ${n(lines)} lines: scenario copy, undo, redo, delete…`);
  bulkResults.push(await measureBulk(built.file, lines));
  return {
    lines,
    ...built,
    openMs,
    infoMs,
    gridMs,
    openLoadMs,
    gridLines,
    editMs: run.times,
    commandMs: run.commandMs,
    totalsMs: run.totalsMs,
  };
}

/**
 * The issue-6 engine benches are standalone scripts (they print their own report): run one in
 * its own process, so its peak memory is its own, and return what it printed.
 */
function runScript(name: string): string {
  const script = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return execFileSync(process.execPath, ['--import', 'tsx', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function main() {
  if (values.only === 'focus') {
    log('· FOCUS billing: 1,000,000 generated rows…');
    process.stdout.write(runScript('focus-import.ts'));
    return;
  }
  if (values.only === 'allocation') {
    log('· allocation: 200 rules over 50,000 aggregates…');
    process.stdout.write(runScript('allocation.ts'));
    return;
  }
  if (values.only === 'accounting') {
    log('· accounting: 20,000 contracts and assets…');
    process.stdout.write(formatAccountingBench(runAccountingBench()));
    return;
  }
  if (values.only === 'export') {
    log('· Excel export: 50,000 lines × 12 months…');
    process.stdout.write(`${formatExportBench(await runExportBench())}\n`);
    return;
  }
  if (values.only === 'forecast') {
    log('· forecasting: 5,000 series with backtests on 2 workers, then the demo accuracy report…');
    process.stdout.write(`${formatForecastBench(await runForecastBench())}\n`);
    return;
  }
  if (values.only === 'import') {
    log('· mapped import: a 200,000-row actuals CSV…');
    process.stdout.write(formatCsvImportBench(await runCsvImportBench(dir)));
    return;
  }
  log(`Outlay benchmark in ${dir} (as of ${asOf})`);
  // First, so the process's peak memory is the import's own and not the larger runs' after it.
  log('· mapped import: a 200,000-row actuals CSV…');
  const importBench = await runCsvImportBench(dir);
  const results: SizeResult[] = [];
  for (const lines of sizes) results.push(await measureSize(lines));

  const cols = results.map((r) => `${n(r.lines)} lines`);
  const row = (label: string, f: (r: SizeResult) => string) => [label, ...results.map(f)];
  const out: string[] = [];
  out.push(`\nOutlay benchmark — Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPUs`);
  out.push(
    `Demo workbooks (baseline scenario only), fiscal year of ${asOf}; opens are new connections (OS file cache warm).\n`,
  );
  out.push(
    textTable(
      ['', ...cols],
      [
        row('Generate demo data', (r) => ms(r.generateMs)),
        row('Write workbook', (r) => ms(r.writeMs)),
        row('File size', (r) => mb(r.fileBytes)),
        row('Grid lines loaded', (r) => n(r.gridLines)),
        row('Open + load grid (median)', (r) => `${ms(median(r.openLoadMs))} (n=${r.openLoadMs.length})`),
        row('  open file', (r) => ms(median(r.openMs))),
        row('  scenarios + budget grid', (r) => ms(median(r.gridMs))),
        row('Open + load grid (max)', (r) => ms(Math.max(...r.openLoadMs))),
        row('Workbook info, all totals (median)', (r) => ms(median(r.infoMs))),
        row('Edit round trip (median)', (r) => `${ms(median(r.editMs))} (n=${r.editMs.length})`),
        row('  set-cells command', (r) => ms(median(r.commandMs))),
        row('  screen totals', (r) => ms(median(r.totalsMs))),
        row('Edit round trip (p95)', (r) => ms(percentile(r.editMs, 95))),
      ],
      ['left', ...results.map(() => 'right' as const)],
    ),
  );
  const target = results.find((r) => r.lines === TARGETS.lines);
  if (target) {
    const openLoad = median(target.openLoadMs);
    const edit = median(target.editMs);
    out.push(
      textTable(
        ['Target (5,000 lines)', 'Goal', 'Measured', 'Result'],
        [
          [
            'Open + load grid, median',
            `< ${TARGETS.openLoadMs} ms`,
            ms(openLoad),
            openLoad < TARGETS.openLoadMs ? 'PASS' : 'MISS',
          ],
          [
            'Edit round trip, median',
            `< ${TARGETS.editMedianMs} ms`,
            ms(edit),
            edit < TARGETS.editMedianMs ? 'PASS' : 'MISS',
          ],
        ],
        ['left', 'right', 'right', 'left'],
      ),
    );
  } else out.push(`(No ${n(TARGETS.lines)}-line run: targets not evaluated.)\n`);
  out.push(formatBulk(bulkResults));
  log('· accounting: 20,000 contracts and assets…');
  out.push(formatAccountingBench(runAccountingBench()));
  log('· forecasting: 5,000 series with backtests on 2 workers, then the demo accuracy report…');
  out.push(formatForecastBench(await runForecastBench()));
  out.push(formatCsvImportBench(importBench));
  log('· Excel export: 50,000 lines × 12 months…');
  out.push(formatExportBench(await runExportBench()));
  log('· FOCUS billing: 1,000,000 generated rows…');
  out.push(runScript('focus-import.ts'));
  log('· allocation: 200 rules over 50,000 aggregates…');
  out.push(runScript('allocation.ts'));
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  await main();
} finally {
  if (values.keep) log(`Workbooks kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
