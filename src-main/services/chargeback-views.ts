import type { ChargebackMonth, DisputeView, Invoice, InvoiceView } from '../../src-shared/model/chargeback-invoices';
import { D, toMoney } from '../../src-shared/money';
import { buildInvoice, diffInvoices } from '../engine/chargeback';
import { disputesOfMonth, invoicesOfMonth, type DisputeRecord, type InvoiceRecord } from '../repo/chargeback-repo';
import { currentInvoices, requireInvoice, summaryOf } from './chargeback-issue';
import { loadMonthEnv, monthInputs, reconcile } from './chargeback-month';
import type { WorkbookContext } from './context';

/** The month as the Chargeback screen shows it: units, their current invoices and the cross-checks. */
export function monthView(ctx: WorkbookContext, month: string): ChargebackMonth {
  const env = loadMonthEnv(ctx, month);
  const current = currentInvoices(ctx, month);
  const disputes = disputesOfMonth(ctx.db, month);
  const deptOf = new Map(invoicesOfMonth(ctx.db, month).map((r) => [r.id, r.departmentId]));
  let blocked = env.blocked;
  let reconciliation: ChargebackMonth['reconciliation'] = null;
  if (!blocked) {
    try {
      const inputs = monthInputs(ctx, env);
      let shared = new D(0);
      let service = new D(0);
      for (const input of inputs.values()) {
        const inv = buildInvoice(input);
        shared = shared.plus(inv.sharedTotal);
        service = service.plus(inv.serviceTotal);
      }
      reconciliation = reconcile(ctx, env, inputs, { shared: toMoney(shared), service: toMoney(service) });
    } catch (e) {
      // The screen still lists units and issued invoices; the reason shows where Issue would be.
      blocked = e instanceof Error ? e.message : String(e);
    }
  }
  return {
    month,
    currency: env.currency,
    minorUnits: env.minorUnits,
    allocationRunId: env.run?.id ?? null,
    rateCard: env.card ? { id: env.card.id, fiscalYear: env.fiscalYear, version: env.card.version } : null,
    blocked,
    reconciliation,
    units: env.units.map((u) => {
      const inv = current.get(u.departmentId);
      return {
        ...u,
        invoice: inv ? summaryOf(inv) : null,
        openDisputes: disputes.filter((d) => d.status === 'open' && deptOf.get(d.invoiceId) === u.departmentId).length,
      };
    }),
  };
}

function disputeView(d: DisputeRecord, invoice: InvoiceRecord): DisputeView {
  return {
    id: d.id,
    invoiceId: d.invoiceId,
    departmentId: invoice.departmentId,
    revision: invoice.revision,
    lineKey: d.lineKey,
    reason: d.reason,
    raisedBy: d.raisedBy,
    raisedAt: d.raisedAt,
    status: d.status,
    resolution: d.resolution ? (JSON.parse(d.resolution) as Record<string, unknown>) : null,
    resolvedInvoiceId: d.resolvedInvoiceId,
  };
}

/** One revision with its lines, its change from the revision before, all revisions and the unit's disputes. */
export function invoiceView(ctx: WorkbookContext, id: string): InvoiceView {
  const record = requireInvoice(ctx, id);
  const all = invoicesOfMonth(ctx.db, record.month);
  const mine = all.filter((r) => r.departmentId === record.departmentId);
  const previous = mine.find((r) => r.revision === record.revision - 1);
  const invoice = JSON.parse(record.content) as Invoice;
  const byId = new Map(mine.map((r) => [r.id, r]));
  const dept = ctx.db.prepare('SELECT id, code, name FROM departments WHERE id = ?').get(record.departmentId) as
    { id: string; code: string; name: string } | undefined;
  return {
    summary: summaryOf(record),
    unit: { departmentId: record.departmentId, code: dept?.code ?? invoice.businessUnit, name: dept?.name ?? '' },
    invoice,
    diff: previous ? diffInvoices(JSON.parse(previous.content) as Invoice, invoice) : null,
    revisions: mine.map(summaryOf),
    disputes: disputesOfMonth(ctx.db, record.month).flatMap((d) => {
      const inv = byId.get(d.invoiceId);
      return inv ? [disputeView(d, inv)] : [];
    }),
  };
}
