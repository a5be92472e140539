import type { ChannelInput } from '../../../src-shared/ipc/contract';
import type { CostItemRecord, ExpenseType } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { amountOf, type FieldErrors } from './draft-parse';

export type CostItemInput = ChannelInput<'cost-items/save'>;

/** The invoice dialog's state, as typed; '' means "none" for links and the payment date. */
export interface CostItemDraft {
  id?: string;
  reference: string;
  description: string;
  amount: string;
  currency: string;
  expenseType: ExpenseType;
  invoiceDate: string;
  /** A payment date, or payment terms the due date follows from. */
  payment: 'date' | 'terms';
  paymentDate: string;
  paymentTerms: string;
  serviceStart: string;
  serviceEnd: string;
  contractId: string;
  vendorId: string;
  costCenterId: string;
  serviceId: string;
  accountId: string;
}

/** A new invoice dated today, paid net 30, for one day of service. */
export function newCostItemDraft(currency: string, today: string): CostItemDraft {
  return {
    reference: '',
    description: '',
    amount: '',
    currency,
    expenseType: 'OpEx',
    invoiceDate: today,
    payment: 'terms',
    paymentDate: '',
    paymentTerms: 'net 30',
    serviceStart: today,
    serviceEnd: today,
    contractId: '',
    vendorId: '',
    costCenterId: '',
    serviceId: '',
    accountId: '',
  };
}

/** The editable form of a stored cost item. */
export function costItemDraft(c: CostItemRecord, minorUnits: number): CostItemDraft {
  return {
    id: c.id,
    reference: c.reference,
    description: c.description,
    amount: formatMoney(c.amount, minorUnits, { parens: false }),
    currency: c.currency,
    expenseType: c.expenseType,
    invoiceDate: c.invoiceDate,
    payment: c.paymentDate ? 'date' : 'terms',
    paymentDate: c.paymentDate ?? '',
    paymentTerms: c.paymentTerms ?? '',
    serviceStart: c.serviceStart,
    serviceEnd: c.serviceEnd,
    contractId: c.contractId ?? '',
    vendorId: c.vendorId ?? '',
    costCenterId: c.costCenterId ?? '',
    serviceId: c.serviceId ?? '',
    accountId: c.accountId ?? '',
  };
}

/** The input for cost-items/save, or the problems to fix before sending. */
export function costItemInput(d: CostItemDraft): { input: CostItemInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const byDate = d.payment === 'date';
  const input: CostItemInput = {
    ...(d.id ? { id: d.id } : {}),
    reference: d.reference.trim(),
    description: d.description.trim(),
    amount: amountOf(d.amount, 'amount', errors),
    currency: d.currency,
    expenseType: d.expenseType,
    invoiceDate: d.invoiceDate.trim(),
    paymentDate: byDate ? d.paymentDate.trim() : null,
    paymentTerms: byDate ? null : d.paymentTerms.trim(),
    serviceStart: d.serviceStart.trim(),
    serviceEnd: d.serviceEnd.trim(),
    contractId: d.contractId || null,
    vendorId: d.vendorId || null,
    costCenterId: d.costCenterId || null,
    serviceId: d.serviceId || null,
    accountId: d.accountId || null,
  };
  if (byDate && input.paymentDate === '') errors.paymentDate = 'Enter the payment date, or choose payment terms.';
  if (!byDate && input.paymentTerms === '') errors.paymentTerms = 'Enter payment terms, e.g. "net 30".';
  return { input, errors };
}
