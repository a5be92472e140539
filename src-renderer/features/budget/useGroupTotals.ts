import { useCallback, useRef } from 'react';
import type { GridApi, IRowNode, ModelUpdatedEvent, PostSortRowsParams } from 'ag-grid-community';
import { arrangeGroups } from '../../../src-shared/budget';
import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import type { Money } from '../../../src-shared/money';
import type { BudgetRow, LineRow } from './budget-rows';
import { monthColId, TOTAL_COL } from './budget-columns';
import { GroupTotals, noneTouched, TOTALS_WIDTH, type TotalsTouched } from './group-totals';

const zeros = (): Money[] => Array.from({ length: TOTALS_WIDTH }, () => '0');

/**
 * Subtotals per cost center and grand totals, kept right under filter and sort.
 * The grid filters and sorts; `postSortRows` then regroups what is left by cost center
 * (groups in order of their first row, each subtotal after its group, empty groups'
 * subtotals dropped) and sums the remaining lines exactly (see GroupTotals). After the
 * model updates, subtotal and total cells are refreshed to show the new sums.
 * `applyAmountEdits` is the fast path for edits of amounts only: rows are replaced in
 * place and the sums moved by the difference, without re-running filter, sort or sums.
 * `onChange` hears of every new set of sums (to convert the grand totals to the base currency).
 */
export function useGroupTotals(baseCurrency: string, onChange?: (api: GridApi<BudgetRow>) => void) {
  const totals = useRef<GroupTotals>(GroupTotals.empty(baseCurrency));
  const changed = useRef(onChange);
  changed.current = onChange;

  const postSortRows = useCallback(
    (p: PostSortRowsParams<BudgetRow>) => {
      const nodes = p.nodes;
      const { ordered, groups } = arrangeGroups(
        nodes,
        (n) => n.data?.costCenterId ?? '',
        (n) => n.data?.kind === 'subtotal',
      );
      const lines = [...groups].map(([cc, members]) => [cc, members.map((n) => n.data as LineRow)] as const);
      totals.current = GroupTotals.of(lines, baseCurrency);
      nodes.length = 0;
      for (const n of ordered) nodes.push(n);
      changed.current?.(p.api);
    },
    [baseCurrency],
  );

  const onModelUpdated = useCallback((e: ModelUpdatedEvent<BudgetRow>) => {
    const t = totals.current;
    refreshTotals(e.api, { costCenters: new Set(t.groups.keys()), currencies: new Set(t.grand.keys()) });
  }, []);

  /**
   * Put rows whose amounts alone changed into the grid: each node takes its new row
   * (only that row repaints), the sums move by new − old, and only the subtotal and
   * grand-total cells of the months that changed repaint. Filters cannot change their
   * verdict on such rows; the caller makes sure no amount column is sorted.
   */
  const applyAmountEdits = useCallback(
    (api: GridApi<BudgetRow>, pairs: readonly [LineRow, LineRow][], months: readonly MonthKey[]): boolean => {
      const nodes: IRowNode<BudgetRow>[] = [];
      for (const [, row] of pairs) {
        const node = api.getRowNode(row.id);
        if (!node) return false;
        nodes.push(node);
      }
      const touched = noneTouched();
      pairs.forEach(([old, row], i) => {
        nodes[i]!.updateData(row);
        totals.current.replace(old, row, touched);
      });
      const colIds = [...touched.columns].map((i) => (i < months.length ? monthColId(months[i]!) : TOTAL_COL));
      refreshTotals(api, touched, colIds);
      if (touched.currencies.size > 0) changed.current?.(api);
      return true;
    },
    [],
  );

  /** Figures of a subtotal or grand-total row: 12 months then the year total. */
  const totalsOf = useCallback((row: BudgetRow): readonly Money[] | undefined => {
    if (row.kind === 'grand') return totals.current.grand.get(row.currency) ?? zeros();
    if (row.kind === 'subtotal') return totals.current.groups.get(row.costCenterId);
    return undefined;
  }, []);

  /** Grand totals per currency (12 months + total) of the rows left after filtering. */
  const grand = useCallback((): ReadonlyMap<string, readonly Money[]> => totals.current.grand, []);

  /** Lines of a cost center left out of its subtotal because of their currency. */
  const foreignLines = useCallback((costCenterId: string) => totals.current.foreign.get(costCenterId) ?? 0, []);

  return { postSortRows, onModelUpdated, applyAmountEdits, totalsOf, foreignLines, grand };
}

/**
 * Re-render the cells of these subtotal rows and grand-total rows after new sums: all
 * their cells, or only the given columns.
 */
function refreshTotals(
  api: GridApi<BudgetRow>,
  which: Pick<TotalsTouched, 'costCenters' | 'currencies'>,
  columns?: string[],
) {
  const nodes: IRowNode<BudgetRow>[] = [];
  for (const cc of which.costCenters) {
    const n = api.getRowNode(`subtotal:${cc}`);
    if (n) nodes.push(n);
  }
  for (let i = 0; i < api.getPinnedBottomRowCount(); i++) {
    const n = api.getPinnedBottomRow(i);
    if (n?.data?.kind === 'grand' && which.currencies.has(n.data.currency)) nodes.push(n);
  }
  if (!nodes.length) return;
  if (!columns) api.refreshCells({ rowNodes: nodes, force: true });
  else if (columns.length) api.refreshCells({ rowNodes: nodes, columns, force: true });
}
