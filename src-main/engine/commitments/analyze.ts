import { D, type Dec, type Money, toMoney } from '../../../src-shared/money';
import { EngineInputError, requireMoney } from '../errors';
import type { CommitmentReport, CommitmentRow, CommitmentStats, CommitmentTerm } from './types';

/** Options of the commitment analysis. */
export interface AnalyzeOptions {
  /**
   * Which on-demand rows a commitment could have covered (coverage denominator). Default:
   * Usage rows without a commitment whose PricingCategory is Standard or not given.
   */
  isEligible?: (row: CommitmentRow) => boolean;
  /** Terms by commitment id, for the elapsed share of each term. */
  terms?: ReadonlyMap<string, CommitmentTerm>;
}

interface Acc {
  type: string | null;
  purchased: Dec;
  used: Dec;
  unused: Dec;
  list: Dec;
  contracted: Dec | null;
  last: string;
}

function defaultEligible(row: CommitmentRow): boolean {
  return (
    row.chargeCategory === 'Usage' &&
    row.commitmentDiscountId === null &&
    (row.pricingCategory == null || row.pricingCategory === 'Standard')
  );
}

/** part ÷ whole × 100 rounded to 2 places; null for a zero whole. */
function pct(part: Dec, whole: Dec): string | null {
  return whole.isZero() ? null : toMoney(part.div(whole).times(100).toDecimalPlaces(2, D.ROUND_HALF_UP));
}

function termElapsed(acc: Acc, term: CommitmentTerm | undefined, id: string): string | null {
  if (!term) return null;
  const start = Date.parse(term.start);
  const end = Date.parse(term.end);
  if (!(end > start)) throw new EngineInputError(`${id}: term ends before it starts`, id, 'term');
  // Elapsed up to the start of the last charge period seen, clamped to the term.
  const seen = Math.min(Math.max(Date.parse(acc.last), start), end);
  return pct(new D(seen - start), new D(end - start));
}

function statsOf(id: string, a: Acc, terms: AnalyzeOptions['terms']): CommitmentStats {
  const cost = a.used.plus(a.unused);
  const savings = a.list.minus(a.used);
  const net = savings.minus(a.unused);
  return {
    commitmentDiscountId: id,
    commitmentDiscountType: a.type,
    purchasedCost: toMoney(a.purchased),
    usedCost: toMoney(a.used),
    unusedCost: toMoney(a.unused),
    commitmentCost: toMoney(cost),
    utilizationPct: pct(a.used, cost),
    onDemandEquivalent: toMoney(a.list),
    savingsVsList: toMoney(savings),
    savingsVsContracted: a.contracted === null ? null : toMoney(a.contracted.minus(a.used)),
    netSavings: toMoney(net),
    roiPct: pct(net, cost),
    termElapsedPct: termElapsed(a, terms?.get(id), id),
  };
}

/**
 * Utilization, coverage, savings, unused cost and ROI of each commitment from FOCUS rows.
 * Purchase rows give what was paid; Used rows the amortized cost that covered usage and the
 * on-demand (list) and contracted value of that usage; Unused rows the idle commitment.
 * Money is summed exactly. A bad amount throws EngineInputError naming the row (1-based) and column.
 */
export function analyzeCommitments(rows: readonly CommitmentRow[], options: AnalyzeOptions = {}): CommitmentReport {
  const eligible = options.isEligible ?? defaultEligible;
  const accs = new Map<string, Acc>();
  let uncovered = new D(0);
  rows.forEach((row, i) => {
    const item = `row ${i + 1}`;
    const billed = new D(requireMoney(row.billedCost, item, 'BilledCost'));
    const effective = new D(requireMoney(row.effectiveCost, item, 'EffectiveCost'));
    const list = new D(requireMoney(row.listCost, item, 'ListCost'));
    const contracted =
      row.contractedCost === null ? null : new D(requireMoney(row.contractedCost, item, 'ContractedCost'));
    const id = row.commitmentDiscountId;
    if (id === null) {
      if (eligible(row)) uncovered = uncovered.plus(list);
      return;
    }
    const zero = new D(0);
    const a: Acc = accs.get(id) ?? {
      type: row.commitmentDiscountType ?? null,
      purchased: zero,
      used: zero,
      unused: zero,
      list: zero,
      contracted: zero,
      last: row.chargePeriodStart,
    };
    if (row.chargePeriodStart > a.last) a.last = row.chargePeriodStart;
    if (row.chargeCategory === 'Purchase') a.purchased = a.purchased.plus(billed);
    else if (row.commitmentDiscountStatus === 'Used') {
      a.used = a.used.plus(effective);
      a.list = a.list.plus(list);
      // One Used row without ContractedCost makes the contracted savings unknown, not understated.
      a.contracted = a.contracted === null || contracted === null ? null : a.contracted.plus(contracted);
    } else if (row.commitmentDiscountStatus === 'Unused') a.unused = a.unused.plus(effective);
    accs.set(id, a);
  });
  const commitments = [...accs].map(([id, a]) => statsOf(id, a, options.terms));
  const covered = commitments.reduce((acc, c) => acc.plus(c.onDemandEquivalent), new D(0));
  return {
    commitments,
    coveredOnDemandCost: toMoney(covered),
    uncoveredOnDemandCost: toMoney(uncovered),
    coveragePct: pct(covered, covered.plus(uncovered)),
  };
}

/** Sum of a money column over rows, exact; a convenience for reconciling reports to files. */
export function sumColumn(rows: readonly CommitmentRow[], column: 'billedCost' | 'effectiveCost' | 'listCost'): Money {
  return toMoney(rows.reduce((acc, r) => acc.plus(r[column]), new D(0)));
}

/** Used and unused commitment cost of one commitment in one month. */
export interface MonthlyUtilization {
  commitmentDiscountId: string;
  /** "YYYY-MM" of ChargePeriodStart. */
  month: string;
  usedCost: Money;
  unusedCost: Money;
  utilizationPct: string | null;
}

/**
 * Utilization per commitment and month (from ChargePeriodStart), for a trend chart: the
 * EffectiveCost of Used and Unused rows, sorted by commitment then month.
 */
export function utilizationByMonth(rows: readonly CommitmentRow[]): MonthlyUtilization[] {
  const cells = new Map<string, { id: string; month: string; used: Dec; unused: Dec }>();
  rows.forEach((row, i) => {
    const id = row.commitmentDiscountId;
    if (id === null || row.commitmentDiscountStatus === null) return;
    const effective = new D(requireMoney(row.effectiveCost, `row ${i + 1}`, 'EffectiveCost'));
    const month = row.chargePeriodStart.slice(0, 7);
    const key = `${id}\u0000${month}`;
    const c = cells.get(key) ?? { id, month, used: new D(0), unused: new D(0) };
    if (row.commitmentDiscountStatus === 'Used') c.used = c.used.plus(effective);
    else c.unused = c.unused.plus(effective);
    cells.set(key, c);
  });
  return [...cells.values()]
    .sort((a, b) => (a.id === b.id ? a.month.localeCompare(b.month) : a.id.localeCompare(b.id)))
    .map((c) => ({
      commitmentDiscountId: c.id,
      month: c.month,
      usedCost: toMoney(c.used),
      unusedCost: toMoney(c.unused),
      utilizationPct: pct(c.used, c.used.plus(c.unused)),
    }));
}
