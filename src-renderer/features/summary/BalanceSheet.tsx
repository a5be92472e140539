import type { AccountingSummary } from '../../../src-shared/model';
import { formatMoney, type Money } from '../../../src-shared/money';
import { PeriodHeadRow } from './PeriodHeadRow';

/**
 * The balance-sheet side of the year's contracts and invoices at each period end: prepaid
 * expenses (paid before they are expensed, amortizing as the service is used) and accrued
 * liabilities (expensed before they are paid). The same in the accrual and the cash view.
 */
export function BalanceSheet({ summary, minorUnits }: { summary: AccountingSummary; minorUnits: number }) {
  const { prepaid, accrued } = summary.balances;
  const line = (label: string, values: Money[], testId: string, hint: string) => (
    <tr data-testid={testId}>
      <th scope="row" title={hint}>
        {label}
      </th>
      {values.map((x, i) => (
        <td key={summary.periods[i]!.key} className="money">
          {formatMoney(x, minorUnits)}
        </td>
      ))}
    </tr>
  );
  return (
    <section className="panel plan-vs-actual" data-testid="summary-balances" aria-label="Balance sheet at period end">
      <div className="panel-head">
        <h2>Balance sheet at period end</h2>
        <span className="muted small">
          Contracts and invoices, {summary.baseCurrency} at budget FX rates · the same in the accrual and cash views
        </span>
      </div>
      <div className="table-scroll">
        <table className="table pva-table">
          <thead>
            <PeriodHeadRow summary={summary} />
          </thead>
          <tbody>
            {line('Prepaid expenses', prepaid, 'balances-prepaid', 'Paid before expensed, e.g. licences paid up front')}
            {line(
              'Accrued liabilities',
              accrued,
              'balances-accrued',
              'Expensed before paid, e.g. work billed in arrears',
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
