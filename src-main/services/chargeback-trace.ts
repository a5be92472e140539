import { AppError } from '../../src-shared/ipc/errors';
import type { Invoice, InvoiceLine, LineTrace, LineTraceStep } from '../../src-shared/model/chargeback-invoices';
import { D, toMoney } from '../../src-shared/money';
import {
  adjustmentsOf,
  currentRunOf,
  listUnitRecords,
  postingsOf,
  sourcesOf,
  type InvoiceRecord,
} from '../repo/chargeback-repo';
import type { AdjustmentPayload } from './chargeback-adjust';
import { requireInvoice } from './chargeback-issue';
import { driverOf, unitTargets } from './chargeback-month';
import { describeRuleSources } from './chargeback-sources';
import type { WorkbookContext } from './context';

/** The month's dispute moves and re-tags that changed this unit's line, as sentences. */
function adjustmentsOfLine(ctx: WorkbookContext, record: InvoiceRecord, line: InvoiceLine): string[] {
  const code = new Map(listUnitRecords(ctx.db).map((u) => [u.departmentId, u.code]));
  const out: string[] = [];
  for (const a of adjustmentsOf(ctx.db, record.month)) {
    const { resolution: r, toDepartmentId } = JSON.parse(a.payload) as AdjustmentPayload;
    const mine = a.departmentId === record.departmentId;
    const theirs = toDepartmentId === record.departmentId;
    if (!mine && !theirs) continue;
    const other = code.get((mine ? toDepartmentId : a.departmentId) ?? '') ?? '?';
    if (r.kind === 'move' && line.kind === 'shared' && r.source === line.source && r.driver === line.driver) {
      out.push(
        mine ? `${r.amount} moved to ${other} by a dispute.` : `${r.amount} moved here from ${other} by a dispute.`,
      );
    }
    if (r.kind === 'retag' && line.kind === 'service' && r.serviceId === line.serviceId) {
      out.push(
        mine
          ? `${r.quantity} re-tagged to ${other} by a dispute.`
          : `${r.quantity} re-tagged here from ${other} by a dispute.`,
      );
    }
  }
  return out;
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
      adjustments: adjustmentsOfLine(ctx, record, line),
    };
  }
  if (line.kind === 'credit') {
    return {
      lineKey: line.key,
      explanation: `Credit granted on ${line.creditedLine}: ${line.reason ?? ''}`,
      steps: [],
      adjustments: [],
    };
  }
  const runId = record.allocationRunId ?? currentRunOf(ctx.db, record.month)?.id;
  if (!runId)
    return { lineKey: line.key, explanation: 'The allocation run is no longer stored.', steps: [], adjustments: [] };
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
  const adjustments = adjustmentsOfLine(ctx, record, line);
  const why =
    adjustments.length > 0 ? 'changed by dispute resolutions' : 'rounded to minor units with the run’s other lines';
  const adjusted = posted.eq(line.amount) ? '' : ` The posted ${toMoney(posted)} was ${why}.`;
  return {
    lineKey: line.key,
    explanation: `${line.source} allocated by ${line.driver}: ${reached.length} posting(s) of run ${runId}.${adjusted}`,
    steps: [...feeding, ...reached].map(step),
    adjustments,
  };
}
