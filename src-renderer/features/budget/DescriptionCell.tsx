import type { CustomCellRendererProps } from 'ag-grid-react';
import type { BudgetRow } from './budget-rows';
import { SOURCE_LABEL } from './committed-rows';

export interface DescriptionCellParams {
  /** The double-count warning of a manual line, if any. */
  doubleCount(lineId: string): string | null;
}

/**
 * A line's description: committed rows lead with their source badge (Contract, Invoice,
 * Asset); a manual line that may repeat a committed row's spend gets a warning marker
 * (its text is the cell's tooltip).
 */
export function DescriptionCell(props: CustomCellRendererProps<BudgetRow> & DescriptionCellParams) {
  const row = props.data;
  const text = String(props.value ?? '');
  if (row?.kind !== 'line') return <>{text}</>;
  if (row.committed) {
    const source = row.committed.source;
    return (
      <span className="committed-cell">
        <span className={`source-badge source-${source}`} data-testid="source-badge">
          {SOURCE_LABEL[source]}
        </span>
        <span className="committed-text">{text}</span>
      </span>
    );
  }
  const warning = props.doubleCount(row.id);
  if (!warning) return <>{text}</>;
  return (
    <span className="committed-cell">
      <span className="double-count-mark" data-testid="double-count" role="img" aria-label={warning}>
        ⚠
      </span>
      <span>{text}</span>
    </span>
  );
}
