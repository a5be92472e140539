/**
 * Bulk commands on a built workbook: copy the baseline scenario (scenario/create), list
 * the journal, undo the copy, redo it, delete the copy and undo that, timing each and
 * measuring the bytes each journal row stores. Runs from `npm run bench` for every
 * size, or alone:
 *
 *   npx tsx bench/bulk.ts --sizes 5000,50000
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { textTable } from '../src-main/cli/text-table';
import { localDate } from '../src-main/services/context';
import { openWorkbook, type WorkbookSession } from '../src-main/services';
import { buildWorkbook } from './measure';

export interface BulkResult {
  lines: number;
  /** Rows the copy wrote (lines + amounts + the scenario). */
  rowsCopied: number;
  copyMs: number;
  /** Bytes stored in the journal row of the copy (every column). */
  copyJournalBytes: number;
  listMs: number;
  undoMs: number;
  undoJournalBytes: number;
  redoMs: number;
  deleteMs: number;
  deleteJournalBytes: number;
  undoDeleteMs: number;
  /** File size growth over the whole sequence (journal rows plus the restored copy). */
  fileGrowthBytes: number;
}

const now = () => performance.now();

/** Bytes a journal row stores: UTF-8 text and blob lengths of every column. */
function journalRowBytes(file: string, seq: number): number {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare('SELECT * FROM journal WHERE seq = ?').get(seq) as Record<string, unknown>;
    let bytes = 0;
    for (const v of Object.values(row)) {
      if (typeof v === 'string') bytes += Buffer.byteLength(v);
      else if (Buffer.isBuffer(v)) bytes += v.length;
      else if (v !== null) bytes += 8;
    }
    return bytes;
  } finally {
    db.close();
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = now();
  const out = await fn();
  return [out, now() - t0];
}

const seqOf = async (s: WorkbookSession) => (await s.call('journal/get-undo-state', {})).seq;

/** Run the bulk sequence on the workbook `file` (its baseline is copied). */
export async function measureBulk(file: string, lines: number): Promise<BulkResult> {
  const size0 = statSync(file).size;
  const s = openWorkbook(file);
  let r: Omit<BulkResult, 'copyJournalBytes' | 'undoJournalBytes' | 'deleteJournalBytes' | 'fileGrowthBytes'>;
  let seqs: [number, number, number];
  try {
    const baseline = (await s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!;
    const before = (await s.call('workbook/get-info', {})).counts;
    const [copy, copyMs] = await timed(() =>
      s.call('scenario/create', { name: `Bench copy ${Date.now()}`, fromScenarioId: baseline.id }),
    );
    const after = (await s.call('workbook/get-info', {})).counts;
    const rowsCopied =
      after.budget_lines! - before.budget_lines! + (after.budget_amounts! - before.budget_amounts!) + 1;
    const [, undoMs] = await timed(() => s.call('journal/undo', {}));
    const undoSeq = await seqOf(s);
    const [, redoMs] = await timed(() => s.call('journal/redo', {}));
    const [, deleteMs] = await timed(() => s.call('scenario/delete', { id: copy.scenario.id }));
    const deleteSeq = await seqOf(s);
    const [, undoDeleteMs] = await timed(() => s.call('journal/undo', {}));
    // The latest 50 entries now include all five bulk entries above.
    const [, listMs] = await timed(() => s.call('journal/list', { limit: 50 }));
    r = { lines, rowsCopied, copyMs, listMs, undoMs, redoMs, deleteMs, undoDeleteMs };
    seqs = [copy.seq, undoSeq, deleteSeq];
  } finally {
    s.close();
  }
  return {
    ...r,
    copyJournalBytes: journalRowBytes(file, seqs[0]),
    undoJournalBytes: journalRowBytes(file, seqs[1]),
    deleteJournalBytes: journalRowBytes(file, seqs[2]),
    fileGrowthBytes: statSync(file).size - size0,
  };
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const mb = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(1)} KB`);
const n = (x: number) => x.toLocaleString('en-US');

/** The results as a text table, one column per size. */
export function formatBulk(results: readonly BulkResult[]): string {
  const row = (label: string, f: (r: BulkResult) => string) => [label, ...results.map(f)];
  return textTable(
    ['Bulk commands', ...results.map((r) => `${n(r.lines)} lines`)],
    [
      row('Rows copied', (r) => n(r.rowsCopied)),
      row('scenario/create (copy)', (r) => ms(r.copyMs)),
      row('  journal row stored', (r) => mb(r.copyJournalBytes)),
      row('undo of the copy', (r) => ms(r.undoMs)),
      row('  journal row stored', (r) => mb(r.undoJournalBytes)),
      row('redo of the copy', (r) => ms(r.redoMs)),
      row('scenario/delete (copy)', (r) => ms(r.deleteMs)),
      row('  journal row stored', (r) => mb(r.deleteJournalBytes)),
      row('undo of the delete', (r) => ms(r.undoDeleteMs)),
      row('journal/list, latest 50 (all of the above)', (r) => ms(r.listMs)),
      row('File growth, whole sequence', (r) => mb(r.fileGrowthBytes)),
    ],
    ['left', ...results.map(() => 'right' as const)],
  );
}

async function main() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '5000,50000' } } });
  const dir = mkdtempSync(join(tmpdir(), 'outlay-bulk-'));
  try {
    const results: BulkResult[] = [];
    for (const lines of values.sizes.split(',').map((x) => Number(x.trim()))) {
      process.stderr.write(`· ${n(lines)} lines: building, then copy / undo / redo / delete…\n`);
      const built = await buildWorkbook(dir, lines, localDate(new Date()));
      results.push(await measureBulk(built.file, lines));
    }
    process.stdout.write(`\n${formatBulk(results)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
