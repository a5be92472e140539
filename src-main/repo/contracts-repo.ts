import { zEscalationRule } from '../../src-shared/ipc/accounting-schemas';
import type { Contract, RenewalSpec } from '../../src-shared/model';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

interface ContractDbRow {
  id: string;
  code: string;
  name: string;
  description: string;
  vendor_id: string | null;
  cost_center_id: string | null;
  service_id: string | null;
  account_id: string | null;
  currency: string;
  expense_type: Contract['expenseType'];
  base_amount: string;
  billing_frequency: Contract['billing'];
  start_date: string;
  end_date: string;
  escalation: string;
  renewal_date: string | null;
  notice_days: number | null;
  notice_months: number | null;
  auto_renew: number | null;
  renewal_term_months: number | null;
  payment_terms: string;
  invoice_timing: Contract['invoiceTiming'];
  prepaid: number;
}

function renewalFromRow(r: ContractDbRow): RenewalSpec | null {
  if (r.auto_renew === null) return null;
  const out: RenewalSpec = { autoRenew: r.auto_renew === 1 };
  if (r.renewal_date !== null) out.renewalDate = r.renewal_date;
  if (r.notice_days !== null) out.noticeDays = r.notice_days;
  if (r.notice_months !== null) out.noticeMonths = r.notice_months;
  if (r.renewal_term_months !== null) out.renewalTermMonths = r.renewal_term_months;
  return out;
}

/** A stored row as a Contract; the escalation JSON is parsed and checked with the boundary schema. */
function contractFromRow(r: ContractDbRow): Contract {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    vendorId: r.vendor_id,
    costCenterId: r.cost_center_id,
    serviceId: r.service_id,
    accountId: r.account_id,
    currency: r.currency,
    expenseType: r.expense_type,
    baseAmount: r.base_amount,
    billing: r.billing_frequency,
    start: r.start_date,
    end: r.end_date,
    escalation: zEscalationRule.parse(JSON.parse(r.escalation)),
    renewal: renewalFromRow(r),
    paymentTerms: r.payment_terms,
    invoiceTiming: r.invoice_timing,
    prepaid: r.prepaid === 1,
  };
}

export function listContracts(db: Sqlite): Contract[] {
  return (db.prepare('SELECT * FROM contracts ORDER BY upper(code)').all() as ContractDbRow[]).map(contractFromRow);
}

export function findContract(db: Sqlite, id: string): Contract | undefined {
  const r = db.prepare('SELECT * FROM contracts WHERE id = ?').get(id) as ContractDbRow | undefined;
  return r && contractFromRow(r);
}

export function contractCodes(db: Sqlite): { id: string; code: string }[] {
  return db.prepare('SELECT id, code FROM contracts').all() as { id: string; code: string }[];
}

/** The row image; a contract without renewal terms has all renewal columns null (auto_renew too). */
export const contractRow = (c: Contract): Row => ({
  id: c.id,
  code: c.code,
  name: c.name,
  description: c.description,
  vendor_id: c.vendorId,
  cost_center_id: c.costCenterId,
  service_id: c.serviceId,
  account_id: c.accountId,
  currency: c.currency,
  expense_type: c.expenseType,
  base_amount: c.baseAmount,
  billing_frequency: c.billing,
  start_date: c.start,
  end_date: c.end,
  escalation: JSON.stringify(c.escalation),
  renewal_date: c.renewal?.renewalDate ?? null,
  notice_days: c.renewal?.noticeDays ?? null,
  notice_months: c.renewal?.noticeMonths ?? null,
  auto_renew: c.renewal ? (c.renewal.autoRenew ? 1 : 0) : null,
  renewal_term_months: c.renewal?.renewalTermMonths ?? null,
  payment_terms: c.paymentTerms,
  invoice_timing: c.invoiceTiming,
  prepaid: c.prepaid ? 1 : 0,
});
