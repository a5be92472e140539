import type { Money } from '../money/money';

/** One invoice line. `key` identifies the line across revisions. */
export interface InvoiceLine {
  key: string;
  kind: 'service' | 'shared' | 'credit';
  description: string;
  /** Quantity billed: service units, or the driver quantity of a shared cost; null for credits. */
  quantity: string | null;
  /** Unit label ("vCPU-month") or driver name ("headcount"); null for credits. */
  unit: string | null;
  /** Price per unit for service lines; null otherwise. */
  rate: Money | null;
  amount: Money;
  serviceId?: string;
  source?: string;
  driver?: string;
  ruleId?: string;
  reason?: string;
  /** For credit lines: the key of the line credited. */
  creditedLine?: string;
}

/** A chargeback (or showback) invoice of one business unit and month. */
export interface Invoice {
  businessUnit: string;
  month: string;
  revision: number;
  /** True for showback: the same figures, not charged. */
  informationOnly: boolean;
  lines: InvoiceLine[];
  serviceTotal: Money;
  sharedTotal: Money;
  creditTotal: Money;
  /** Exact sum of all lines. */
  total: Money;
}

/** A line whose quantity or amount changed between two revisions. */
export interface ChangedLine {
  key: string;
  before: InvoiceLine;
  after: InvoiceLine;
  amountChange: Money;
}

/** What changed between two revisions of an invoice. */
export interface InvoiceDiff {
  added: InvoiceLine[];
  removed: InvoiceLine[];
  changed: ChangedLine[];
  /** after.total − before.total; equals the sum of added − removed + changed amounts. */
  totalChange: Money;
}

export type BillingMode = 'chargeback' | 'showback';

/** One stored revision of an invoice, without its lines. */
export interface InvoiceSummary {
  id: string;
  departmentId: string;
  month: string;
  revision: number;
  mode: BillingMode;
  status: 'issued' | 'superseded';
  currency: string;
  /** Money string in `currency`. */
  total: Money;
  reason: string;
  issuedAt: string;
}

/** A business unit of the month: how it is billed and its current invoice, if issued. */
export interface ChargebackUnit {
  departmentId: string;
  code: string;
  name: string;
  mode: BillingMode;
  invoice: InvoiceSummary | null;
  openDisputes: number;
}

/**
 * The month's cross-checks: Σ shared lines of the units' inputs equals Σ the run left on
 * business units and their cost centers; every service line is round(quantity × rate).
 */
export interface ChargebackReconciliation {
  allocatedToUnits: Money;
  sharedInvoiced: Money;
  serviceInvoiced: Money;
  /** Σ round(quantity × rate) over every service line, computed apart from the invoices. */
  serviceExpected: Money;
  /** Targets of the run that name no department or cost center (not invoiced). */
  unmatchedTargets: { target: string; amount: Money }[];
  balanced: boolean;
}

/** What the Chargeback screen shows for a month. */
export interface ChargebackMonth {
  month: string;
  currency: string;
  minorUnits: number;
  allocationRunId: string | null;
  rateCard: { id: string; fiscalYear: number; version: number } | null;
  /** Why invoices cannot be issued, or null when they can. */
  blocked: string | null;
  units: ChargebackUnit[];
  reconciliation: ChargebackReconciliation | null;
}

/** A dispute on an invoice line. */
export interface DisputeView {
  id: string;
  invoiceId: string;
  departmentId: string;
  revision: number;
  lineKey: string;
  reason: string;
  raisedBy: string;
  raisedAt: string;
  status: 'open' | 'resolved' | 'rejected';
  /** The stored resolution (kind credit/move/retag/reject and its figures), or null while open. */
  resolution: Record<string, unknown> | null;
  resolvedInvoiceId: string | null;
}

/** One revision with its lines, the change from the revision before and its disputes. */
export interface InvoiceView {
  summary: InvoiceSummary;
  unit: { departmentId: string; code: string; name: string };
  invoice: Invoice;
  /** Against the previous revision; null for revision 1. */
  diff: InvoiceDiff | null;
  revisions: InvoiceSummary[];
  disputes: DisputeView[];
}

/** One step of a line's trace: a stored posting of the allocation run, or the price of a service line. */
export interface LineTraceStep {
  rule: string;
  step: number;
  method: string;
  /** The closed node for step-down, or the source group's description. */
  from: string;
  /** How much the rule split (Money string). */
  sourceAmount: Money;
  target: string;
  amount: Money;
  driver: string | null;
  quantity: string | null;
  driverTotal: string | null;
  percent: string | null;
  /** Aggregates the source group took (0 for a step-down). */
  aggregateCount: number;
}

/** Why a line has its amount. */
export interface LineTrace {
  lineKey: string;
  explanation: string;
  steps: LineTraceStep[];
  /** Dispute moves and re-tags that changed the line since the run, as sentences. */
  adjustments: string[];
}

/** What issuing a month did. */
export interface ChargebackIssueResult {
  seq: number;
  /** Revisions written by this call. */
  issued: InvoiceSummary[];
  /** Units whose issued invoice was kept as it is. */
  reused: InvoiceSummary[];
  reconciliation: ChargebackReconciliation;
}

/** How the analyst settles a dispute (amounts and quantities are decimal strings). */
export type DisputeResolutionInput =
  | { kind: 'credit'; amount: Money; note?: string | undefined }
  | { kind: 'move'; amount: Money; toDepartmentId: string; note?: string | undefined }
  | { kind: 'retag'; quantity: string; toDepartmentId: string; note?: string | undefined }
  | { kind: 'reject'; note: string };

/** What resolving a dispute did: the revisions it issued (none for a rejection) and their diffs. */
export interface DisputeResolveResult {
  seq: number;
  invoices: { summary: InvoiceSummary; diff: InvoiceDiff }[];
}
