import type { WorkbookInfo } from '../../src-shared/ipc/contract';

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
