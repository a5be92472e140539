import { AppError } from '../../src-shared/ipc/errors';
import { getBillingImport } from '../repo/billing-repo';
import { runCommand } from './command';
import type { WorkbookContext } from './context';

/**
 * Delete a billing import with its aggregates and commitment rows as one undoable command.
 * Imports it had replaced stay replaced: their data went when this one came in.
 * @throws AppError 'not-found' naming the id when there is no such import.
 */
export function deleteBillingImport(ctx: WorkbookContext, id: string): { seq: number } {
  const found = getBillingImport(ctx.db, id);
  if (!found) throw new AppError('not-found', `No cloud bill import ${id}`, { field: 'id' });
  const { seq } = runCommand(
    ctx,
    { command: 'billing/delete-import', label: `Delete cloud bill import ${found.fileName}`, payload: { id } },
    (tx) => {
      tx.deleteRows('billing_aggregates', ['import_id'], [[id]]);
      tx.deleteRows('billing_commitments', ['import_id'], [[id]]);
      tx.delete('billing_imports', { id });
    },
  );
  return { seq };
}
