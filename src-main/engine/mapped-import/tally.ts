import { D, type Dec } from '../../../src-shared/money/decimal';
import { toMoney } from '../../../src-shared/money/money';
import type { ImportProblem, ImportTotals, LeftOutRow } from '../../../src-shared/model/imports';
import type { RowOutcome } from './validate-row';

interface Sums {
  file: Dec;
  imported: Dec;
  leftOut: Dec;
  already: Dec;
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
      s = { file: new D(0), imported: new D(0), leftOut: new D(0), already: new D(0) };
      this.sums.set(o.currency, s);
    }
    if (o.amount !== null) s.file = s.file.plus(o.amount);
    if (o.record) {
      this.validCount++;
      s.imported = s.imported.plus(o.record.amount);
      return;
    }
    for (const p of o.problems) {
      this.problemCount++;
      if (this.problems.length < this.problemLimit) this.problems.push(p);
    }
    if (o.already) {
      this.alreadyCount++;
      if (o.amount !== null) s.already = s.already.plus(o.amount);
      return;
    }
    if (o.amount !== null) s.leftOut = s.leftOut.plus(o.amount);
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
        fileTotal: toMoney(s.file),
        importTotal: toMoney(s.imported),
        leftOutTotal: toMoney(s.leftOut),
        alreadyImportedTotal: toMoney(s.already),
      }));
  }
}
