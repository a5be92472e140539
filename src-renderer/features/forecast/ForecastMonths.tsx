import type { SeriesForecast } from '../../../src-shared/model/forecast';
import { formatMoney } from '../../../src-shared/money';

/**
 * Every month of the series: history as fitted (cleaned months marked, the posted value
 * in the tooltip) then the forecast mean with its intervals in the tooltip.
 */
export function ForecastMonths({ s, minorUnits }: { s: SeriesForecast; minorUnits: number }) {
  const fmt = (m: string) => formatMoney(m, minorUnits);
  const h = s.history;
  const accepted = new Map(h.anomalies.filter((a) => a.accepted).map((a) => [a.index, a]));
  const f = s.forecast;
  return (
    <div className="forecast-months">
      <table className="preview-table" data-testid="forecast-months">
        <thead>
          <tr>
            <th>Month</th>
            <th className="num">Amount</th>
            <th className="num">Rolling 12 mo</th>
            <th className="num">YoY %</th>
          </tr>
        </thead>
        <tbody>
          {h.months.map((m, i) => {
            const a = accepted.get(i);
            return (
              <tr key={m} data-month={m} data-kind="history" className={a ? 'cleaned' : undefined}>
                <td>{m}</td>
                <td
                  className="num"
                  data-col="value"
                  title={a ? `Cleaned: posted ${fmt(a.value)}, replaced by ${fmt(a.suggested)}` : undefined}
                >
                  {fmt(h.values[i]!)}
                  {a && <span className="cleaned-mark"> *</span>}
                </td>
                <td className="num">{s.rolling12[i] ? fmt(s.rolling12[i]) : ''}</td>
                <td className="num">{s.yoy[i] ?? ''}</td>
              </tr>
            );
          })}
          {f?.months.map((m, j) => (
            <tr key={m} data-month={m} data-kind="forecast" className="forecast-row">
              <td>{m} (forecast)</td>
              <td
                className="num"
                data-col="value"
                title={`80 %: ${fmt(f.lo80[j]!)} – ${fmt(f.hi80[j]!)}; 95 %: ${fmt(f.lo95[j]!)} – ${fmt(f.hi95[j]!)}`}
              >
                {fmt(f.mean[j]!)}
              </td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
