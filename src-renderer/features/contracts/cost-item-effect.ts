import { dueDate } from '../../../src-shared/accounting/payment-terms';
import { daysInclusive } from '../../../src-shared/calendar/iso-date';
import type { AccrualPolicyId, CostItemRecord } from '../../../src-shared/model';

type EffectInput = Pick<
  CostItemRecord,
  'invoiceDate' | 'paymentDate' | 'paymentTerms' | 'serviceStart' | 'serviceEnd' | 'amount'
>;

/** How the expense is recognised: "spread over 365 days from 2026-05-01 to 2027-04-30". */
export function accrualWords(item: EffectInput, policy: AccrualPolicyId): string {
  if (item.serviceEnd < item.serviceStart)
    return `service ends ${item.serviceEnd}, before it starts ${item.serviceStart}`;
  if (item.serviceStart === item.serviceEnd) return `expensed on ${item.serviceStart}`;
  const span = `from ${item.serviceStart} to ${item.serviceEnd}`;
  return policy === 'by-days'
    ? `spread over ${daysInclusive(item.serviceStart, item.serviceEnd)} days ${span}`
    : `spread evenly over the fiscal periods ${span}`;
}

/** When the money leaves: "paid 2026-04-30" or "due 2026-05-31 (net 30 from the invoice of 2026-05-01)". */
export function cashWords(item: EffectInput): string {
  if (item.paymentDate) return `paid ${item.paymentDate}`;
  if (!item.paymentTerms) return 'no payment date or terms';
  const due = dueDate(item.invoiceDate, item.paymentTerms);
  return due
    ? `due ${due} (${item.paymentTerms} from the invoice of ${item.invoiceDate})`
    : `terms "${item.paymentTerms}" not understood`;
}

/** Accrual vs cash in words for one invoice or purchase, as shown next to it. */
export function costItemEffect(item: EffectInput, policy: AccrualPolicyId): string {
  const credit = item.amount.startsWith('-') ? 'Credit note. ' : '';
  return `${credit}Accrual: ${accrualWords(item, policy)}; cash: ${cashWords(item)}.`;
}
