import type { TcoResult } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';

/** Model years down, alternatives side by side: cash, P&L and cumulative cash of each. */
export function TcoYearTable({ result, minorUnits }: { result: TcoResult; minorUnits: number }) {
  const fmt = (m: string) => formatMoney(m, minorUnits);
  const first = result.alternatives[0];
  if (!first) return null;
  return (
    <div className="panel tco-table-wrap">
      <table className="tco-years" data-testid="tco-years-table">
        <thead>
          <tr>
            <th rowSpan={2}>Year</th>
            {result.alternatives.map((a) => (
              <th key={a.id} colSpan={3} className="tco-alt-head">
                {a.name}
              </th>
            ))}
          </tr>
          <tr>
            {result.alternatives.map((a) => [
              <th key={`${a.id}-c`}>Cash</th>,
              <th key={`${a.id}-p`}>P&amp;L</th>,
              <th key={`${a.id}-k`}>Cumulative cash</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {first.years.map((y, i) => (
            <tr key={y.year} data-year={y.year}>
              <th scope="row">
                {y.year} <span className="muted">from {y.firstMonth}</span>
              </th>
              {result.alternatives.map((a) => {
                const row = a.years[i];
                return [
                  <td key={`${a.id}-c`} data-col={`${a.id}-cash`}>
                    {row ? fmt(row.cash.total) : ''}
                  </td>,
                  <td key={`${a.id}-p`} data-col={`${a.id}-pnl`}>
                    {row ? fmt(row.pnl.total) : ''}
                  </td>,
                  <td key={`${a.id}-k`} data-col={`${a.id}-cumulative`}>
                    {row ? fmt(row.cash.cumulative) : ''}
                  </td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {result.alternatives.map((a) => [
              <td key={`${a.id}-c`}>{fmt(a.totalCash)}</td>,
              <td key={`${a.id}-p`}>{fmt(a.totalPnl)}</td>,
              <td key={`${a.id}-k`} />,
            ])}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
