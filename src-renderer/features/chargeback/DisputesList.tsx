import type { DisputeView, InvoiceLine } from '../../../src-shared/model/chargeback-invoices';

function resolutionText(d: DisputeView): string {
  const r = d.resolution;
  if (!r) return '';
  const what = typeof r.kind === 'string' ? r.kind : '';
  const figure = typeof r.amount === 'string' ? ` ${r.amount}` : typeof r.quantity === 'string' ? ` ${r.quantity}` : '';
  const note = typeof r.note === 'string' && r.note ? ` — ${r.note}` : '';
  return `${what}${figure}${note}`;
}

/** The unit's disputes of the month, newest last, with Resolve on the open ones. */
export function DisputesList(props: {
  disputes: readonly DisputeView[];
  lines: readonly InvoiceLine[];
  onResolve: (d: DisputeView) => void;
}) {
  const describe = (key: string) => props.lines.find((l) => l.key === key)?.description ?? key;
  return (
    <section className="disputes" aria-label="Disputes" data-testid="disputes">
      <h3>Disputes</h3>
      {props.disputes.length === 0 ? (
        <p className="muted">No disputes. Use “Dispute” on a line to raise one.</p>
      ) : (
        <table className="trace-table">
          <thead>
            <tr>
              <th>Line</th>
              <th>Reason</th>
              <th>Raised</th>
              <th>Status</th>
              <th>Resolution</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.disputes.map((d) => (
              <tr key={d.id} data-testid="dispute-row" data-status={d.status}>
                <td>
                  {describe(d.lineKey)} <span className="muted">(rev {d.revision})</span>
                </td>
                <td>{d.reason}</td>
                <td>
                  {d.raisedBy}, {d.raisedAt.slice(0, 10)}
                </td>
                <td>{d.status}</td>
                <td>{resolutionText(d)}</td>
                <td>
                  {d.status === 'open' && (
                    <button type="button" data-testid="dispute-resolve" onClick={() => props.onResolve(d)}>
                      Resolve…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
