import type { CustomCellRendererProps } from 'ag-grid-react';
import type { BudgetRow } from './budget-rows';
import { SOURCE_LABEL } from './committed-rows';

export interface DescriptionCellParams {
  /** The double-count warning of a manual line, if any. */
  doubleCount(lineId: string): string | null;
}

/**
 * A line's description: committed rows lead with their source badge (Contract, Invoice,
 * Asset), lines costed from a driver or posted from a forecast or TCO model with theirs; a manual line that may repeat a committed row's spend gets a warning marker
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
  const origin = row.line.driver ? (
    <span className="source-badge source-driver" data-testid="driver-badge">
      Driver {row.line.driver.code}
    </span>
  ) : row.line.posted ? (
    <span className="source-badge source-posted" data-testid="posted-badge">
      {row.line.posted.kind === 'forecast' ? 'Forecast' : 'TCO'}
    </span>
  ) : null;
  const warning = props.doubleCount(row.id);
  if (!warning && !origin) return <>{text}</>;
  if (!warning) {
    return (
      <span className="committed-cell">
        {origin}
        <span className="committed-text">{text}</span>
      </span>
    );
  }
  return (
    <span className="committed-cell">
      <span className="double-count-mark" data-testid="double-count" role="img" aria-label={warning}>
        ⚠
      </span>
      {origin}
      <span>{text}</span>
    </span>
  );
}
