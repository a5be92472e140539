import { useMemo, useState } from 'react';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { ContractSchedule } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { Chart } from '../../charts/Chart';
import { useWorkbook } from '../../state/WorkbookContext';
import { accrualCashOption } from './accrual-cash-option';
import { periodTotals, reconcile, visiblePeriods } from './accrual-cash';

/**
 * Expense recognised (accrual) against cash paid per fiscal period, with the prepaid
 * (+) or accrued (−) balance. The selected fiscal year is highlighted or, on request,
 * the only one shown; the header's accrual/cash switch picks the emphasised series.
 */
export function AccrualCashPanel({ schedule, minorUnits }: { schedule: ContractSchedule; minorUnits: number }) {
  const { fiscalYear, basis } = useWorkbook();
  const [yearOnly, setYearOnly] = useState(false);
  const periods = useMemo(
    () => visiblePeriods(schedule, yearOnly ? fiscalYear : null),
    [schedule, yearOnly, fiscalYear],
  );
  const totals = periodTotals(periods);
  const whole = reconcile(schedule);
  const option = useMemo(
    () => accrualCashOption({ periods, minorUnits, basis, fiscalYear }),
    [periods, minorUnits, basis, fiscalYear],
  );
  const fmt = (m: string) => formatMoney(m, minorUnits);
  const emph = (b: typeof basis) => (b === basis ? 'num money basis-emph' : 'num money');
  const fy = fiscalYearLabel(fiscalYear);

  return (
    <section className="contract-section accrual-cash" data-testid="accrual-cash">
      <div className="contract-section-head">
        <h3>Accrual vs cash ({schedule.currency})</h3>
        <label className="inline-check small">
          <input
            type="checkbox"
            data-testid="accrual-cash-year-only"
            checked={yearOnly}
            onChange={(e) => setYearOnly(e.target.checked)}
          />
          Only {fy}
        </label>
      </div>
      <p className={whole.balanced ? 'check-ok small' : 'form-error'} data-testid="accrual-cash-reconciliation">
        Whole schedule: Σ accrual {fmt(whole.accrual)} {whole.accrual === whole.total ? '=' : '≠'} Σ cash{' '}
        {fmt(whole.cash)} {whole.cash === whole.total ? '=' : '≠'} total billed{' '}
        <b data-testid="schedule-total">{fmt(whole.total)}</b> {whole.balanced ? '✓' : ''}
      </p>
      {periods.length === 0 ? (
        <p className="muted">Nothing is expensed or paid {yearOnly ? `in ${fy}` : 'in this schedule'}.</p>
      ) : (
        <>
          <Chart option={option} height={220} testId="accrual-cash-chart" />
          <div className="contract-scroll">
            <table className="preview-table" data-testid="accrual-cash-table">
              <thead>
                <tr>
                  <th>Period</th>
                  <th className={emph('accrual')}>Accrual</th>
                  <th className={emph('cash')}>Cash</th>
                  <th className="num">Prepaid balance</th>
                </tr>
              </thead>
              <tbody>
                {periods.map((p) => (
                  <tr
                    key={p.period}
                    data-period={p.period}
                    className={p.fiscalYear === fiscalYear ? 'in-fiscal-year' : undefined}
                  >
                    <td title={`${p.start} – ${p.end}`}>{p.period}</td>
                    <td className={emph('accrual')}>{fmt(p.accrual)}</td>
                    <td className={emph('cash')}>{fmt(p.cash)}</td>
                    <td className="num money">{fmt(p.prepaidBalance)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td>{yearOnly ? `Total ${fy}` : 'Total'}</td>
                  <td className={emph('accrual')} data-testid="accrual-cash-total-accrual">
                    {fmt(totals.accrual)}
                  </td>
                  <td className={emph('cash')} data-testid="accrual-cash-total-cash">
                    {fmt(totals.cash)}
                  </td>
                  <td className="num money" title="Balance after the last period shown">
                    {fmt(totals.closingBalance)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
