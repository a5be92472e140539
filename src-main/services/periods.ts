import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import type { Sqlite } from '../db/client';
import { fiscalPeriodRow, fiscalPeriodsOf, storedFiscalYears, storedPeriodMonths } from '../repo/periods-repo';
import type { TrackedTx } from './command';

/**
 * Make sure the fiscal periods of these fiscal years are stored (a command that
 * writes amounts into a year calls this, so the periods table covers every year in use).
 * Returns the years it added. Commands call it through ensureFiscalYearsAndDrivers
 * (driver-costs.ts), which also costs driver-based lines over the new years.
 */
export function ensureFiscalYears(db: Sqlite, tx: TrackedTx, years: Iterable<number>, fyStartMonth: number): number[] {
  const have = new Set(storedFiscalYears(db));
  const added: number[] = [];
  for (const fy of new Set(years)) {
    if (have.has(fy)) continue;
    for (const p of fiscalPeriodsOf(fy, fyStartMonth)) tx.insert('fiscal_periods', fiscalPeriodRow(p));
    added.push(fy);
  }
  return added;
}

/**
 * Regenerate all periods for a new fiscal-year start month, covering every month the
 * old periods covered (and so every month with data).
 */
export function regenerateFiscalPeriods(db: Sqlite, tx: TrackedTx, newStartMonth: number): void {
  const months = storedPeriodMonths(db);
  const oldRows = db.prepare('SELECT fiscal_year, period FROM fiscal_periods ORDER BY fiscal_year, period').all() as {
    fiscal_year: number;
    period: number;
  }[];
  for (const k of oldRows) tx.delete('fiscal_periods', k);
  const years = new Set(months.map((m) => fiscalYearOf(m, newStartMonth)));
  for (const fy of [...years].sort((a, b) => a - b)) {
    for (const p of fiscalPeriodsOf(fy, newStartMonth)) tx.insert('fiscal_periods', fiscalPeriodRow(p));
  }
}
