import type {
  CloudCurrencyTotals,
  CloudDimension,
  CloudMeasure,
  CloudTotals,
} from '../../src-shared/ipc/cloud-costs-contract';
import { compareMoney, type Money } from '../../src-shared/money';
import { ExactSum } from '../engine/mapped-import/exact-sum';
import type { Sqlite } from '../db/client';
import { aggregateCells, aggregateChoices, type AggregateFilter } from '../repo/cloud-costs-repo';

/** The measure of a basis: accrual reads EffectiveCost (amortized), cash BilledCost (invoiced). */
export function measureOf(basis: 'accrual' | 'cash'): {
  measure: CloudMeasure;
  column: 'effective_cost' | 'billed_cost';
} {
  return basis === 'cash'
    ? { measure: 'BilledCost', column: 'billed_cost' }
    : { measure: 'EffectiveCost', column: 'effective_cost' };
}

interface RowAcc {
  byMonth: Map<string, ExactSum>;
  total: ExactSum;
  rows: number;
}

const sumsOf = (m: Map<string, ExactSum>): Record<string, Money> =>
  Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => [k, s.value()]));

/**
 * Exact totals of the stored billing aggregates by one dimension × charge month, one table
 * per currency (never added across currencies). Rows sorted by total, largest first.
 */
export function cloudTotals(
  db: Sqlite,
  args: AggregateFilter & { dimension: CloudDimension; tagKey?: string; basis: 'accrual' | 'cash' },
): CloudTotals {
  const { measure, column } = measureOf(args.basis);
  const byCurrency = new Map<string, Map<string | null, RowAcc>>();
  const months = new Set<string>();
  const tagKey = args.dimension === 'tag' ? args.tagKey : undefined;
  const dimension = args.dimension === 'tag' && !tagKey ? 'provider' : args.dimension;
  for (const c of aggregateCells(db, dimension, column, { ...args, tagKey })) {
    months.add(c.month);
    let rows = byCurrency.get(c.currency);
    if (!rows) byCurrency.set(c.currency, (rows = new Map()));
    let acc = rows.get(c.key);
    if (!acc) rows.set(c.key, (acc = { byMonth: new Map(), total: new ExactSum(), rows: 0 }));
    let cell = acc.byMonth.get(c.month);
    if (!cell) acc.byMonth.set(c.month, (cell = new ExactSum()));
    cell.add(c.cost);
    acc.total.add(c.cost);
    acc.rows += c.rows;
  }
  const currencies: CloudCurrencyTotals[] = [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, rows]) => {
      const monthSums = new Map<string, ExactSum>();
      const total = new ExactSum();
      const out = [...rows].map(([key, acc]) => {
        for (const [m, s] of acc.byMonth) {
          let t = monthSums.get(m);
          if (!t) monthSums.set(m, (t = new ExactSum()));
          t.add(s.value());
        }
        const rowTotal = acc.total.value();
        total.add(rowTotal);
        return { key, byMonth: sumsOf(acc.byMonth), total: rowTotal, rows: acc.rows };
      });
      out.sort((a, b) => compareMoney(b.total, a.total) || String(a.key).localeCompare(String(b.key)));
      return { currency, rows: out, byMonth: sumsOf(monthSums), total: total.value() };
    });
  return { measure, months: [...months].sort(), currencies, ...aggregateChoices(db) };
}
