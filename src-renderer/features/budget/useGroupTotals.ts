import { useCallback, useRef } from 'react';
import type { GridApi, IRowNode, ModelUpdatedEvent, PostSortRowsParams } from 'ag-grid-community';
import { arrangeGroups, sumColumns } from '../../../src-shared/budget';
import type { Money } from '../../../src-shared/money';
import type { BudgetRow, LineRow } from './budget-rows';

const WIDTH = 13;
const zeros = (): Money[] => Array.from({ length: WIDTH }, () => '0');

interface Totals {
  /** Per cost center: the base-currency lines left after filtering, 12 months + total. */
  groups: Map<string, Money[]>;
  /** Per cost center: how many lines in other currencies the subtotal leaves out. */
  foreign: Map<string, number>;
  /** Per currency: all lines left after filtering. */
  grand: Map<string, Money[]>;
}

/**
 * Subtotals per cost center and grand totals, kept right under filter and sort.
 * The grid filters and sorts; `postSortRows` then regroups what is left by cost center
 * (groups in order of their first row, each subtotal after its group, empty groups'
 * subtotals dropped) and sums the remaining lines exactly. Amounts in different
 * currencies are never added together (there are no FX rates yet): subtotals add the
 * base-currency lines, and each currency has its own grand total. After the model
 * updates, subtotal and total cells are refreshed to show the new sums.
 */
export function useGroupTotals(baseCurrency: string) {
  const totals = useRef<Totals>({ groups: new Map(), foreign: new Map(), grand: new Map() });

  const postSortRows = useCallback(
    (p: PostSortRowsParams<BudgetRow>) => {
      const nodes = p.nodes;
      const { ordered, groups } = arrangeGroups(
        nodes,
        (n) => n.data?.costCenterId ?? '',
        (n) => n.data?.kind === 'subtotal',
      );
      const next: Totals = { groups: new Map(), foreign: new Map(), grand: new Map() };
      const byCurrency = new Map<string, Money[][]>();
      for (const [cc, members] of groups) {
        const base: Money[][] = [];
        let foreign = 0;
        for (const n of members) {
          const row = n.data as LineRow;
          let list = byCurrency.get(row.line.currency);
          if (!list) byCurrency.set(row.line.currency, (list = []));
          list.push(row.values);
          if (row.line.currency === baseCurrency) base.push(row.values);
          else foreign++;
        }
        next.groups.set(cc, sumColumns(base, WIDTH));
        if (foreign) next.foreign.set(cc, foreign);
      }
      for (const [cur, rows] of byCurrency) next.grand.set(cur, sumColumns(rows, WIDTH));
      totals.current = next;
      nodes.length = 0;
      for (const n of ordered) nodes.push(n);
    },
    [baseCurrency],
  );

  const onModelUpdated = useCallback(
    (e: ModelUpdatedEvent<BudgetRow>) => refreshTotals(e.api, totals.current.groups.keys()),
    [],
  );

  /** Figures of a subtotal or grand-total row: 12 months then the year total. */
  const totalsOf = useCallback((row: BudgetRow): readonly Money[] | undefined => {
    if (row.kind === 'grand') return totals.current.grand.get(row.currency) ?? zeros();
    if (row.kind === 'subtotal') return totals.current.groups.get(row.costCenterId);
    return undefined;
  }, []);

  /** Lines of a cost center left out of its subtotal because of their currency. */
  const foreignLines = useCallback((costCenterId: string) => totals.current.foreign.get(costCenterId) ?? 0, []);

  return { postSortRows, onModelUpdated, totalsOf, foreignLines };
}

/** Re-render the cells of subtotal rows and the pinned grand totals after new sums. */
function refreshTotals(api: GridApi<BudgetRow>, costCenterIds: Iterable<string>) {
  const nodes: IRowNode<BudgetRow>[] = [];
  for (const cc of costCenterIds) {
    const n = api.getRowNode(`subtotal:${cc}`);
    if (n) nodes.push(n);
  }
  for (let i = 0; i < api.getPinnedBottomRowCount(); i++) {
    const n = api.getPinnedBottomRow(i);
    if (n) nodes.push(n);
  }
  if (nodes.length) api.refreshCells({ rowNodes: nodes, force: true });
}
