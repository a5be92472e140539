import type { OutputDone, OutputRef } from '../../src-shared/ipc/files';
import { AppError } from '../../src-shared/ipc/errors';
import type { Invoice } from '../../src-shared/model/chargeback-invoices';
import { writeOutput } from '../io/files';
import { invoiceDocument, type InvoiceDocument } from '../io/invoices/invoice-document';
import { writeInvoicePdf } from '../io/invoices/invoice-pdf';
import { writeInvoiceXlsx } from '../io/invoices/invoice-xlsx';
import { findInvoice, listUnitRecords } from '../repo/chargeback-repo';
import { listCurrencies } from '../repo/settings-repo';
import type { WorkbookContext } from './context';

/** The printable document of a stored invoice revision. */
export function documentOf(ctx: WorkbookContext, invoiceId: string): { invoice: Invoice; doc: InvoiceDocument } {
  const record = findInvoice(ctx.db, invoiceId);
  if (!record) throw new AppError('not-found', `There is no invoice with id "${invoiceId}".`, { field: 'invoiceId' });
  const invoice = JSON.parse(record.content) as Invoice;
  const unit = listUnitRecords(ctx.db).find((u) => u.departmentId === record.departmentId);
  const minorUnits = listCurrencies(ctx.orm).find((c) => c.code === record.currency)?.minorUnits ?? 2;
  const doc = invoiceDocument(invoice, {
    unitCode: unit?.code ?? invoice.businessUnit,
    unitName: unit?.name ?? '',
    currency: record.currency,
    minorUnits,
    issuedAt: record.issuedAt,
    reason: record.reason,
  });
  return { invoice, doc };
}

/** Write one invoice revision as .xlsx or PDF through `writeOutput` (a path or a download). */
export async function exportInvoice(
  ctx: WorkbookContext,
  args: { invoiceId: string; format: 'xlsx' | 'pdf'; output: OutputRef },
): Promise<OutputDone> {
  const { doc } = documentOf(ctx, args.invoiceId);
  return writeOutput(args.output, (temp) =>
    args.format === 'xlsx' ? writeInvoiceXlsx(doc, temp) : writeInvoicePdf(doc, temp),
  );
}
