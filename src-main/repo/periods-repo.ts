import { fiscalYearMonths, parseMonthKey } from '../../src-shared/calendar/fiscal';
import type { FiscalPeriod } from '../../src-shared/model';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

/** The 12 calendar-month periods of fiscal year `fy` (start and end dates inclusive, ISO). */
export function fiscalPeriodsOf(fy: number, fyStartMonth: number): FiscalPeriod[] {
  return fiscalYearMonths(fy, fyStartMonth).map((month, i) => {
    const { year, month: m } = parseMonthKey(month);
    const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
    return {
      fiscalYear: fy,
      period: i + 1,
      month,
      startDate: `${month}-01`,
      endDate: `${month}-${String(lastDay).padStart(2, '0')}`,
    };
  });
}

export const fiscalPeriodRow = (p: FiscalPeriod): Row => ({
  fiscal_year: p.fiscalYear,
  period: p.period,
  month: p.month,
  start_date: p.startDate,
  end_date: p.endDate,
});

/** Fiscal years that have stored periods, ascending. */
export function storedFiscalYears(db: Sqlite): number[] {
  return db.prepare('SELECT DISTINCT fiscal_year FROM fiscal_periods ORDER BY fiscal_year').pluck().all() as number[];
}

/** Months covered by stored periods, ascending. */
export function storedPeriodMonths(db: Sqlite): string[] {
  return db.prepare('SELECT month FROM fiscal_periods ORDER BY month').pluck().all() as string[];
}

export function storedPeriods(db: Sqlite, fy: number): FiscalPeriod[] {
  return db
    .prepare(
      `SELECT fiscal_year AS fiscalYear, period, month, start_date AS startDate, end_date AS endDate
       FROM fiscal_periods WHERE fiscal_year = ? ORDER BY period`,
    )
    .all(fy) as FiscalPeriod[];
}
