import { z } from 'zod';
import type {
  ChargebackIssueResult,
  ChargebackMonth,
  DisputeResolveResult,
  InvoiceView,
  LineTrace,
} from '../model/chargeback-invoices';
import { zOutputRef, type OutputDone } from './files';
import { zId, zMoney, zMonth } from './schemas';

const zQuantity = z.string().regex(/^\d+(\.\d+)?$/, 'expected a quantity such as "2.5"');
const zNote = z.string().max(1000);

/** How a dispute is settled (see DisputeResolutionInput). */
export const zDisputeResolution = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('credit'), amount: zMoney, note: zNote.optional() }),
  z.object({ kind: z.literal('move'), amount: zMoney, toDepartmentId: zId, note: zNote.optional() }),
  z.object({ kind: z.literal('retag'), quantity: zQuantity, toDepartmentId: zId, note: zNote.optional() }),
  z.object({ kind: z.literal('reject'), note: zNote }),
]);

/** Channels of the chargeback area (issue 6): invoices per business unit and month, disputes, exports. */
export const chargebackContract = {
  /** The month's units (mode, current invoice, open disputes), its run and rate card, and the cross-checks. */
  'chargeback/get-month': { input: z.object({ month: zMonth }), output: null as unknown as ChargebackMonth },
  /** Charge a unit, or show it its costs for information only (journaled). */
  'chargeback/set-unit-mode': {
    input: z.object({ departmentId: zId, mode: z.enum(['chargeback', 'showback']) }),
    output: null as unknown as { seq: number },
  },
  /**
   * Issue the month's invoices (long call, one command): revision 1 for units without one;
   * with `reissue`, a new revision where the inputs changed. Refused without a current
   * allocation run or a published rate card.
   */
  'chargeback/issue': {
    input: z.object({ month: zMonth, reissue: z.boolean().optional() }),
    output: null as unknown as ChargebackIssueResult,
  },
  /** One revision with lines, diff against the previous revision, all revisions and disputes. */
  'chargeback/get-invoice': { input: z.object({ invoiceId: zId }), output: null as unknown as InvoiceView },
  /** Why a line has its amount: the stored postings (rule, driver, quantity) or quantity × rate. */
  'chargeback/explain-line': {
    input: z.object({ invoiceId: zId, lineKey: z.string().min(1).max(500) }),
    output: null as unknown as LineTrace,
  },
  /** A business unit disputes a line of its current invoice (journaled). */
  'chargeback/raise-dispute': {
    input: z.object({ invoiceId: zId, lineKey: z.string().min(1).max(500), reason: z.string().min(1).max(1000) }),
    output: null as unknown as { seq: number; id: string },
  },
  /** Settle a dispute by credit, move, re-tag (new revisions) or rejection (journaled). */
  'chargeback/resolve-dispute': {
    input: z.object({ disputeId: zId, resolution: zDisputeResolution }),
    output: null as unknown as DisputeResolveResult,
  },
  /** Write one invoice revision to .xlsx or PDF. */
  'chargeback/export-invoice': {
    input: z.object({ invoiceId: zId, format: z.enum(['xlsx', 'pdf']), output: zOutputRef }),
    output: null as unknown as OutputDone,
  },
} as const;
