import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { CostItemRecord } from '../../src-shared/model';
import { scheduleItem } from '../engine/accrual';
import { costItemRow, findCostItem, listCostItems } from '../repo/cost-items-repo';
import { loadAccountingEnv, minorUnitsOf } from './accounting-env';
import { costItemOf } from './accounting-inputs';
import { checkScale, requireLinks } from './accounting-validate';
import { requireDate } from './asset-schedule';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { requirePaymentTerms } from './contract-handlers';
import { engineCall } from './engine-input';
import { newId } from './ids';
import { requireRef } from './validate';

type CostItemHandlers = Pick<Handlers, 'cost-items/list' | 'cost-items/save' | 'cost-items/delete'>;

/** How a cost item is named in messages and the journal. */
const nameOf = (c: Pick<CostItemRecord, 'reference' | 'description'>) =>
  c.reference ? `cost item ${c.reference}` : c.description ? `cost item "${c.description}"` : 'cost item';

/** Single invoices and purchases with a service period and a payment. */
export function costItemHandlers(ctx: WorkbookContext): CostItemHandlers {
  return {
    'cost-items/list': () => listCostItems(ctx.db),

    'cost-items/save': (args) => {
      const existing = args.id ? findCostItem(ctx.db, args.id) : undefined;
      if (args.id && !existing) throw new AppError('not-found', `There is no cost item with id "${args.id}".`);
      const id = args.id ?? newId();
      const item = nameOf(args);
      const env = loadAccountingEnv(ctx);
      const mu = minorUnitsOf(env, args.currency, 'currency', item);
      checkScale(args.amount, args.currency, mu, item, 'amount');
      requireDate(args.invoiceDate, item, 'invoiceDate');
      requireDate(args.serviceStart, item, 'serviceStart');
      requireDate(args.serviceEnd, item, 'serviceEnd');
      if (args.paymentDate !== null) requireDate(args.paymentDate, item, 'paymentDate');
      if (args.paymentTerms !== null) requirePaymentTerms(args.paymentTerms, item);
      requireLinks(ctx, args);
      if (args.contractId !== null) requireRef(ctx, 'contracts', args.contractId, 'contractId', 'contract');
      const record: CostItemRecord = { ...args, id };
      // The engine checks the rest (service period order, a payment date or terms).
      const periods = env.calendar.periods(env.calendar.fiscalYearOf(args.invoiceDate));
      engineCall(() => scheduleItem(costItemOf(record, mu), periods, env.accounting.accrualPolicy), item);
      const label = `${existing ? 'Edit' : 'Add'} ${item}`;
      const { seq } = runCommand(ctx, { command: 'cost-items/save', label, payload: args }, (tx) => {
        if (existing) tx.update('cost_items', { id }, costItemRow(record));
        else tx.insert('cost_items', costItemRow(record));
      });
      return { seq, id };
    },

    'cost-items/delete': ({ id }) => {
      const c = findCostItem(ctx.db, id);
      if (!c) throw new AppError('not-found', `There is no cost item with id "${id}".`, { id });
      const { seq } = runCommand(
        ctx,
        { command: 'cost-items/delete', label: `Delete ${nameOf(c)}`, payload: { id } },
        (tx) => void tx.delete('cost_items', { id }),
      );
      return { seq };
    },
  };
}
