import type { Invoice, InvoiceLine } from '../../../src-shared/model/chargeback-invoices';
import type { Money } from '../../../src-shared/money';

/** The notice printed on every showback report. */
export const SHOWBACK_NOTICE = 'INFORMATION ONLY — showback, not charged';

/** One printed line: the same columns in .xlsx and PDF. */
export interface DocumentLine {
  description: string;
  kind: 'Service' | 'Shared' | 'Credit';
  /** Decimal string, or '' for credits. */
  quantity: string;
  /** The billable unit of a service, or the driver of a shared cost. */
  unitOrDriver: string;
  /** Decimal string for service lines, '' otherwise. */
  rate: string;
  amount: Money;
}

/** What an exported invoice shows, independent of the file format. */
export interface InvoiceDocument {
  title: string;
  /** Label/value pairs of the header (unit, month, revision, currency, issued). */
  header: [string, string][];
  notice: string | null;
  lines: DocumentLine[];
  total: Money;
  currency: string;
  minorUnits: number;
}

const KIND: Record<InvoiceLine['kind'], DocumentLine['kind']> = {
  service: 'Service',
  shared: 'Shared',
  credit: 'Credit',
};

/** The printable document of one invoice revision. */
export function invoiceDocument(
  invoice: Invoice,
  meta: { unitCode: string; unitName: string; currency: string; minorUnits: number; issuedAt: string; reason: string },
): InvoiceDocument {
  const header: [string, string][] = [
    ['Business unit', `${meta.unitCode} — ${meta.unitName}`],
    ['Month', invoice.month],
    ['Revision', String(invoice.revision)],
    ['Currency', meta.currency],
    ['Issued', meta.issuedAt.slice(0, 10)],
  ];
  if (meta.reason) header.push(['Reason', meta.reason]);
  return {
    title: invoice.informationOnly ? 'Showback report' : 'Chargeback invoice',
    header,
    notice: invoice.informationOnly ? SHOWBACK_NOTICE : null,
    lines: invoice.lines.map((l) => ({
      description: l.description,
      kind: KIND[l.kind],
      quantity: l.quantity ?? '',
      unitOrDriver: l.kind === 'shared' ? `driver: ${l.driver ?? l.unit ?? ''}` : (l.unit ?? ''),
      rate: l.rate ?? '',
      amount: l.amount,
    })),
    total: invoice.total,
    currency: meta.currency,
    minorUnits: meta.minorUnits,
  };
}

/** The file name an invoice is exported as: `<month>-<unit code>-r<revision>.<ext>`. */
export function invoiceFileName(invoice: Invoice, ext: 'xlsx' | 'pdf'): string {
  const code = invoice.businessUnit.replace(/[^A-Za-z0-9_.-]+/g, '_');
  return `${invoice.month}-${code}-r${invoice.revision}.${ext}`;
}
