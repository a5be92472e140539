import type { ChargebackReconciliation } from '../../../src-shared/model/chargeback-invoices';
import { formatMoney } from '../../../src-shared/money';

/** The month's cross-checks: shared lines against the allocation run, service lines against quantity × rate. */
export function ReconciliationBar(props: { r: ChargebackReconciliation; currency: string; minorUnits: number }) {
  const { r } = props;
  const m = (x: string) => `${formatMoney(x, props.minorUnits)} ${props.currency}`;
  return (
    <div
      className={r.balanced ? 'banner banner-info' : 'banner banner-error'}
      role="status"
      data-testid="chargeback-reconciliation"
      data-balanced={r.balanced}
    >
      Shared costs on invoices <strong data-testid="recon-shared">{m(r.sharedInvoiced)}</strong>{' '}
      {r.balanced ? '=' : '≠'} allocated to business units{' '}
      <strong data-testid="recon-allocated">{m(r.allocatedToUnits)}</strong>; services {m(r.serviceInvoiced)} = quantity
      × rate {m(r.serviceExpected)}.
      {r.unmatchedTargets.length > 0 && (
        <span>
          {' '}
          Not invoiced (no such unit): {r.unmatchedTargets.map((t) => `${t.target} ${m(t.amount)}`).join(', ')}.
        </span>
      )}
    </div>
  );
}
