import type { InvoiceLine } from '../../../src-shared/model/chargeback-invoices';
import { formatMoney } from '../../../src-shared/money';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../components/Dialog';

/** "Why?" of one line: the rule and driver trace from the stored postings, or quantity × rate. */
export function LineTraceDialog(props: {
  invoiceId: string;
  line: InvoiceLine;
  minorUnits: number;
  onClose: () => void;
}) {
  const trace = useQuery(
    'chargeback/explain-line',
    { invoiceId: props.invoiceId, lineKey: props.line.key },
    { staleOn: touches(TABLES.allocation, TABLES.chargeback) },
  );
  const m = (x: string) => formatMoney(x, props.minorUnits);
  return (
    <Dialog
      title={`Why ${m(props.line.amount)}?`}
      onClose={props.onClose}
      testId="trace-dialog"
      width={760}
      footer={
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      }
    >
      <p data-testid="trace-explanation">
        <strong>{props.line.description}</strong>: {trace.data?.explanation ?? (trace.error || 'Loading…')}
      </p>
      {trace.data && trace.data.adjustments.length > 0 && (
        <ul data-testid="trace-adjustments">
          {trace.data.adjustments.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
      )}
      {trace.data && trace.data.steps.length > 0 && (
        <table className="trace-table" data-testid="trace-steps">
          <thead>
            <tr>
              <th>Rule</th>
              <th>From</th>
              <th>To</th>
              <th className="num">Split</th>
              <th>Driver</th>
              <th className="num">Quantity</th>
              <th className="num">Amount</th>
            </tr>
          </thead>
          <tbody>
            {trace.data.steps.map((s, i) => (
              <tr key={i}>
                <td>
                  {s.rule}{' '}
                  <span className="muted">
                    (step {s.step + 1}, {s.method})
                  </span>
                </td>
                <td>
                  {s.from}
                  {s.aggregateCount > 0 && <span className="muted"> · {s.aggregateCount} aggregates</span>}
                </td>
                <td>{s.target}</td>
                <td className="num">{m(s.sourceAmount)}</td>
                <td>{s.driver ?? (s.percent !== null ? 'percent' : s.method)}</td>
                <td className="num">
                  {s.quantity !== null
                    ? `${s.quantity} of ${s.driverTotal ?? '?'}`
                    : s.percent !== null
                      ? `${s.percent} %`
                      : ''}
                </td>
                <td className="num">{m(s.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
