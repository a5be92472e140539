import type {
  AccountingSummaryLine,
  AccountingSummaryRow,
  AccountingSummarySource,
  ExpenseType,
  SummaryBy,
} from '../../src-shared/model';
import { isZeroMoney, subMoney, type Money } from '../../src-shared/money';
import { convertToBase, type RateKind } from '../engine/fx';
import { ExactSum } from '../repo/exact-sum';
import type { AccountingEnv } from './accounting-env';
import type { CellKey } from './accounting-views';
import { engineCall } from './engine-input';

/** Amounts of one currency and row, per period, in the transaction currency. */
export interface TransactionCells {
  currency: string;
  key: CellKey;
  amounts: Money[];
}

const SEP = '\u0000';

/**
 * Exact sums per currency, row and period in the transaction currency: budget lines and
 * actuals are summed here first so each cell is converted (and rounded) once.
 */
export class CurrencyCells {
  private readonly cells = new Map<string, { currency: string; key: CellKey; sums: ExactSum[] }>();

  constructor(readonly periodCount: number) {}

  add(currency: string, key: CellKey, index: number, amount: Money): void {
    if (isZeroMoney(amount)) return;
    const k = `${currency}${SEP}${key.group}${SEP}${key.type}`;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { currency, key, sums: Array.from({ length: this.periodCount }, () => new ExactSum()) };
      this.cells.set(k, cell);
    }
    cell.sums[index]!.add(amount);
  }

  *rows(): Generator<TransactionCells> {
    for (const c of this.cells.values())
      yield { currency: c.currency, key: c.key, amounts: c.sums.map((s) => s.value()) };
  }
}

/**
 * One amount in the base currency at the budget or actual rate of `month` ("YYYY-MM"),
 * rounded with the workbook's rounding mode; a base-currency amount as it is. A missing
 * rate is a 'validation' error naming the pair and month, prefixed with `context`.
 */
export function toBase(
  env: AccountingEnv,
  amount: Money,
  currency: string,
  month: string,
  kind: RateKind,
  context: string,
): Money {
  if (currency === env.baseCurrency) return amount;
  return engineCall(
    () => convertToBase(env.rates, { amount, currency }, month, kind, { rounding: env.rounding }),
    context,
  );
}

const zeros = (n: number) => Array.from({ length: n }, () => new ExactSum());

/** Exact base-currency sums per row and period, as the summary's rows are keyed. */
export class RowSums {
  readonly rows = new Map<string, ExactSum[]>();
  readonly split: Record<ExpenseType, LineSums>;

  /** `rowOf` folds a cell's group into its row key (unused by CapEx/OpEx, keyed by type). */
  constructor(
    readonly periodCount: number,
    readonly by: SummaryBy,
    readonly rowOf: (group: string) => string,
  ) {
    this.split = { CapEx: new LineSums(periodCount), OpEx: new LineSums(periodCount) };
    // The CapEx/OpEx view always shows both rows, even when one is empty.
    if (by === 'capex-opex') for (const t of ['CapEx', 'OpEx']) this.rows.set(t, zeros(periodCount));
  }

  add(key: CellKey, index: number, base: Money): void {
    const rowKey = this.by === 'capex-opex' ? key.type : this.rowOf(key.group);
    let row = this.rows.get(rowKey);
    if (!row) this.rows.set(rowKey, (row = zeros(this.periodCount)));
    row[index]!.add(base);
    this.split[key.type].add(index, base);
  }

  /**
   * The rows with their totals; for cost centers and towers by label, the items that have
   * none last. `label` names a group key, `none` the '' group.
   */
  finish(label: (key: string) => string, none: string): AccountingSummaryRow[] {
    const out = [...this.rows].map(([key, sums]) => {
      const amounts = sums.map((s) => s.value());
      const name = this.by === 'capex-opex' ? key : key === '' ? none : label(key);
      return { key, label: name, amounts, total: new ExactSum().addAll(amounts).value() };
    });
    if (this.by !== 'capex-opex') {
      out.sort((a, b) =>
        (a.key === '') !== (b.key === '') ? (a.key === '' ? 1 : -1) : a.label.localeCompare(b.label),
      );
    }
    return out;
  }

  /** CapEx and OpEx per period and in total. */
  splitLines(): Record<ExpenseType, AccountingSummaryLine> {
    return { CapEx: this.split.CapEx.value(), OpEx: this.split.OpEx.value() };
  }
}

/** Per-period exact sums and their total. */
export class LineSums {
  readonly sums: ExactSum[];

  constructor(periodCount: number) {
    this.sums = zeros(periodCount);
  }

  add(index: number, amount: Money): void {
    this.sums[index]!.add(amount);
  }

  value(): AccountingSummaryLine {
    const amounts = this.sums.map((s) => s.value());
    return { amounts, total: new ExactSum().addAll(amounts).value() };
  }
}

/** Σ rows per period and in total, exactly. */
export function columnTotals(rows: readonly AccountingSummaryRow[], periodCount: number): AccountingSummaryLine {
  const line = new LineSums(periodCount);
  for (const r of rows) r.amounts.forEach((a, i) => line.add(i, a));
  return line.value();
}

/** a − b per period and in total. */
export function lineDifference(a: AccountingSummaryLine, b: AccountingSummaryLine): AccountingSummaryLine {
  const line = new LineSums(a.amounts.length);
  a.amounts.forEach((x, i) => line.add(i, subMoney(x, b.amounts[i]!)));
  return line.value();
}

/** The planned spend of every source, as the tally collects it. */
export type SourceSums = Record<AccountingSummarySource, LineSums>;

/** The totals of CapEx and OpEx lines. */
export function totalsOf(split: Record<ExpenseType, AccountingSummaryLine>): Record<ExpenseType, Money> {
  return { CapEx: split.CapEx.total, OpEx: split.OpEx.total };
}
