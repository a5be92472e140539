import { ExactSum } from './exact-sum';
import type { ImportProblem, ImportTotals, LeftOutRow } from '../../../src-shared/model/imports';
import type { RowOutcome } from './validate-row';

interface Sums {
  file: ExactSum;
  imported: ExactSum;
  leftOut: ExactSum;
  already: ExactSum;
}

/**
 * Control totals of a file as its rows are checked: per currency, the file's own total
 * (every amount that could be read), what would be imported, what is left out because of
 * problems and what was imported before. file = imported + left out + already imported,
 * always (rows whose amount cannot be read count in no sum and are listed).
 */
export class ImportTally {
  rowCount = 0;
  validCount = 0;
  alreadyCount = 0;
  problemCount = 0;
  readonly problems: ImportProblem[] = [];
  readonly leftOut: LeftOutRow[] = [];
  private readonly sums = new Map<string, Sums>();

  /** @param problemLimit how many problems to keep for the report (all are counted). */
  constructor(private readonly problemLimit = 5000) {}

  add(o: RowOutcome, row: number): void {
    this.rowCount++;
    let s = this.sums.get(o.currency);
    if (!s) {
      s = { file: new ExactSum(), imported: new ExactSum(), leftOut: new ExactSum(), already: new ExactSum() };
      this.sums.set(o.currency, s);
    }
    if (o.amount !== null) s.file.add(o.amount);
    if (o.record) {
      this.validCount++;
      s.imported.add(o.record.amount);
      return;
    }
    for (const p of o.problems) {
      this.problemCount++;
      if (this.problems.length < this.problemLimit) this.problems.push(p);
    }
    if (o.already) {
      this.alreadyCount++;
      if (o.amount !== null) s.already.add(o.amount);
      return;
    }
    if (o.amount !== null) s.leftOut.add(o.amount);
    if (this.leftOut.length < this.problemLimit) {
      this.leftOut.push({ row, amount: o.amount, currency: o.currency, reasons: o.problems.map((p) => p.message) });
    }
  }

  get leftOutCount(): number {
    return this.rowCount - this.validCount - this.alreadyCount;
  }

  /** The totals per currency, currencies in alphabetical order. */
  totals(): ImportTotals[] {
    return [...this.sums.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, s]) => ({
        currency,
        fileTotal: s.file.value(),
        importTotal: s.imported.value(),
        leftOutTotal: s.leftOut.value(),
        alreadyImportedTotal: s.already.value(),
      }));
  }
}
