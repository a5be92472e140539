import type { RunContext } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { ChargebackIssueResult, Invoice, InvoiceSummary } from '../../src-shared/model/chargeback-invoices';
import { D, toMoney } from '../../src-shared/money';
import { buildInvoice } from '../engine/chargeback';
import { findInvoice, invoiceRow, invoicesOfMonth, type InvoiceRecord } from '../repo/chargeback-repo';
import { runCommand, type TrackedTx } from './command';
import { currentSettings, type WorkbookContext } from './context';
import { engineCall } from './engine-input';
import { newId } from './ids';
import { loadMonthEnv, monthInputs, reconcile, requireIssuable, type MonthEnv } from './chargeback-month';

/** A stored invoice revision, or 'not-found' naming the id. */
export function requireInvoice(ctx: WorkbookContext, id: string): InvoiceRecord {
  const r = findInvoice(ctx.db, id);
  if (!r) throw new AppError('not-found', `There is no invoice with id "${id}".`, { field: 'invoiceId', id });
  return r;
}

/** The summary of a stored revision. */
export function summaryOf(r: InvoiceRecord): InvoiceSummary {
  return {
    id: r.id,
    departmentId: r.departmentId,
    month: r.month,
    revision: r.revision,
    mode: r.mode,
    status: r.status,
    currency: r.currency,
    total: r.total,
    reason: r.reason,
    issuedAt: r.issuedAt,
  };
}

/** The issued (latest) revision of each unit of the month, by department id. */
export function currentInvoices(ctx: WorkbookContext, month: string): Map<string, InvoiceRecord> {
  const out = new Map<string, InvoiceRecord>();
  for (const r of invoicesOfMonth(ctx.db, month)) if (r.status === 'issued') out.set(r.departmentId, r);
  return out;
}

/** Same lines and figures, whatever the revision number. */
export function sameContent(a: Invoice, b: Invoice): boolean {
  return JSON.stringify({ ...a, revision: 0 }) === JSON.stringify({ ...b, revision: 0 });
}

/**
 * Within a command: store `invoice` as the unit's next revision (superseding the current one).
 * Returns the new record.
 */
export function storeRevision(
  ctx: WorkbookContext,
  tx: TrackedTx,
  env: MonthEnv,
  departmentId: string,
  invoice: Invoice,
  previous: InvoiceRecord | undefined,
  reason: string,
): InvoiceRecord {
  if (previous) tx.update('invoices', { id: previous.id }, { status: 'superseded' });
  const record: InvoiceRecord = {
    id: newId(),
    departmentId,
    month: env.month,
    revision: invoice.revision,
    mode: invoice.informationOnly ? 'showback' : 'chargeback',
    status: 'issued',
    currency: env.currency,
    total: invoice.total,
    content: JSON.stringify(invoice),
    allocationRunId: env.run?.id ?? null,
    rateCardId: env.card?.id ?? null,
    reason,
    issuedAt: ctx.now().toISOString(),
    issuedBy: currentSettings(ctx).userName,
  };
  tx.insert('invoices', invoiceRow(record));
  return record;
}

/**
 * Issue the month's invoices: revision 1 for every unit without one; with `reissue`, a new
 * revision for every unit whose invoice would now differ (the old one superseded). One
 * command for the whole month. Refused when the month has no current allocation run or no
 * published rate card; cancelled (nothing written) when the signal fires before the write.
 */
export function issueInvoices(
  ctx: WorkbookContext,
  args: { month: string; reissue?: boolean | undefined },
  run?: RunContext,
): ChargebackIssueResult {
  const env = loadMonthEnv(ctx, args.month);
  requireIssuable(env);
  const inputs = monthInputs(ctx, env);
  const current = currentInvoices(ctx, env.month);
  const plan: { departmentId: string; invoice: Invoice; previous: InvoiceRecord | undefined }[] = [];
  const reused: InvoiceSummary[] = [];
  let shared = new D(0);
  let service = new D(0);
  let done = 0;
  for (const [departmentId, input] of inputs) {
    if (run?.signal?.aborted) throw new AppError('cancelled', 'Issuing was cancelled; nothing was written.');
    const previous = current.get(departmentId);
    const invoice = engineCall(
      () => buildInvoice(input, (previous?.revision ?? 0) + 1),
      `Invoice ${input.businessUnit}`,
    );
    shared = shared.plus(invoice.sharedTotal);
    service = service.plus(invoice.serviceTotal);
    const keep = previous && (!args.reissue || sameContent(JSON.parse(previous.content) as Invoice, invoice));
    if (keep) reused.push(summaryOf(previous));
    else plan.push({ departmentId, invoice, previous });
    run?.progress(++done, inputs.size, `Building invoice ${input.businessUnit}`);
  }
  if (run?.signal?.aborted) throw new AppError('cancelled', 'Issuing was cancelled; nothing was written.');
  const label = `Issue ${plan.length} invoice(s) of ${env.month}`;
  const { seq, result } = runCommand(ctx, { command: 'chargeback/issue', label, payload: args }, (tx) =>
    plan.map((p) =>
      summaryOf(
        storeRevision(
          ctx,
          tx,
          env,
          p.departmentId,
          p.invoice,
          p.previous,
          p.previous ? 'Reissued: inputs changed' : '',
        ),
      ),
    ),
  );
  return {
    seq,
    issued: result,
    reused,
    reconciliation: reconcile(ctx, env, inputs, { shared: toMoney(shared), service: toMoney(service) }),
  };
}
