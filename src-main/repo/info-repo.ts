import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import type { Money } from '../../src-shared/money';
import type { Sqlite } from '../db/client';
import { TABLE_META } from '../db/table-meta';
import { ExactSum } from './exact-sum';

/** Row count of every table of the schema, by SQL table name. */
export function tableCounts(db: Sqlite): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of TABLE_META.keys()) {
    out[name] = db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number;
  }
  return out;
}

export interface ScenarioYearTotal {
  scenarioId: string;
  fiscalYear: number;
  /** Sum of the lines in the base currency. */
  total: Money;
  /** Per-currency sums, only when the scenario-year has more than one currency. */
  byCurrency?: Record<string, Money>;
}

/**
 * Exact budget totals per scenario and fiscal year, and the fiscal years that have
 * budget amounts or actuals. One pass over all amounts; sums are exact decimals.
 */
export function budgetTotals(
  db: Sqlite,
  fyStartMonth: number,
  baseCurrency: string,
): { totals: ScenarioYearTotal[]; fiscalYears: number[] } {
  const sums = new Map<string, { scenarioId: string; fiscalYear: number; byCurrency: Map<string, ExactSum> }>();
  const years = new Set<number>();
  const fyOfMonth = new Map<string, number>();
  const fyOf = (m: string) => {
    let fy = fyOfMonth.get(m);
    if (fy === undefined) fyOfMonth.set(m, (fy = fiscalYearOf(m, fyStartMonth)));
    return fy;
  };
  const rows = db
    .prepare(
      'SELECT l.scenario_id, l.currency, a.month, a.amount FROM budget_amounts a JOIN budget_lines l ON l.id = a.line_id',
    )
    .raw()
    .iterate() as IterableIterator<[string, string, string, string]>;
  for (const [scenarioId, currency, month, amount] of rows) {
    const fy = fyOf(month);
    years.add(fy);
    const key = `${scenarioId}\u0000${fy}`;
    let group = sums.get(key);
    if (!group) sums.set(key, (group = { scenarioId, fiscalYear: fy, byCurrency: new Map() }));
    let s = group.byCurrency.get(currency);
    if (!s) group.byCurrency.set(currency, (s = new ExactSum()));
    s.add(amount);
  }
  const actualMonths = db.prepare('SELECT DISTINCT month FROM actuals').pluck().all() as string[];
  for (const m of actualMonths) years.add(fyOf(m));
  const totals = [...sums.values()].map(({ scenarioId, fiscalYear, byCurrency }) => {
    const total = byCurrency.get(baseCurrency)?.value() ?? '0';
    const mixed = byCurrency.size > 1 || (byCurrency.size === 1 && !byCurrency.has(baseCurrency));
    return {
      scenarioId,
      fiscalYear,
      total,
      ...(mixed ? { byCurrency: Object.fromEntries([...byCurrency].sort().map(([c, s]) => [c, s.value()])) } : {}),
    };
  });
  return { totals, fiscalYears: [...years].sort((a, b) => a - b) };
}
