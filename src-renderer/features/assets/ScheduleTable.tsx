import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { AssetSchedule } from '../../../src-shared/model';
import { formatMoney, isZeroMoney } from '../../../src-shared/money';
import { EVENT_LABELS } from './labels';
import { scheduleCheck, scheduleLines } from './schedule-table';

/**
 * The depreciation schedule per fiscal period with a subtotal per fiscal year, the
 * schedule's totals, and the check that they consume exactly the cost less what stays
 * on the books (cost − salvage for an asset depreciated to its salvage).
 */
export function ScheduleTable({
  schedule,
  minorUnits,
  fiscalYear,
}: {
  schedule: AssetSchedule;
  minorUnits: number;
  fiscalYear: number;
}) {
  const fmt = (m: string) => formatMoney(m, minorUnits);
  const lines = scheduleLines(schedule.rows);
  const check = scheduleCheck(schedule);
  return (
    <div className="schedule-wrap">
      <div className="schedule-scroll">
        <table className="preview-table schedule-table" data-testid="asset-schedule">
          <thead>
            <tr>
              <th>Period</th>
              <th>FY</th>
              <th className="num">Expense</th>
              <th className="num">Write-off</th>
              <th className="num">Accumulated</th>
              <th className="num">NBV</th>
              <th>Events</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) =>
              l.kind === 'period' ? (
                <tr
                  key={l.row.period}
                  data-period={l.row.period}
                  className={l.row.fiscalYear === fiscalYear ? 'schedule-row current' : 'schedule-row'}
                >
                  <td title={`${l.row.start} – ${l.row.end}`}>{l.row.period}</td>
                  <td>{l.row.fiscalYear}</td>
                  <td className="num" data-col="expense">
                    {fmt(l.row.expense)}
                  </td>
                  <td className="num" data-col="writeOff">
                    {isZeroMoney(l.row.writeOff) ? '' : fmt(l.row.writeOff)}
                  </td>
                  <td className="num" data-col="accumulated">
                    {fmt(l.row.accumulated)}
                  </td>
                  <td className="num" data-col="netBookValue">
                    {fmt(l.row.netBookValue)}
                  </td>
                  <td data-col="events">
                    {l.row.events.map((e) => (
                      <span key={e} className={`event-chip event-${e}`}>
                        {EVENT_LABELS[e]}
                      </span>
                    ))}
                  </td>
                </tr>
              ) : (
                <tr key={`fy${l.fiscalYear}`} className="schedule-subtotal" data-fiscal-year={l.fiscalYear}>
                  <td colSpan={2}>
                    {fiscalYearLabel(l.fiscalYear)} ({l.periods} {l.periods === 1 ? 'period' : 'periods'})
                  </td>
                  <td className="num" data-col="expense">
                    {fmt(l.expense)}
                  </td>
                  <td className="num" data-col="writeOff">
                    {isZeroMoney(l.writeOff) ? '' : fmt(l.writeOff)}
                  </td>
                  <td className="num" data-col="accumulated">
                    {fmt(l.accumulated)}
                  </td>
                  <td className="num" data-col="netBookValue">
                    {fmt(l.netBookValue)}
                  </td>
                  <td />
                </tr>
              ),
            )}
          </tbody>
          <tfoot>
            <tr data-testid="asset-schedule-total">
              <td colSpan={2}>Total</td>
              <td className="num" data-col="expense">
                {fmt(check.expense)}
              </td>
              <td className="num" data-col="writeOff">
                {fmt(check.writeOff)}
              </td>
              <td />
              <td className="num" data-col="netBookValue">
                {fmt(check.endNbv)}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p
        className={check.ok ? 'schedule-check check-ok' : 'schedule-check check-bad'}
        data-testid="asset-schedule-check"
      >
        Σ expense {fmt(check.expense)} + write-offs {fmt(check.writeOff)} = {fmt(check.total)}{' '}
        {check.endsAtSalvage ? (
          <>
            = cost {fmt(check.cost)} − salvage {fmt(schedule.salvage)} (depreciable base {fmt(schedule.depreciableBase)}
            )
          </>
        ) : (
          <>
            = cost {fmt(check.cost)} − NBV at end {fmt(check.endNbv)}
          </>
        )}{' '}
        {check.ok ? '✓' : '✗ does not reconcile'}
      </p>
    </div>
  );
}
