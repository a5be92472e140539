/**
 * The export benchmark the issue sets targets for: a 50,000-line × 12-month budget exported
 * to .xlsx (Budget with live formulas, Summary, FX rates, metadata) through the streaming
 * writer; wall time and peak memory against < 10 s and < 500 MB. The export runs in a child
 * process (open the workbook, export, exit) so its peak resident memory is its own, not the
 * benchmark's; the figure includes Node and the TypeScript loader.
 *
 *   npx tsx bench/excel-export.ts [--lines 50000] [--keep]
 *
 * `runExportBench` is exported so `npm run bench` includes it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { fiscalYearOfDate } from '../src-shared/calendar/fiscal';
import { textTable } from '../src-main/cli/text-table';
import { localDate } from '../src-main/services/context';
import { openWorkbook } from '../src-main/services';
import { buildWorkbook } from './measure';

export const EXPORT_TARGETS = { ms: 10_000, mb: 500 };

export interface ExportBenchResult {
  lines: number;
  months: number;
  exportMs: number;
  /** CPU time (user + system) of the export: the figure that does not depend on the machine's load. */
  cpuMs: number;
  peakMb: number;
  /** Resident memory after opening the workbook, before the export (Node, loader, SQLite). */
  openRssMb: number;
  loadAverage: number;
  fileBytes: number;
}

/** Child mode: open `file`, export its baseline for `fy` to `out`, print timing and peak RSS as JSON. */
async function child(file: string, out: string, fy: number): Promise<void> {
  const s = openWorkbook(file);
  const scenarioId = (await s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!.id;
  const openRssMb = process.memoryUsage().rss / 1024 / 1024;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await s.call('excel/export', {
    scenarioId,
    fiscalYear: fy,
    sheets: ['budget', 'summary'],
    output: { kind: 'path', path: out },
  });
  const exportMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  s.close();
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stdout.write(JSON.stringify({ exportMs, cpuMs, peakMb, openRssMb, lines: r.lines, months: 12 }));
}

/** Build a workbook of `lines` budget lines and time its export in a child process. */
export async function runExportBench(lines = 50_000, keep = false): Promise<ExportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'outlay-bench-export-'));
  try {
    const asOf = localDate(new Date());
    const fy = fiscalYearOfDate(asOf, 1);
    const { file } = await buildWorkbook(dir, lines, asOf);
    const out = join(dir, 'export.xlsx');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, '--out', out, '--fy', String(fy)],
      { encoding: 'utf8', maxBuffer: 1 << 20, cwd: fileURLToPath(new URL('..', import.meta.url)) },
    );
    if (run.status !== 0) throw new Error(`export child failed: ${run.stderr}`);
    const r = JSON.parse(run.stdout) as Omit<ExportBenchResult, 'fileBytes' | 'loadAverage'>;
    return { ...r, fileBytes: statSync(out).size, loadAverage: loadavg()[0]! };
  } finally {
    if (keep) process.stderr.write(`Export bench files kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** The result as a table with PASS/MISS per target. */
export function formatExportBench(r: ExportBenchResult): string {
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  return textTable(
    [`Excel export (${r.lines.toLocaleString('en-US')} lines × ${r.months} months)`, 'Goal', 'Measured', 'Result'],
    [
      [
        'Export time',
        `< ${EXPORT_TARGETS.ms / 1000} s`,
        `${(r.exportMs / 1000).toFixed(2)} s`,
        verdict(r.exportMs < EXPORT_TARGETS.ms),
      ],
      [
        'Peak memory (whole process)',
        `< ${EXPORT_TARGETS.mb} MB`,
        `${r.peakMb.toFixed(0)} MB`,
        verdict(r.peakMb < EXPORT_TARGETS.mb),
      ],
      ['  of which after opening the workbook', '', `${r.openRssMb.toFixed(0)} MB`, ''],
      ['CPU time of the export', '', `${(r.cpuMs / 1000).toFixed(2)} s`, ''],
      ['Load average during the run', '', r.loadAverage.toFixed(1), ''],
      ['File size', '', `${(r.fileBytes / 1024 / 1024).toFixed(1)} MB`, ''],
    ],
    ['left', 'right', 'right', 'left'],
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      out: { type: 'string' },
      fy: { type: 'string' },
      lines: { type: 'string', default: '50000' },
      keep: { type: 'boolean', default: false },
    },
  });
  if (values.child) await child(values.child, values.out!, Number(values.fy));
  else process.stdout.write(`${formatExportBench(await runExportBench(Number(values.lines), values.keep))}\n`);
}
