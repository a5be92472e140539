import type { CostItemRecord } from '../../src-shared/model';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

interface CostItemDbRow {
  id: string;
  description: string;
  reference: string;
  amount: string;
  currency: string;
  expense_type: CostItemRecord['expenseType'];
  invoice_date: string;
  payment_date: string | null;
  payment_terms: string | null;
  service_start: string;
  service_end: string;
  cost_center_id: string | null;
  service_id: string | null;
  account_id: string | null;
  vendor_id: string | null;
  contract_id: string | null;
}

const fromRow = (r: CostItemDbRow): CostItemRecord => ({
  id: r.id,
  description: r.description,
  reference: r.reference,
  amount: r.amount,
  currency: r.currency,
  expenseType: r.expense_type,
  invoiceDate: r.invoice_date,
  paymentDate: r.payment_date,
  paymentTerms: r.payment_terms,
  serviceStart: r.service_start,
  serviceEnd: r.service_end,
  costCenterId: r.cost_center_id,
  serviceId: r.service_id,
  accountId: r.account_id,
  vendorId: r.vendor_id,
  contractId: r.contract_id,
});

/** Cost items by invoice date. */
export function listCostItems(db: Sqlite): CostItemRecord[] {
  return (db.prepare('SELECT * FROM cost_items ORDER BY invoice_date, id').all() as CostItemDbRow[]).map(fromRow);
}

/**
 * The cost items that are not invoices of a contract: views count a contract by its
 * schedule, so its invoices are never needed there (and can be most of the table).
 */
export function listStandaloneCostItems(db: Sqlite): CostItemRecord[] {
  return (
    db.prepare('SELECT * FROM cost_items WHERE contract_id IS NULL ORDER BY invoice_date, id').all() as CostItemDbRow[]
  ).map(fromRow);
}

export function findCostItem(db: Sqlite, id: string): CostItemRecord | undefined {
  const r = db.prepare('SELECT * FROM cost_items WHERE id = ?').get(id) as CostItemDbRow | undefined;
  return r && fromRow(r);
}

export const costItemRow = (c: CostItemRecord): Row => ({
  id: c.id,
  description: c.description,
  reference: c.reference,
  amount: c.amount,
  currency: c.currency,
  expense_type: c.expenseType,
  invoice_date: c.invoiceDate,
  payment_date: c.paymentDate,
  payment_terms: c.paymentTerms,
  service_start: c.serviceStart,
  service_end: c.serviceEnd,
  cost_center_id: c.costCenterId,
  service_id: c.serviceId,
  account_id: c.accountId,
  vendor_id: c.vendorId,
  contract_id: c.contractId,
});

/** How many cost items are invoices of a contract. */
export function costItemsOfContract(db: Sqlite, contractId: string): number {
  return db.prepare('SELECT count(*) FROM cost_items WHERE contract_id = ?').pluck().get(contractId) as number;
}
