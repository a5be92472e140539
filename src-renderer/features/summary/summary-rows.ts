import type { AccountingSummary } from '../../../src-shared/model';
import type { Money } from '../../../src-shared/money';

/** A row of the summary grid: a group, or one of the pinned rows under it. */
export interface SummaryGridRow {
  id: string;
  label: string;
  amounts: Money[];
  total: Money;
  kind: 'group' | 'total' | 'split';
}

/** Id of the pinned total row. */
export const TOTAL_ROW_ID = 'grand-total';

/**
 * The grid's rows (one per group) and its pinned rows: the total, then for cost centers
 * and towers the CapEx/OpEx split of it (the CapEx/OpEx grouping already shows it as rows).
 */
export function summaryGridRows(s: AccountingSummary): { rows: SummaryGridRow[]; pinned: SummaryGridRow[] } {
  const rows = s.rows.map((r) => ({
    id: `row:${r.key}`,
    label: r.label,
    amounts: r.amounts,
    total: r.total,
    kind: 'group' as const,
  }));
  const pinned: SummaryGridRow[] = [
    { id: TOTAL_ROW_ID, label: 'Total', amounts: s.total.amounts, total: s.total.total, kind: 'total' },
  ];
  if (s.by !== 'capex-opex') {
    for (const t of ['CapEx', 'OpEx'] as const) {
      const line = s.splitByPeriod[t];
      pinned.push({
        id: `split:${t}`,
        label: `of which ${t}`,
        amounts: line.amounts,
        total: line.total,
        kind: 'split',
      });
    }
  }
  return { rows, pinned };
}
