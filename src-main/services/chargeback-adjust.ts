import { AppError } from '../../src-shared/ipc/errors';
import { resolveDispute, type DisputeResolution, type InvoiceInput } from '../engine/chargeback';
import { adjustmentsOf } from '../repo/chargeback-repo';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';

/**
 * What an adjustment row stores: the engine resolution, and for a move or re-tag the
 * receiving department by id (its code is looked up when applied, so a renamed code still works).
 */
export interface AdjustmentPayload {
  resolution: DisputeResolution;
  toDepartmentId?: string;
}

/** Apply one resolution to the unit's inputs and hand the transfer to the receiving unit. */
export function applyResolution(
  inputs: Map<string, InvoiceInput>,
  departmentId: string,
  payload: AdjustmentPayload,
  item: string,
): void {
  const input = inputs.get(departmentId);
  if (!input) throw new AppError('validation', `${item}: department ${departmentId} is not a billing unit.`, { item });
  const r = payload.resolution;
  let resolution: DisputeResolution = r;
  let to: InvoiceInput | undefined;
  const toId = payload.toDepartmentId;
  if (r.kind !== 'credit') {
    to = toId === undefined || toId === departmentId ? undefined : inputs.get(toId);
    if (!to) {
      throw new AppError('validation', `${item}: choose another business unit to receive the cost.`, {
        item,
        field: 'toDepartmentId',
      });
    }
    // The engine names units by code; the stored payload names the receiver by department id.
    resolution = { ...r, toBusinessUnit: to.businessUnit };
  }
  const { input: next, transfer } = engineCall(() => resolveDispute(input, resolution), item);
  inputs.set(departmentId, next);
  if (transfer && to && toId) {
    inputs.set(
      toId,
      'share' in transfer
        ? { ...to, shares: [...to.shares, transfer.share] }
        : { ...to, usage: [...to.usage, transfer.usage] },
    );
  }
}

/** Apply the month's stored adjustments in the order they were made. */
export function applyAdjustments(ctx: WorkbookContext, month: string, inputs: Map<string, InvoiceInput>): void {
  for (const a of adjustmentsOf(ctx.db, month)) {
    const payload = JSON.parse(a.payload) as AdjustmentPayload;
    applyResolution(inputs, a.departmentId, payload, `Adjustment ${a.kind} of dispute ${a.disputeId ?? a.id}`);
  }
}
