import { AppError } from '../../src-shared/ipc/errors';
import type {
  DisputeResolutionInput,
  DisputeResolveResult,
  Invoice,
  InvoiceLine,
} from '../../src-shared/model/chargeback-invoices';
import { reissueInvoice, type DisputeResolution } from '../engine/chargeback';
import {
  adjustmentRow,
  disputeRow,
  disputesOfMonth,
  findDispute,
  invoicesOfMonth,
  type DisputeRecord,
  type InvoiceRecord,
} from '../repo/chargeback-repo';
import { applyResolution, type AdjustmentPayload } from './chargeback-adjust';
import { currentInvoices, requireInvoice, storeRevision, summaryOf } from './chargeback-issue';
import { loadMonthEnv, monthInputs, requireIssuable } from './chargeback-month';
import { runCommand } from './command';
import { currentSettings, type WorkbookContext } from './context';
import { engineCall } from './engine-input';
import { newId } from './ids';

function lineOf(record: InvoiceRecord, lineKey: string, item: string): InvoiceLine {
  const line = (JSON.parse(record.content) as Invoice).lines.find((l) => l.key === lineKey);
  if (!line || line.kind === 'credit') {
    throw new AppError('validation', `${item}: revision ${record.revision} has no chargeable line ${lineKey}.`, {
      item,
      field: 'lineKey',
    });
  }
  return line;
}

/** Raise a dispute on a line of a unit's issued invoice (one open dispute per line). */
export function raiseDispute(
  ctx: WorkbookContext,
  args: { invoiceId: string; lineKey: string; reason: string },
): { seq: number; id: string } {
  const invoice = requireInvoice(ctx, args.invoiceId);
  const item = `Invoice ${(JSON.parse(invoice.content) as Invoice).businessUnit} ${invoice.month}`;
  if (invoice.status !== 'issued') {
    throw new AppError('validation', `${item}: revision ${invoice.revision} is superseded; dispute the current one.`, {
      item,
      field: 'invoiceId',
    });
  }
  lineOf(invoice, args.lineKey, item);
  const reason = args.reason.trim();
  if (!reason) throw new AppError('validation', `${item}: say why the line is disputed.`, { item, field: 'reason' });
  const unitInvoices = new Set(
    invoicesOfMonth(ctx.db, invoice.month)
      .filter((r) => r.departmentId === invoice.departmentId)
      .map((r) => r.id),
  );
  const open = disputesOfMonth(ctx.db, invoice.month).find(
    (d) => d.status === 'open' && d.lineKey === args.lineKey && unitInvoices.has(d.invoiceId),
  );
  if (open) {
    throw new AppError('validation', `${item}: line ${args.lineKey} already has an open dispute.`, {
      item,
      field: 'lineKey',
    });
  }
  const record: DisputeRecord = {
    id: newId(),
    invoiceId: invoice.id,
    lineKey: args.lineKey,
    reason,
    raisedBy: currentSettings(ctx).userName,
    raisedAt: ctx.now().toISOString(),
    status: 'open',
    resolution: null,
    resolvedBy: null,
    resolvedAt: null,
    resolvedInvoiceId: null,
  };
  const { seq } = runCommand(
    ctx,
    { command: 'chargeback/raise-dispute', label: `Dispute ${args.lineKey} on ${item}`, payload: args },
    (tx) => tx.insert('invoice_disputes', disputeRow(record)),
  );
  return { seq, id: record.id };
}

/** The engine resolution for a line (credit id = dispute id; the receiving unit is filled in when applied). */
function engineResolution(
  d: DisputeRecord,
  line: InvoiceLine,
  r: Exclude<DisputeResolutionInput, { kind: 'reject' }>,
  item: string,
): DisputeResolution {
  if (r.kind === 'credit') {
    return {
      kind: 'credit',
      credit: { id: d.id, lineKey: line.key, amount: r.amount, reason: r.note?.trim() || d.reason },
    };
  }
  if (r.kind === 'move') {
    if (line.kind !== 'shared' || !line.source || !line.driver) {
      throw new AppError('validation', `${item}: only an allocated shared cost can be moved; ${line.key} is not one.`, {
        item,
        field: 'kind',
      });
    }
    return { kind: 'move', source: line.source, driver: line.driver, amount: r.amount, toBusinessUnit: '' };
  }
  if (line.kind !== 'service' || !line.serviceId) {
    throw new AppError(
      'validation',
      `${item}: only consumed service units can be re-tagged; ${line.key} is not a service line.`,
      {
        item,
        field: 'kind',
      },
    );
  }
  return { kind: 'retag', serviceId: line.serviceId, quantity: r.quantity, toBusinessUnit: '' };
}

