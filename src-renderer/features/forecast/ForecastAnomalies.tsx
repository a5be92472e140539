import type { ForecastAnomaly, ForecastCleaningDecision } from '../../../src-shared/model/forecast';
import { formatMoney } from '../../../src-shared/money';

const CHOICES: readonly { decision: ForecastCleaningDecision; label: string }[] = [
  { decision: 'accepted', label: 'Accept' },
  { decision: 'rejected', label: 'Reject' },
  { decision: 'undecided', label: 'Undecided' },
];

/**
 * Outliers of the history, each with its stored decision: accept (the forecast uses the
 * expected value), reject (it keeps the posted value) or leave undecided (posted value).
 */
export function ForecastAnomalies(props: {
  anomalies: ForecastAnomaly[];
  minorUnits: number;
  busy: boolean;
  onDecide: (month: string, decision: ForecastCleaningDecision) => void;
}) {
  const fmt = (m: string) => formatMoney(m, props.minorUnits);
  if (props.anomalies.length === 0) {
    return (
      <p className="muted" data-testid="forecast-anomalies-none">
        No outliers in the history.
      </p>
    );
  }
  return (
    <div className="forecast-anomalies" data-testid="forecast-anomalies">
      <h3>Outliers</h3>
      <ul>
        {props.anomalies.map((a) => (
          <li key={a.index} data-month={a.month} data-decision={a.decision}>
            <div className="segmented" role="group" aria-label={`Cleaning of ${a.month}`}>
              {CHOICES.map((c) => (
                <button
                  key={c.decision}
                  type="button"
                  className={a.decision === c.decision ? 'active' : undefined}
                  aria-pressed={a.decision === c.decision}
                  disabled={props.busy}
                  data-testid={`forecast-${c.decision}-${a.month}`}
                  onClick={() => a.decision !== c.decision && props.onDecide(a.month, c.decision)}
                >
                  {c.label}
                </button>
              ))}
            </div>{' '}
            <b>{a.month}</b>: posted {fmt(a.value)}, expected {fmt(a.suggested)}{' '}
            <span className="muted">({a.reason})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
