import type { TcoResult } from '../../../src-shared/model';
import { breakEvenText } from './break-even';

/**
 * Break-even matrix on cumulative cash: the row's alternative against the column's, the
 * month from which it stays cheaper, or "never" within the horizon.
 */
export function TcoBreakEven({ result }: { result: TcoResult }) {
  const alts = result.alternatives;
  return (
    <div className="panel tco-break-even">
      <h3>Break-even on cumulative cash</h3>
      <table data-testid="tco-break-even">
        <thead>
          <tr>
            <th>Cheaper from … than</th>
            {alts.map((a) => (
              <th key={a.id}>{a.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {alts.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {alts.map((col) => {
                if (col.id === row.id) return <td key={col.id} className="muted" />;
                const b = result.breakEven.find((x) => x.cheaper === row.id && x.than === col.id);
                return (
                  <td
                    key={col.id}
                    title={breakEvenText(result, row.id, col.id)}
                    aria-label={breakEvenText(result, row.id, col.id)}
                    data-testid={`tco-break-even-${row.id}-${col.id}`}
                  >
                    {b?.monthLabel ?? 'never'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
