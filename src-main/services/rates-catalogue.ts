import type { ChannelArgs } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { parseNodeId } from '../../src-shared/model/allocation-nodes';
import type { ChargebackService } from '../../src-shared/model/rates';
import { checkCodeFormat, checkCodeUnique } from '../../src-shared/validation/codes';
import {
  cardEntriesOfService,
  chargebackServiceRow,
  findChargebackService,
  listChargebackServices,
  nodeTargetExists,
} from '../repo/rates-repo';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { newId } from './ids';

const NODE_WHAT = { svc: 'service', cc: 'cost center', bu: 'business unit' } as const;

/** Refuse a catalogue entry whose code, name or node is wrong, naming the field. */
function checkService(ctx: WorkbookContext, s: ChargebackService): void {
  const format = checkCodeFormat(s.code, 'Service code');
  if (format) throw new AppError('validation', format.message, { field: 'code', code: s.code });
  const clash = checkCodeUnique(s.code, listChargebackServices(ctx.db), s.id, 'Service code');
  if (clash) throw new AppError('conflict', clash.message, { field: 'code', code: s.code });
  if (s.name.trim() === '')
    throw new AppError('validation', `Service ${s.code}: the name is empty.`, { field: 'name' });
  const node = parseNodeId(s.node);
  if (!node) {
    throw new AppError(
      'validation',
      `Service ${s.code}: node "${s.node}" is not svc:<service code>, cc:<cost center code> or bu:<department code>.`,
      { field: 'node', node: s.node },
    );
  }
  if (!nodeTargetExists(ctx.db, node.kind, node.code)) {
    throw new AppError(
      'validation',
      `Service ${s.code}: node "${s.node}" names no ${NODE_WHAT[node.kind]} of this workbook.`,
      {
        field: 'node',
        node: s.node,
      },
    );
  }
}

/** Add or edit a catalogue service as one command. */
export function saveChargebackService(
  ctx: WorkbookContext,
  args: ChannelArgs<'rates/save-service'>,
): { seq: number; id: string } {
  const existing = args.id ? findChargebackService(ctx.db, args.id) : undefined;
  if (args.id && !existing) throw new AppError('not-found', `There is no catalogue service with id "${args.id}".`);
  const service: ChargebackService = {
    id: args.id ?? newId(),
    code: args.code,
    name: args.name.trim(),
    unit: args.unit,
    node: args.node.trim(),
    active: args.active,
  };
  checkService(ctx, service);
  const label = `${existing ? 'Edit' : 'Add'} chargeback service ${service.code}`;
  const { seq } = runCommand(ctx, { command: 'rates/save-service', label, payload: args }, (tx) => {
    if (existing) tx.update('chargeback_services', { id: service.id }, chargebackServiceRow(service));
    else tx.insert('chargeback_services', chargebackServiceRow(service));
  });
  return { seq, id: service.id };
}

/**
 * Delete a catalogue service and its volumes as one command (the volumes are deleted
 * explicitly so undo brings them back); refused while a rate card prices the service.
 */
export function deleteChargebackService(ctx: WorkbookContext, id: string): { seq: number } {
  const existing = findChargebackService(ctx.db, id);
  if (!existing) throw new AppError('not-found', `There is no catalogue service with id "${id}".`);
  const cards = cardEntriesOfService(ctx.db, id);
  if (cards > 0) {
    throw new AppError(
      'conflict',
      `Service ${existing.code} is priced on ${cards} rate card${cards === 1 ? '' : 's'}; set it inactive instead.`,
      { id },
    );
  }
  const label = `Delete chargeback service ${existing.code}`;
  const { seq } = runCommand(ctx, { command: 'rates/delete-service', label, payload: { id } }, (tx) => {
    tx.deleteRows('service_usage', ['service_id'], [[id]]);
    tx.deleteRows('service_capacity', ['service_id'], [[id]]);
    tx.delete('chargeback_services', { id });
  });
  return { seq };
}
