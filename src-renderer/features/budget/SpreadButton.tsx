import type { CustomCellRendererProps } from 'ag-grid-react';
import type { BudgetRow } from './budget-rows';

/** Row action opening the spread tools for a line. */
export function SpreadButton(props: CustomCellRendererProps<BudgetRow> & { onSpread: (lineId: string) => void }) {
  const row = props.data;
  if (row?.kind !== 'line' || row.committed) return null;
  return (
    <button
      type="button"
      className="row-action"
      title="Spread this line over the months…"
      aria-label="Spread line"
      data-testid="spread-line"
      onClick={(e) => {
        e.stopPropagation();
        props.onSpread(row.id);
      }}
    >
      ⇹
    </button>
  );
}
