import type { FxRateRecord } from '../../src-shared/model';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

interface FxDbRow {
  from_currency: string;
  to_currency: string;
  period: string;
  budget_rate: string;
  actual_rate: string | null;
}

const fromRow = (r: FxDbRow): FxRateRecord => ({
  from: r.from_currency,
  to: r.to_currency,
  period: r.period,
  budgetRate: r.budget_rate,
  actualRate: r.actual_rate,
});

/** Rates ordered by pair and month, optionally only those from and/or to a currency. */
export function listFxRates(db: Sqlite, filter: { from?: string; to?: string } = {}): FxRateRecord[] {
  const rows = db
    .prepare(
      `SELECT * FROM fx_rates WHERE (@from IS NULL OR from_currency = @from) AND (@to IS NULL OR to_currency = @to)
       ORDER BY from_currency, to_currency, period`,
    )
    .all({ from: filter.from ?? null, to: filter.to ?? null }) as FxDbRow[];
  return rows.map(fromRow);
}

export const FX_COLUMNS = ['from_currency', 'to_currency', 'period', 'budget_rate', 'actual_rate'] as const;

export const fxRateRow = (r: FxRateRecord): Row => ({
  from_currency: r.from,
  to_currency: r.to,
  period: r.period,
  budget_rate: r.budgetRate,
  actual_rate: r.actualRate,
});
