import { createFiscalCalendar, periodsBetween } from '../../../../src-shared/calendar';
import type { FiscalPeriodSpan } from '../../../../src-shared/calendar/calendar-types';
import { sumMoney, type Money } from '../../../../src-shared/money';
import type { DepreciableAsset, DepreciationSchedule } from '../../../../src-main/engine/depreciation';

/** Calendar-month fiscal periods from the period holding `from` to the one holding `to`. */
export function monthPeriods(from: string, to: string, startMonth = 1): FiscalPeriodSpan[] {
  return periodsBetween(createFiscalCalendar({ kind: 'calendar-months', startMonth }), from, to);
}

/** An asset with test defaults: USD, straight-line, full-month, 60 months, no salvage. */
export function asset(overrides: Partial<DepreciableAsset>): DepreciableAsset {
  return {
    id: 'A-1',
    name: 'Test asset',
    cost: '12000',
    salvage: '0',
    minorUnits: 2,
    inServiceDate: '2026-01-01',
    usefulLifeMonths: 60,
    method: 'straight-line',
    convention: 'full-month',
    ...overrides,
  };
}

/** Expense per fiscal year, as textbooks print annual schedules. */
export function expenseByYear(s: DepreciationSchedule): Record<number, Money> {
  const years: Record<number, Money[]> = {};
  for (const r of s.rows) (years[r.fiscalYear] ??= []).push(r.expense);
  return Object.fromEntries(Object.entries(years).map(([fy, xs]) => [fy, sumMoney(xs)]));
}

/** The expense column. */
export const expenses = (s: DepreciationSchedule): Money[] => s.rows.map((r) => r.expense);
