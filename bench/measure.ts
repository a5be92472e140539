import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { arrangeGroups, sumColumns } from '../src-shared/budget';
import type { BudgetGridLine } from '../src-shared/model';
import type { Money } from '../src-shared/money';
import { generateDemo } from '../src-main/demo/generate';
import { minorToMoney } from '../src-main/demo/minor-units';
import { Prng } from '../src-main/demo/prng';
import { createWorkbook, openWorkbook, type WorkbookSession } from '../src-main/services';

export interface SizeResult {
  lines: number;
  generateMs: number;
  writeMs: number;
  fileBytes: number;
  /** Per cold open: openWorkbook alone, and openWorkbook + scenario list + budget grid. */
  openMs: number[];
  infoMs: number[];
  gridMs: number[];
  openLoadMs: number[];
  gridLines: number;
  editMs: number[];
  /** Parts of each edit: the set-cells command, and the screen's totals after it. */
  commandMs: number[];
  totalsMs: number[];
}

const now = () => performance.now();

/** Generate a baseline-only demo of `lines` lines and write it as a new workbook. */
export async function buildWorkbook(dir: string, lines: number, asOf: string) {
  const file = join(dir, `bench-${lines}.outlay`);
  rmSync(file, { force: true });
  const t0 = now();
  const demo = generateDemo({ seed: 2024, lines, asOf, whatIf: false, name: `Bench ${lines}` });
  const t1 = now();
  const session = await createWorkbook(file, { demo });
  session.close();
  const t2 = now();
  return { file, generateMs: t1 - t0, writeMs: t2 - t1, fileBytes: statSync(file).size };
}

/**
 * What the budget screen needs on open: open the file, pick the baseline and load its
 * grid for the fiscal year. The workbook info (header totals) is timed separately.
 */
export async function openAndLoad(file: string, fiscalYear: number) {
  const t0 = now();
  const session = await openWorkbook(file);
  const t1 = now();
  const scenarios = await session.call('scenario/list', {});
  const baseline = scenarios.find((s) => s.kind === 'baseline') ?? scenarios[0]!;
  const grid = await session.call('budget/get-grid', { scenarioId: baseline.id, fiscalYear });
  const t2 = now();
  // Not part of the target, but the app's header asks for it on open too.
  await session.call('workbook/get-info', {});
  const t3 = now();
  return { session, grid, openMs: t1 - t0, gridMs: t2 - t1, openLoadMs: t2 - t0, infoMs: t3 - t2 };
}

/**
 * Totals as the budget screen keeps them: the grid's rows (12 months + year total) grouped
 * by cost center, each group and the grand total summed with the shared exact column sum.
 */
class ScreenTotals {
  private rows: { costCenterId: string; values: Money[] }[];
  private readonly index = new Map<string, number>();
  grand: Money[] = [];

  constructor(lines: readonly BudgetGridLine[]) {
    this.rows = lines.map((l, i) => {
      this.index.set(l.id, i);
      return { costCenterId: l.costCenterId, values: [...l.amounts, l.total] };
    });
    this.recompute();
  }

  /** Swap in changed lines (new arrays, as the renderer's immutable rows) and re-sum. */
  apply(lines: readonly BudgetGridLine[]): void {
    for (const l of lines) {
      const i = this.index.get(l.id);
      if (i !== undefined) this.rows[i] = { costCenterId: l.costCenterId, values: [...l.amounts, l.total] };
    }
    this.recompute();
  }

  private recompute(): void {
    const { groups } = arrangeGroups(
      this.rows,
      (r) => r.costCenterId,
      () => false,
    );
    const all: Money[][] = [];
    for (const members of groups.values()) {
      const values = members.map((r) => r.values);
      sumColumns(values, 13);
      for (const v of values) all.push(v);
    }
    this.grand = sumColumns(all, 13);
  }
}

/**
 * Edit round trips on an open workbook: one `budget/set-cells` of one cell (command,
 * journal row, answer with the recomputed line) plus the screen's subtotals and grand
 * total. Returns the time of each edit in ms.
 */
export async function editRoundTrips(
  session: WorkbookSession,
  lines: readonly BudgetGridLine[],
  months: readonly string[],
  fiscalYear: number,
  edits: number,
) {
  const rng = new Prng(7);
  const totals = new ScreenTotals(lines);
  const times: number[] = [];
  const commandMs: number[] = [];
  const totalsMs: number[] = [];
  for (let i = 0; i < edits; i++) {
    const line = rng.pick(lines);
    const month = rng.pick(months);
    const amount = minorToMoney(rng.int(0, 50_000_000), 2);
    const t0 = now();
    const changed = await session.call('budget/set-cells', { fiscalYear, cells: [{ lineId: line.id, month, amount }] });
    const t1 = now();
    totals.apply(changed.lines);
    const t2 = now();
    times.push(t2 - t0);
    commandMs.push(t1 - t0);
    totalsMs.push(t2 - t1);
    const after = changed.lines.find((l) => l.id === line.id);
    if (!after || after.amounts[months.indexOf(month)] !== amount)
      throw new Error(`edit ${i} did not come back with ${amount}`);
  }
  return { times, commandMs, totalsMs, grand: totals.grand };
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
