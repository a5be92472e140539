/** 0-based positions of the list-form columns in a pasted block. */
export interface ListColumns {
  from: number;
  to: number;
  month: number;
  budget: number;
  /** Null when the block has no actual-rate column. */
  actual: number | null;
}

/** The order when no header names the columns: From, To, Month, Budget rate, Actual rate. */
export const POSITIONAL: ListColumns = { from: 0, to: 1, month: 2, budget: 3, actual: 4 };

const NAMES: Record<keyof ListColumns, readonly string[]> = {
  from: ['from', 'fromcurrency', 'currencyfrom', 'ccyfrom', 'source', 'sourcecurrency', 'fromccy'],
  to: ['to', 'tocurrency', 'currencyto', 'ccyto', 'target', 'targetcurrency', 'toccy', 'quote'],
  month: ['month', 'period', 'date', 'yearmonth', 'monthkey'],
  budget: ['budget', 'budgetrate', 'budgetfxrate', 'planrate', 'rate', 'budgetfx'],
  actual: ['actual', 'actualrate', 'actualfxrate', 'actualfx', 'actuals'],
};

const normal = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Read a first row as a list header. `named` when it names at least From, To, Month and
 * Budget rate (in any order; "Actual rate" optional), and then `columns` follows the names;
 * otherwise `columns` is the positional order.
 */
export function readListHeader(cells: readonly string[]): { named: boolean; columns: ListColumns } {
  const found: Partial<Record<keyof ListColumns, number>> = {};
  cells.forEach((c, i) => {
    const n = normal(c);
    for (const key of Object.keys(NAMES) as (keyof ListColumns)[]) {
      if (found[key] === undefined && NAMES[key].includes(n)) found[key] = i;
    }
  });
  const { from, to, month, budget, actual } = found;
  if (from === undefined || to === undefined || month === undefined || budget === undefined) {
    return { named: false, columns: POSITIONAL };
  }
  return { named: true, columns: { from, to, month, budget, actual: actual ?? null } };
}
