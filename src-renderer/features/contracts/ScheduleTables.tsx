import type { ContractSchedule } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';

/** Price history: each effective price with the formula that made it. */
export function PriceHistory({ schedule, minorUnits }: { schedule: ContractSchedule; minorUnits: number }) {
  const fmt = (m: string) => formatMoney(m, minorUnits);
  return (
    <section className="contract-section" data-testid="price-history">
      <h3>Price history</h3>
      <table className="preview-table">
        <thead>
          <tr>
            <th>Effective</th>
            <th className="num">Price</th>
            <th className="num">Previous</th>
            <th>How</th>
          </tr>
        </thead>
        <tbody>
          {schedule.prices.map((p) => (
            <tr key={p.effective} data-testid="price-row">
              <td>{p.effective}</td>
              <td className="num money">{fmt(p.price)}</td>
              <td className="num money">{p.previous === null ? '—' : fmt(p.previous)}</td>
              <td className="contract-formula">{p.formula}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Billing events: invoice date, service period, amount and why it is that amount. */
export function BillingEvents({ schedule, minorUnits }: { schedule: ContractSchedule; minorUnits: number }) {
  return (
    <section className="contract-section" data-testid="billing-events">
      <h3>
        Invoices <span className="muted small">{schedule.events.length}</span>
      </h3>
      <div className="contract-scroll">
        <table className="preview-table">
          <thead>
            <tr>
              <th>Invoice</th>
              <th>Service period</th>
              <th className="num">Amount</th>
              <th>Explanation</th>
            </tr>
          </thead>
          <tbody>
            {schedule.events.map((e) => (
              <tr key={`${e.date}:${e.serviceStart}`}>
                <td>{e.date}</td>
                <td className="nowrap">
                  {e.serviceStart} – {e.serviceEnd}
                </td>
                <td className="num money">{formatMoney(e.amount, minorUnits)}</td>
                <td className="contract-formula">{e.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** When the cash goes out: one payment per invoice, or one for the whole term when prepaid. */
export function Payments({ schedule, minorUnits }: { schedule: ContractSchedule; minorUnits: number }) {
  return (
    <section className="contract-section" data-testid="payments">
      <h3>
        Payments <span className="muted small">{schedule.payments.length}</span>
      </h3>
      <div className="contract-scroll contract-scroll-short">
        <table className="preview-table">
          <thead>
            <tr>
              <th>Date</th>
              <th className="num">Amount</th>
            </tr>
          </thead>
          <tbody>
            {schedule.payments.map((p, i) => (
              <tr key={`${p.date}:${i}`}>
                <td>{p.date}</td>
                <td className="num money">{formatMoney(p.amount, minorUnits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
