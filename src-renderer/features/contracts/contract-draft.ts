import { addDays, addMonthsToDate, parseIsoDate } from '../../../src-shared/calendar/iso-date';
import type { ChannelInput } from '../../../src-shared/ipc/contract';
import type { BillingFrequencyId, Contract, ExpenseType, RenewalSpec } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { amountOf, optionalDate, wholeOf, type FieldErrors } from './draft-parse';
import { EMPTY_ESCALATION, escalationDraft, escalationSpec, type EscalationDraft } from './escalation-draft';

export type ContractInput = ChannelInput<'contracts/save'>;

export interface RenewalDraft {
  enabled: boolean;
  renewalDate: string;
  noticeUnit: 'days' | 'months';
  /** Blank: no notice needed. */
  notice: string;
  autoRenew: boolean;
  renewalTermMonths: string;
}

/** The add/edit dialog's state: text as typed; '' means "none" for the dimension links. */
export interface ContractDraft {
  id?: string;
  code: string;
  name: string;
  description: string;
  currency: string;
  expenseType: ExpenseType;
  baseAmount: string;
  billing: BillingFrequencyId;
  start: string;
  end: string;
  escalation: EscalationDraft;
  renewal: RenewalDraft;
  paymentTerms: string;
  invoiceTiming: 'advance' | 'arrears';
  prepaid: boolean;
  vendorId: string;
  costCenterId: string;
  serviceId: string;
  accountId: string;
}

const NO_RENEWAL: RenewalDraft = {
  enabled: false,
  renewalDate: '',
  noticeUnit: 'days',
  notice: '90',
  autoRenew: true,
  renewalTermMonths: '12',
};

/** A new three-year monthly contract starting on the first of next month. */
export function newContractDraft(currency: string, today: string): ContractDraft {
  const { year, month } = parseIsoDate(today);
  const start = addMonthsToDate(`${year}-${String(month).padStart(2, '0')}-01`, 1);
  return {
    code: '',
    name: '',
    description: '',
    currency,
    expenseType: 'OpEx',
    baseAmount: '',
    billing: 'monthly',
    start,
    end: addDays(addMonthsToDate(start, 36), -1),
    escalation: EMPTY_ESCALATION,
    renewal: NO_RENEWAL,
    paymentTerms: 'net 30',
    invoiceTiming: 'advance',
    prepaid: false,
    vendorId: '',
    costCenterId: '',
    serviceId: '',
    accountId: '',
  };
}

/** The editable form of a stored contract (amounts formatted as the user reads them). */
export function contractDraft(c: Contract, minorUnits: number): ContractDraft {
  const r = c.renewal;
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    description: c.description,
    currency: c.currency,
    expenseType: c.expenseType,
    baseAmount: formatMoney(c.baseAmount, minorUnits, { parens: false }),
    billing: c.billing,
    start: c.start,
    end: c.end,
    escalation: escalationDraft(c.escalation),
    renewal: r
      ? {
          enabled: true,
          renewalDate: r.renewalDate ?? '',
          noticeUnit: r.noticeMonths !== undefined ? 'months' : 'days',
          notice: String(r.noticeMonths ?? r.noticeDays ?? ''),
          autoRenew: r.autoRenew ?? false,
          renewalTermMonths: r.renewalTermMonths === undefined ? '' : String(r.renewalTermMonths),
        }
      : NO_RENEWAL,
    paymentTerms: c.paymentTerms,
    invoiceTiming: c.invoiceTiming,
    prepaid: c.prepaid,
    vendorId: c.vendorId ?? '',
    costCenterId: c.costCenterId ?? '',
    serviceId: c.serviceId ?? '',
    accountId: c.accountId ?? '',
  };
}

function renewalSpec(d: RenewalDraft, errors: FieldErrors): RenewalSpec | null {
  if (!d.enabled) return null;
  const noticeField = d.noticeUnit === 'months' ? 'renewal.noticeMonths' : 'renewal.noticeDays';
  const notice = wholeOf(d.notice, noticeField, errors);
  const term = wholeOf(d.renewalTermMonths, 'renewal.renewalTermMonths', errors);
  const date = optionalDate(d.renewalDate);
  return {
    ...(date ? { renewalDate: date } : {}),
    ...(notice !== undefined ? (d.noticeUnit === 'months' ? { noticeMonths: notice } : { noticeDays: notice }) : {}),
    autoRenew: d.autoRenew,
    ...(term !== undefined ? { renewalTermMonths: term } : {}),
  };
}

/**
 * The input for contracts/save, or the problems to fix first (an amount that is not
 * one, a notice that is not a whole number…). Everything else is the service's call.
 */
export function contractInput(d: ContractDraft): { input: ContractInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const input: ContractInput = {
    ...(d.id ? { id: d.id } : {}),
    code: d.code.trim(),
    name: d.name.trim(),
    description: d.description.trim(),
    currency: d.currency,
    expenseType: d.expenseType,
    baseAmount: amountOf(d.baseAmount, 'baseAmount', errors),
    billing: d.billing,
    start: d.start.trim(),
    end: d.end.trim(),
    escalation: escalationSpec(d.escalation, errors),
    renewal: renewalSpec(d.renewal, errors),
    paymentTerms: d.paymentTerms.trim(),
    invoiceTiming: d.invoiceTiming,
    prepaid: d.prepaid,
    vendorId: d.vendorId || null,
    costCenterId: d.costCenterId || null,
    serviceId: d.serviceId || null,
    accountId: d.accountId || null,
  };
  if (input.name === '') errors.name = 'Enter a name.';
  return { input, errors };
}
