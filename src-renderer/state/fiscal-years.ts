import type { WorkbookInfo } from '../../src-shared/ipc/contract';
import { fiscalYearMonths, monthLabel } from '../../src-shared/calendar/fiscal';

/**
 * Fiscal years the picker offers: those with budget or actuals, the current one, and
 * the year after the last, so a new year can be planned (e.g. from the previous year).
 */
export function selectableYears(info: Pick<WorkbookInfo, 'fiscalYears' | 'currentFiscalYear'>): number[] {
  const years = new Set(info.fiscalYears);
  years.add(info.currentFiscalYear);
  years.add(Math.max(...years) + 1);
  return [...years].sort((a, b) => a - b);
}

/** The months a fiscal year spans, as shown: "Jul 2026 – Jun 2027". `startMonth` 1 = January. */
export function fiscalYearSpan(fy: number, startMonth: number): string {
  const months = fiscalYearMonths(fy, startMonth);
  return `${monthLabel(months[0]!)} – ${monthLabel(months[11]!)}`;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
