import type { ColDef, TextMatcherParams } from 'ag-grid-community';
import type { BudgetRow } from './budget-rows';

/**
 * Text filter settings for a dimension column. Subtotal rows always pass, so a column
 * filter narrows the lines and the subtotals follow (recomputed from what is left),
 * rather than hiding the subtotals themselves.
 */
export const dimensionFilter: Partial<ColDef<BudgetRow>> = {
  filter: 'agTextColumnFilter',
  floatingFilter: true,
  filterValueGetter: (p) => (p.data?.kind === 'line' ? String(p.getValue(p.column.getColId()) ?? '') : 'subtotal'),
  filterParams: {
    filterOptions: ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith'],
    maxNumConditions: 1,
    textMatcher: (p: TextMatcherParams) => {
      if ((p.data as BudgetRow | undefined)?.kind !== 'line') return true;
      const value = String(p.value ?? '');
      const text = String(p.filterText ?? '');
      switch (p.filterOption) {
        case 'contains':
          return value.includes(text);
        case 'notContains':
          return !value.includes(text);
        case 'equals':
          return value === text;
        case 'notEqual':
          return value !== text;
        case 'startsWith':
          return value.startsWith(text);
        case 'endsWith':
          return value.endsWith(text);
        default:
          return true;
      }
    },
  },
};
