import { addDays } from '../../src-shared/calendar/iso-date';
import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { Contract } from '../../src-shared/model';
import { parsePaymentTerms } from '../engine/accrual';
import { contractCodes, contractRow, findContract, listContracts } from '../repo/contracts-repo';
import { costItemsOfContract } from '../repo/cost-items-repo';
import { loadAccountingEnv, minorUnitsOf } from './accounting-env';
import { checkCode, checkScale, plural, requireLinks } from './accounting-validate';
import { requireDate } from './asset-schedule';
import { runCommand } from './command';
import { localDate, type WorkbookContext } from './context';
import { contractNotice, contractSchedule } from './contract-schedule';
import { newId } from './ids';

type ContractHandlers = Pick<
  Handlers,
  'contracts/list' | 'contracts/save' | 'contracts/delete' | 'contracts/get-schedule'
>;

/** Payment terms the accrual engine understands; a 'validation' error naming the item otherwise. */
export function requirePaymentTerms(terms: string, item: string, field = 'paymentTerms'): void {
  if (parsePaymentTerms(terms) === null) {
    throw new AppError(
      'validation',
      `${item}: ${field} "${terms}" is not a known form ("due on receipt", "net 30", "end of month + 30", "net 30 EOM").`,
      { item, field },
    );
  }
}

/** Vendor contracts: terms, escalation, renewal, and their billing and accrual schedules. */
export function contractHandlers(ctx: WorkbookContext): ContractHandlers {
  const requireContract = (id: string): Contract => {
    const c = findContract(ctx.db, id);
    if (!c) throw new AppError('not-found', `There is no contract with id "${id}".`, { id });
    return c;
  };
  const today = () => localDate(ctx.now());

  return {
    'contracts/list': () => {
      const asOf = today();
      return listContracts(ctx.db).map((c) => ({ ...c, notice: contractNotice(c, asOf) }));
    },

    'contracts/save': (args) => {
      const existing = args.id ? requireContract(args.id) : undefined;
      const id = args.id ?? newId();
      checkCode(args.code, contractCodes(ctx.db), id, 'Contract');
      const item = `contract ${args.code}`;
      const env = loadAccountingEnv(ctx);
      const mu = minorUnitsOf(env, args.currency, 'currency', item);
      checkScale(args.baseAmount, args.currency, mu, item, 'baseAmount');
      requireDate(args.start, item, 'start');
      requireDate(args.end, item, 'end');
      requirePaymentTerms(args.paymentTerms, item);
      requireLinks(ctx, args);
      const contract: Contract = { ...args, id };
      // Computing the schedule checks everything the engine knows (escalation, renewal,
      // end before start…); an auto-renewing contract is run into its first renewal too.
      contractSchedule(env, contract, args.start, args.renewal?.autoRenew ? addDays(args.end, 1) : undefined);
      const label = `${existing ? 'Edit' : 'Add'} contract ${args.code}`;
      const { seq } = runCommand(ctx, { command: 'contracts/save', label, payload: args }, (tx) => {
        if (existing) tx.update('contracts', { id }, contractRow(contract));
        else tx.insert('contracts', contractRow(contract));
      });
      return { seq, id };
    },

    'contracts/delete': ({ id }) => {
      const c = requireContract(id);
      const invoices = costItemsOfContract(ctx.db, id);
      if (invoices > 0) {
        throw new AppError(
          'conflict',
          `Contract ${c.code} has ${plural(invoices, 'cost item')} recorded as its invoices; delete or unlink those first.`,
          { id, references: { cost_items: invoices } },
        );
      }
      const label = `Delete contract ${c.code}`;
      const { seq } = runCommand(
        ctx,
        { command: 'contracts/delete', label, payload: { id } },
        (tx) => void tx.delete('contracts', { id }),
      );
      return { seq };
    },

    'contracts/get-schedule': ({ contractId, horizon }) =>
      contractSchedule(loadAccountingEnv(ctx), requireContract(contractId), today(), horizon),
  };
}
