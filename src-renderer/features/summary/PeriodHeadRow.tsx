import type { AccountingSummary } from '../../../src-shared/model';
import { periodHeading, periodTooltip } from './summary-periods';

/** The head row of a summary table: the base currency, one column per period, and optionally a total. */
export function PeriodHeadRow({ summary, total = false }: { summary: AccountingSummary; total?: boolean }) {
  return (
    <tr>
      <th scope="col">{summary.baseCurrency}</th>
      {summary.periods.map((p) => (
        <th key={p.key} scope="col" className="num" title={periodTooltip(p, summary.calendarKind)}>
          {periodHeading(p, summary.calendarKind)}
        </th>
      ))}
      {total && (
        <th scope="col" className="num">
          Total
        </th>
      )}
    </tr>
  );
}
