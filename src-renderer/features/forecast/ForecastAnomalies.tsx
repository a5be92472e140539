import type { ForecastAnomaly } from '../../../src-shared/model/forecast';
import { formatMoney } from '../../../src-shared/money';

/** Outliers of the history, each with a checkbox to replace it by the expected value. */
export function ForecastAnomalies(props: {
  anomalies: ForecastAnomaly[];
  accepted: readonly number[];
  minorUnits: number;
  onToggle: (index: number, on: boolean) => void;
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
          <li key={a.index} data-index={a.index}>
            <label>
              <input
                type="checkbox"
                data-testid={`forecast-accept-${a.index}`}
                checked={props.accepted.includes(a.index)}
                onChange={(e) => props.onToggle(a.index, e.target.checked)}
              />
              Accept cleaning
            </label>{' '}
            <b>{a.month}</b>: posted {fmt(a.value)}, expected {fmt(a.suggested)}{' '}
            <span className="muted">({a.reason})</span>
          </li>
        ))}
      </ul>
      {props.accepted.length > 0 && (
        <p className="muted" data-testid="forecast-clean-unsaved">
          Cleaning choices are not saved: they apply to this view only and are lost when you pick another scope.
        </p>
      )}
    </div>
  );
}
