import type { Handlers } from '../../src-shared/ipc/contract';
import type { chargebackContract } from '../../src-shared/ipc/chargeback-contract';
import type { WorkbookContext } from './context';
import { resolveDisputeCommand, raiseDispute } from './chargeback-disputes';
import { exportInvoice } from './chargeback-export';
import { issueInvoices } from './chargeback-issue';
import { setUnitMode } from './chargeback-units';
import { explainLine } from './chargeback-trace';
import { invoiceView, monthView } from './chargeback-views';

type SliceHandlers = Pick<Handlers, keyof typeof chargebackContract>;

/** The channels of the chargeback area. */
export function chargebackHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'chargeback/get-month': ({ month }) => monthView(ctx, month),
    'chargeback/set-unit-mode': (args) => setUnitMode(ctx, args),
    'chargeback/issue': (args, run) => issueInvoices(ctx, args, run),
    'chargeback/get-invoice': ({ invoiceId }) => invoiceView(ctx, invoiceId),
    'chargeback/explain-line': (args) => explainLine(ctx, args),
    'chargeback/raise-dispute': (args) => raiseDispute(ctx, args),
    'chargeback/resolve-dispute': (args) => resolveDisputeCommand(ctx, args),
    'chargeback/export-invoice': (args) => exportInvoice(ctx, args),
  };
}