/**
 * Settle an open dispute in one command: a rejection only closes it; a credit, move or
 * re-tag stores a standing adjustment of the month and reissues the disputed unit's invoice
 * (and the receiving unit's for a move or re-tag) as a new revision, the old one superseded.
 */
export function resolveDisputeCommand(
  ctx: WorkbookContext,
  args: { disputeId: string; resolution: DisputeResolutionInput },
): DisputeResolveResult {
  const d = findDispute(ctx.db, args.disputeId);
  if (!d) throw new AppError('not-found', `There is no dispute with id "${args.disputeId}".`, { field: 'disputeId' });
  const disputed = requireInvoice(ctx, d.invoiceId);
  const content = JSON.parse(disputed.content) as Invoice;
  const what = content.lines.find((l) => l.key === d.lineKey)?.description ?? d.lineKey;
  const item = `Dispute on ${content.businessUnit} ${disputed.month} "${what}"`;
  if (d.status !== 'open') {
    throw new AppError('validation', `${item}: already ${d.status}.`, { item, field: 'status' });
  }
  const closed = (resolvedInvoiceId: string | null): DisputeRecord => ({
    ...d,
    status: args.resolution.kind === 'reject' ? 'rejected' : 'resolved',
    resolution: JSON.stringify(args.resolution),
    resolvedBy: currentSettings(ctx).userName,
    resolvedAt: ctx.now().toISOString(),
    resolvedInvoiceId,
  });
  if (args.resolution.kind === 'reject') {
    if (!args.resolution.note.trim())
      throw new AppError('validation', `${item}: say why it is rejected.`, { item, field: 'note' });
    const { seq } = runCommand(
      ctx,
      { command: 'chargeback/resolve-dispute', label: `Reject ${item}`, payload: args },
      (tx) => tx.update('invoice_disputes', { id: d.id }, disputeRow(closed(null))),
    );
    return { seq, invoices: [] };
  }
  const env = loadMonthEnv(ctx, disputed.month);
  requireIssuable(env);
  const current = currentInvoices(ctx, disputed.month);
  const now = current.get(disputed.departmentId);
  if (!now) throw new AppError('validation', `${item}: the unit has no issued invoice.`, { item, field: 'invoiceId' });
  const resolution = engineResolution(d, lineOf(now, d.lineKey, item), args.resolution, item);
  const toDepartmentId = 'toDepartmentId' in args.resolution ? args.resolution.toDepartmentId : undefined;
  const payload: AdjustmentPayload = { resolution, ...(toDepartmentId ? { toDepartmentId } : {}) };
  const inputs = monthInputs(ctx, env);
  applyResolution(inputs, disputed.departmentId, payload, item);
  const affected = [disputed.departmentId, ...(toDepartmentId ? [toDepartmentId] : [])];
  const reissued = affected.map((dept) => {
    const previous = current.get(dept);
    const input = inputs.get(dept)!;
    if (!previous) {
      throw new AppError(
        'validation',
        `${item}: unit ${input.businessUnit} has no issued invoice for ${env.month}; issue the month first.`,
        {
          item,
          field: 'toDepartmentId',
        },
      );
    }
    const { invoice, diff } = engineCall(() => reissueInvoice(JSON.parse(previous.content) as Invoice, input), item);
    return { dept, previous, invoice, diff };
  });
  const reason = `Dispute ${d.lineKey}: ${args.resolution.kind}`;
  const { seq, result } = runCommand(
    ctx,
    { command: 'chargeback/resolve-dispute', label: `Resolve ${item} by ${args.resolution.kind}`, payload: args },
    (tx) => {
      const stored = reissued.map((r) => ({
        record: storeRevision(ctx, tx, env, r.dept, r.invoice, r.previous, reason),
        diff: r.diff,
      }));
      tx.insert(
        'chargeback_adjustments',
        adjustmentRow({
          id: newId(),
          month: env.month,
          departmentId: disputed.departmentId,
          kind: resolution.kind,
          payload: JSON.stringify(payload),
          disputeId: d.id,
        }),
      );
      tx.update('invoice_disputes', { id: d.id }, disputeRow(closed(stored[0]!.record.id)));
      return stored.map((s) => ({ summary: summaryOf(s.record), diff: s.diff }));
    },
  );
  return { seq, invoices: result };
}
