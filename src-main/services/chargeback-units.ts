import { AppError } from '../../src-shared/ipc/errors';
import { listUnitRecords } from '../repo/chargeback-repo';
import { runCommand } from './command';
import type { WorkbookContext } from './context';

/** Set how a business unit is billed: charged, or shown its costs for information only. */
export function setUnitMode(
  ctx: WorkbookContext,
  args: { departmentId: string; mode: 'chargeback' | 'showback' },
): { seq: number } {
  const unit = listUnitRecords(ctx.db).find((u) => u.departmentId === args.departmentId);
  if (!unit) {
    throw new AppError('validation', `departmentId: there is no department with id "${args.departmentId}".`, {
      field: 'departmentId',
    });
  }
  const label = `Bill ${unit.code} as ${args.mode}`;
  const { seq } = runCommand(ctx, { command: 'chargeback/set-unit-mode', label, payload: args }, (tx) => {
    const row = { department_id: args.departmentId, mode: args.mode };
    if (tx.get('chargeback_units', { department_id: args.departmentId })) {
      tx.update('chargeback_units', { department_id: args.departmentId }, { mode: args.mode });
    } else tx.insert('chargeback_units', row);
  });
  return { seq };
}
