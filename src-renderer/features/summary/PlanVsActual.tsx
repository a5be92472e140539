import type { AccountingSummary, AccountingSummaryLine } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { PeriodHeadRow } from './PeriodHeadRow';

/**
 * Plan (the summary's total) against the year's actuals at actual FX rates, per period:
 * the variance, and apart from it the FX variance (actual-rate minus budget-rate
 * conversion) and the rest, at budget rates. Months lacking an actual rate are named.
 */
export function PlanVsActual({
  summary,
  minorUnits,
  currencyUnits,
}: {
  summary: AccountingSummary;
  minorUnits: number;
  currencyUnits: (code: string) => number;
}) {
  const a = summary.actual;
  const m = (x: string) => formatMoney(x, minorUnits);
  const line = (label: string, l: AccountingSummaryLine, testId: string, className = '') => (
    <tr className={className} data-testid={testId}>
      <th scope="row">{label}</th>
      {l.amounts.map((x, i) => (
        <td key={summary.periods[i]!.key} className={`money ${x.startsWith('-') ? 'money-negative' : ''}`}>
          {m(x)}
        </td>
      ))}
      <td className={`money money-total ${l.total.startsWith('-') ? 'money-negative' : ''}`}>{m(l.total)}</td>
    </tr>
  );
  return (
    <section className="panel plan-vs-actual" data-testid="summary-plan-vs-actual" aria-label="Plan against actuals">
      <div className="panel-head">
        <h2>Plan vs actual</h2>
        <span className="muted small">
          {a.count} actuals at actual FX rates · FX variance = actual-rate minus budget-rate conversion
        </span>
        <span className="compare-totals">
          <span>
            Actual{' '}
            <b className="money" data-testid="summary-actual-total">
              {m(a.total.total)}
            </b>
          </span>
          <span>
            FX variance{' '}
            <b
              className={`money ${a.fxVariance.total.startsWith('-') ? 'money-negative' : ''}`}
              data-testid="summary-fx-variance"
            >
              {m(a.fxVariance.total)}
            </b>
          </span>
        </span>
      </div>
      {a.missingActualRates.length > 0 && (
        <div className="banner banner-warning" role="status" data-testid="summary-missing-actual-rates">
          No actual FX rate for:{' '}
          {a.missingActualRates
            .map((x) => `${x.pair} ${x.month} (${formatMoney(x.amount, currencyUnits(x.currency))} ${x.currency})`)
            .join(', ')}
          . These actuals are converted at the budget rate and carry no FX variance; add the actual rates in Setup → FX
          rates.
        </div>
      )}
      <div className="table-scroll">
        <table className="table pva-table">
          <thead>
            <PeriodHeadRow summary={summary} total />
          </thead>
          <tbody>
            {line('Plan', summary.total, 'pva-plan')}
            {line('Actual', a.total, 'pva-actual')}
            {line('Variance', a.variance, 'pva-variance', 'pva-strong')}
            {line('of which FX', a.fxVariance, 'pva-fx', 'pva-sub')}
            {line('of which volume/price', a.volumePrice, 'pva-volume', 'pva-sub')}
          </tbody>
        </table>
      </div>
    </section>
  );
}
