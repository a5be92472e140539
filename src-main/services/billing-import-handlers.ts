import type { Handlers } from '../../src-shared/ipc/contract';
import type { billingImportContract } from '../../src-shared/ipc/billing-import-contract';
import { listBillingImports } from '../repo/billing-repo';
import { importBilling } from './billing-import-apply';
import { deleteBillingImport } from './billing-import-delete';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, keyof typeof billingImportContract>;

/** The channels of the billing-import area. */
export function billingImportHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'billing/import': (args, run) => importBilling(ctx, args, run),
    'billing/list-imports': () => listBillingImports(ctx.db),
    'billing/delete-import': (args) => deleteBillingImport(ctx, args.id),
  };
}
