import { AppError } from '../../src-shared/ipc/errors';
import type {
  ChargebackMonth,
  DisputeView,
  Invoice,
  InvoiceView,
  LineTrace,
  LineTraceStep,
} from '../../src-shared/model/chargeback-invoices';
import { D, toMoney } from '../../src-shared/money';
import { buildInvoice, diffInvoices } from '../engine/chargeback';
import {
  currentRunOf,
  disputesOfMonth,
  findInvoice,
  invoicesOfMonth,
  postingsOf,
  sourcesOf,
  type DisputeRecord,
  type InvoiceRecord,
} from '../repo/chargeback-repo';
import { currentInvoices, summaryOf } from './chargeback-issue';
import { driverOf, loadMonthEnv, monthInputs, reconcile, unitTargets } from './chargeback-month';
import { describeRuleSources } from './chargeback-sources';
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

function requireInvoice(ctx: WorkbookContext, id: string): InvoiceRecord {
  const r = findInvoice(ctx.db, id);
  if (!r) throw new AppError('not-found', `There is no invoice with id "${id}".`, { field: 'invoiceId', id });
  return r;
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

/**
 * Why a line has its amount: for a shared line, the stored postings of the invoice's
 * allocation run that reached the unit from the line's source by its driver (and, for a
 * step-down, the postings that filled the closed node); for a service line, quantity × rate.
 */
export function explainLine(ctx: WorkbookContext, args: { invoiceId: string; lineKey: string }): LineTrace {
  const record = requireInvoice(ctx, args.invoiceId);
  const invoice = JSON.parse(record.content) as Invoice;
  const line = invoice.lines.find((l) => l.key === args.lineKey);
  if (!line) {
    throw new AppError('validation', `Invoice ${invoice.businessUnit} ${record.month}: no line ${args.lineKey}.`, {
      field: 'lineKey',
    });
  }
  if (line.kind === 'service') {
    return {
      lineKey: line.key,
      explanation: `${line.quantity} ${line.unit} used × rate ${line.rate} (published rate card) = ${line.amount}, rounded to the currency's minor units.`,
      steps: [],
    };
  }
  if (line.kind === 'credit') {
    return {
      lineKey: line.key,
      explanation: `Credit granted on ${line.creditedLine}: ${line.reason ?? ''}`,
      steps: [],
    };
  }
  const runId = record.allocationRunId ?? currentRunOf(ctx.db, record.month)?.id;
  if (!runId) return { lineKey: line.key, explanation: 'The allocation run is no longer stored.', steps: [] };
  const run = ctx.db.prepare('SELECT inputs FROM allocation_runs WHERE id = ?').get(runId) as
    { inputs: string } | undefined;
  const label = describeRuleSources(run?.inputs ?? '[]');
  const postings = postingsOf(ctx.db, runId);
  const sources = new Map(sourcesOf(ctx.db, runId).map((s) => [s.seq, s]));
  const mapping = unitTargets(ctx, postings);
  const fromOf = (p: (typeof postings)[number]) => p.fromNode ?? label(p.rule);
  const reached = postings.filter(
    (p) => mapping.get(p.target) === record.departmentId && fromOf(p) === line.source && driverOf(p) === line.driver,
  );
  const feeding = postings.filter((p) => line.source !== undefined && p.target === line.source);
  const step = (p: (typeof postings)[number]): LineTraceStep => ({
    rule: p.rule,
    step: p.step,
    method: p.method,
    from: fromOf(p),
    sourceAmount: p.sourceAmount,
    target: p.target,
    amount: p.amount,
    driver: p.driver,
    quantity: p.quantity,
    driverTotal: p.driverTotal,
    percent: p.percent,
    aggregateCount: p.sourceGroup === null ? 0 : (sources.get(p.sourceGroup)?.aggregateCount ?? 0),
  });
  const posted = reached.reduce((a, p) => a.plus(p.amount), new D(0));
  const adjusted = posted.eq(line.amount) ? '' : ` The posted ${toMoney(posted)} was changed by dispute resolutions.`;
  return {
    lineKey: line.key,
    explanation: `${line.source} allocated by ${line.driver}: ${reached.length} posting(s) of run ${runId}.${adjusted}`,
    steps: [...feeding, ...reached].map(step),
  };
}
