import { useMemo } from 'react';
import { createFiscalCalendar } from '../../../src-shared/calendar/fiscal-calendar';
import { fxMonthOfPeriod, missingBudgetRates, type MissingRates } from '../../../src-shared/fx';
import type { FxRateRecord } from '../../../src-shared/model';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { useWorkbook } from '../../state/WorkbookContext';

/**
 * Currencies the workbook uses (budget lines of the year in any scenario, contracts, cost
 * items, assets) that lack a budget rate into the base currency for some month of fiscal
 * year `fy`, the months being those the accounting summary converts each period at.
 */
export function useMissingRates(fy: number, rates: readonly FxRateRecord[] | undefined): MissingRates[] | null {
  const wb = useWorkbook();
  const settings = useQuery('accounting/get-settings', {}, { staleOn: touches(TABLES.accountingSettings) });
  const contracts = useQuery('contracts/list', {}, { staleOn: touches(TABLES.contracts) });
  const items = useQuery('cost-items/list', {}, { staleOn: touches(TABLES.contracts) });
  const assets = useQuery('assets/list', {}, { staleOn: touches(TABLES.assets) });
  const base = wb.info.settings.baseCurrency;
  const totals = wb.info.totals;
  return useMemo(() => {
    if (!settings.data || !contracts.data || !items.data || !assets.data || !rates) return null;
    const used = new Set<string>();
    for (const t of totals) if (t.fiscalYear === fy) Object.keys(t.byCurrency ?? {}).forEach((c) => used.add(c));
    for (const x of [...contracts.data, ...items.data, ...assets.data]) used.add(x.currency);
    let months: string[];
    try {
      months = createFiscalCalendar(settings.data.calendar).periods(fy).map(fxMonthOfPeriod);
    } catch {
      return null;
    }
    return missingBudgetRates({ currencies: used, baseCurrency: base, months, rates });
  }, [settings.data, contracts.data, items.data, assets.data, rates, totals, fy, base]);
}
