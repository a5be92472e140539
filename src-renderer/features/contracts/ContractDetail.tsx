import { useState } from 'react';
import type { ContractListItem } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { fiscalYearMonths } from '../../../src-shared/calendar/fiscal';
import { lastDayOfMonth } from '../../../src-shared/calendar/iso-date';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { useWorkbook } from '../../state/WorkbookContext';
import { AccrualCashPanel } from './AccrualCashPanel';
import { billingLabel, escalationSentence, noticeLabel, renewalSentence, timingLabel } from './contract-summary';
import { BillingEvents, Payments, PriceHistory } from './ScheduleTables';

/** The selected contract: its terms, price path, invoices, payments and accrual vs cash. */
export function ContractDetail({ contract: c }: { contract: ContractListItem }) {
  const { lookups, fiscalYear, info } = useWorkbook();
  const [chosen, setHorizon] = useState('');
  // An auto-renewing contract runs on through the selected budget year unless the user picks another date.
  const last = fiscalYearMonths(fiscalYear, info.settings.fyStartMonth).at(-1)!;
  const yearEnd = lastDayOfMonth(Number(last.slice(0, 4)), Number(last.slice(5, 7)));
  const horizon = c.renewal?.autoRenew ? chosen || yearEnd : '';
  const schedule = useQuery('contracts/get-schedule', horizon ? { contractId: c.id, horizon } : { contractId: c.id }, {
    staleOn: touches(TABLES.contracts),
  });
  const mu = lookups.minorUnits.get(c.currency) ?? 2;
  const s = schedule.data;
  const notice = c.notice;

  return (
    <section className="panel contract-detail" data-testid="contract-detail" aria-label={`Contract ${c.code}`}>
      <div className="panel-head">
        <h2>
          {c.code} — {c.name}
        </h2>
        {c.renewal?.autoRenew && (
          <label
            className="picker"
            title="Auto-renewing contracts run on through renewals until this date (default: the end of the selected fiscal year)"
          >
            <span>Renewals through</span>
            <input
              type="date"
              data-testid="schedule-horizon"
              value={horizon}
              onChange={(e) => setHorizon(e.target.value)}
            />
          </label>
        )}
      </div>
      <dl className="contract-terms" data-testid="contract-terms">
        <dt>Price</dt>
        <dd>
          {formatMoney(c.baseAmount, mu)} {c.currency} {billingLabel(c.billing).toLowerCase()}, {c.expenseType}
        </dd>
        <dt>Term</dt>
        <dd>
          {c.start} – {c.end}
          {s && s.end !== c.end ? ` (service through ${s.end} with renewals)` : ''}
        </dd>
        <dt>Escalation</dt>
        <dd>{escalationSentence(c.escalation, c.start)}</dd>
        <dt>Invoicing</dt>
        <dd>
          {timingLabel(c)}, {c.paymentTerms}
        </dd>
        <dt>Renewal</dt>
        <dd>{renewalSentence(c.renewal, c.end)}</dd>
        {notice && (
          <>
            <dt>Notice</dt>
            <dd data-testid="notice-explanation">
              <span className={`notice-badge notice-${notice.status}`}>{noticeLabel(notice)}</span> {notice.explanation}
            </dd>
          </>
        )}
        {c.description && (
          <>
            <dt>Notes</dt>
            <dd>{c.description}</dd>
          </>
        )}
      </dl>
      {schedule.error && (
        <div className="banner banner-error" role="alert">
          {schedule.error}
        </div>
      )}
      {s && (
        <div className="contract-detail-body">
          <AccrualCashPanel schedule={s} minorUnits={mu} />
          <div className="contract-detail-side">
            <PriceHistory schedule={s} minorUnits={mu} />
            <BillingEvents schedule={s} minorUnits={mu} />
            <Payments schedule={s} minorUnits={mu} />
          </div>
        </div>
      )}
    </section>
  );
}
