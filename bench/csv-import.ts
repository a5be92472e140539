/**
 * Import of a generated 200,000-row GL actuals CSV (";" delimited, decimal comma, d.m.y
 * dates, as a German GL writes it) into a workbook with a handful of dimensions: the whole
 * `imports/apply` (read, check every row, write rows + batch + journal in one command).
 * Prints time, rows per second and peak memory against the targets.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { textTable } from '../src-main/cli/text-table';
import { createWorkbook } from '../src-main/services';

export const IMPORT_TARGETS = { rowsPerSecond: 50_000, peakMb: 500 };

export interface CsvImportBenchResult {
  rows: number;
  fileMb: number;
  imported: number;
  ms: number;
  rowsPerSecond: number;
  /** CPU time (user + system) of the import: what it costs when the machine is shared. */
  cpuMs: number;
  peakRssMb: number;
  /** RSS just before the import started (Node, tsx, the loaded app). */
  startRssMb: number;
  /** The 1-minute load average when the import started, and the cores it shares: wall time depends on them. */
  load: number;
  cores: number;
}

async function writeCsv(path: string, rows: number, ccs: string[]): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  out.write('Buchungsdatum;Kostenstelle;Service;Sachkonto;Betrag;Belegnummer\r\n');
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const cents = (i * 7919) % 1_000_000;
    const amount = `${Math.floor(cents / 100).toLocaleString('de-DE')},${String(cents % 100).padStart(2, '0')}`;
    const line = `${day}.${month}.2026;${ccs[i % ccs.length]};SVC-HOST;6100;${i % 17 === 0 ? `-${amount}` : amount};B-${i}\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Build the workbook and the file in `dir`, then time one import of it. */
export async function runCsvImportBench(dir: string, rows = 200_000): Promise<CsvImportBenchResult> {
  const s = createWorkbook(join(dir, 'import-bench.outlay'));
  try {
    const dims = await s.call('dimensions/get-all', {});
    const dep = await s.call('dimensions/save', { kind: 'department', row: { code: 'INF', name: 'Infra', owner: '' } });
    const ccs: string[] = [];
    for (let i = 0; i < 20; i++) {
      const code = `CC-${100 + i}`;
      await s.call('dimensions/save', {
        kind: 'cost-center',
        row: { code, name: code, departmentId: dep.id, parentId: null, owner: '' },
      });
      ccs.push(code);
    }
    await s.call('dimensions/save', {
      kind: 'service',
      row: {
        code: 'SVC-HOST',
        name: 'Hosting',
        towerId: dims.towers[0]!.id,
        costPoolId: dims.costPools[0]!.id,
        owner: '',
      },
    });
    await s.call('dimensions/save', { kind: 'account', row: { code: '6100', name: 'Software', expenseType: 'OpEx' } });
    const csv = join(dir, 'gl-200k.csv');
    await writeCsv(csv, rows, ccs);
    const { size } = await import('node:fs/promises').then((fs) => fs.stat(csv));
    const mapping = {
      headerRow: 1,
      columns: {
        date: 'Buchungsdatum',
        costCenter: 'Kostenstelle',
        service: 'Service',
        account: 'Sachkonto',
        amount: 'Betrag',
        reference: 'Belegnummer',
      },
      defaults: {},
    };
    const load = loadavg()[0]!;
    const startRss = process.memoryUsage().rss;
    let peak = startRss;
    const cpu0 = process.cpuUsage();
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const t0 = performance.now();
    const r = await s.call('imports/apply', {
      file: { kind: 'path', path: csv },
      kind: 'actuals',
      mapping,
      options: { decimal: 'comma', dateOrder: 'dmy', delimiter: ';', encoding: 'utf-8' },
      onlyValid: false,
    });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(sample);
    // The write is one synchronous transaction the sampler cannot interrupt: the OS's own peak covers it.
    peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    return {
      rows,
      fileMb: size / 1024 / 1024,
      imported: r.imported,
      ms,
      rowsPerSecond: (rows / ms) * 1000,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRssMb: peak / 1024 / 1024,
      startRssMb: startRss / 1024 / 1024,
      load,
      cores: cpus().length,
    };
  } finally {
    s.close();
  }
}

/** The result as a small table with PASS/MISS per target. */
export function formatCsvImportBench(r: CsvImportBenchResult): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return `\nMapped import: ${n(r.rows)}-row GL actuals CSV (${r.fileMb.toFixed(1)} MB), ${n(r.imported)} rows imported\n${textTable(
    ['Import', 'Goal', 'Measured', 'Result'],
    [
      ['Time', '', `${(r.ms / 1000).toFixed(2)} s`, ''],
      ['Machine load (1 min) / cores', '', `${r.load.toFixed(1)} / ${r.cores}`, ''],
      ['CPU time (user + system)', '', `${(r.cpuMs / 1000).toFixed(2)} s`, ''],
      ['Rows per CPU second', '', n((r.rows / r.cpuMs) * 1000), ''],
      [
        'Rows per second',
        `> ${n(IMPORT_TARGETS.rowsPerSecond)}`,
        n(r.rowsPerSecond),
        r.rowsPerSecond > IMPORT_TARGETS.rowsPerSecond ? 'PASS' : 'MISS',
      ],
      [
        'Peak memory (process RSS)',
        `< ${IMPORT_TARGETS.peakMb} MB`,
        `${r.peakRssMb.toFixed(0)} MB (${r.startRssMb.toFixed(0)} MB before)`,
        r.peakRssMb < IMPORT_TARGETS.peakMb ? 'PASS' : 'MISS',
      ],
    ],
    ['left', 'right', 'right', 'left'],
  )}`;
}
