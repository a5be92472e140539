import type { SeriesForecast } from '../../../src-shared/model/forecast';
import { formatMeasure, formatParams, METHOD_LABELS } from './forecast-labels';

/** The method used, its parameters, notes and the backtest of every method. */
export function ForecastMethodPanel({ s }: { s: SeriesForecast }) {
  return (
    <div className="forecast-method">
      <dl className="forecast-facts">
        <dt>Method</dt>
        <dd data-testid="forecast-method-used" data-method={s.method ?? ''}>
          {s.method ? METHOD_LABELS[s.method] : 'No forecast'}
          {s.requested !== 'auto' && s.requested !== s.method && (
            <span className="muted"> (asked for {METHOD_LABELS[s.requested]})</span>
          )}
        </dd>
        <dt>Parameters</dt>
        <dd data-testid="forecast-params">{formatParams(s.params) || '—'}</dd>
      </dl>
      {s.notes.length > 0 && (
        <ul className="forecast-notes" data-testid="forecast-notes">
          {s.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <table className="preview-table" data-testid="forecast-backtest" aria-label="Backtest over the last 12 months">
        <thead>
          <tr>
            <th>Method</th>
            <th className="num">MASE</th>
            <th className="num">sMAPE %</th>
          </tr>
        </thead>
        <tbody>
          {s.accuracy.map((a) => (
            <tr
              key={a.method}
              data-method={a.method}
              data-chosen={a.chosen ? 'true' : undefined}
              className={a.chosen ? 'chosen' : undefined}
              title={a.error}
            >
              <td>
                {METHOD_LABELS[a.method]}
                {a.chosen && <span className="chosen-mark"> ✓ used</span>}
              </td>
              <td className="num" data-col="mase">
                {formatMeasure(a.mase)}
              </td>
              <td className="num" data-col="smape">
                {formatMeasure(a.smape, 1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
