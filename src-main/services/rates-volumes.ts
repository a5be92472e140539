import type { ChannelArgs } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { D, isPlainDecimal, toMoney } from '../../src-shared/money';
import type { VolumesView } from '../../src-shared/model/rates';
import {
  capacityInMonths,
  capacityReader,
  listBusinessUnits,
  listChargebackServices,
  usageInMonths,
  usageReader,
} from '../repo/rates-repo';
import { runCommand } from './command';
import type { WorkbookContext } from './context';

/** The Volumes grids' data of one month. */
export function volumesOfMonth(ctx: WorkbookContext, month: string): VolumesView {
  return {
    month,
    services: listChargebackServices(ctx.db),
    departments: listBusinessUnits(ctx.db),
    usage: usageInMonths(ctx.db, [month]),
    capacity: capacityInMonths(ctx.db, [month]),
  };
}

/** A typed quantity as a canonical decimal ≥ 0, null for an empty cell; refuses anything else naming the cell. */
function quantityOf(raw: string, where: string, details: Record<string, unknown>): string | null {
  const text = raw.trim();
  if (text === '') return null;
  if (!isPlainDecimal(text)) {
    throw new AppError('validation', `${where}: "${raw}" is not a number.`, { ...details, value: raw });
  }
  const q = new D(text);
  if (q.isNegative())
    throw new AppError('validation', `${where}: ${text} must not be negative.`, { ...details, value: raw });
  return toMoney(q);
}

function lookups(ctx: WorkbookContext) {
  const services = new Map(listChargebackServices(ctx.db).map((s) => [s.id, s.code]));
  const units = new Map(listBusinessUnits(ctx.db).map((d) => [d.id, d.code]));
  const service = (id: string) => {
    const code = services.get(id);
    if (code === undefined)
      throw new AppError('validation', `There is no catalogue service with id "${id}".`, { field: 'serviceId', id });
    return code;
  };
  return { service, units };
}

/** Write usage cells as one command ('' deletes a cell); every cell is checked before anything is written. */
export function setUsage(ctx: WorkbookContext, args: ChannelArgs<'rates/set-usage'>): { seq: number; changed: number } {
  const { service, units } = lookups(ctx);
  const cells = args.cells.map((c) => {
    const serviceCode = service(c.serviceId);
    const unit = units.get(c.departmentId);
    if (unit === undefined) {
      throw new AppError('validation', `There is no business unit with id "${c.departmentId}".`, {
        field: 'departmentId',
        id: c.departmentId,
      });
    }
    const where = `Usage of ${serviceCode} by ${unit} in ${c.month}`;
    const quantity = quantityOf(c.quantity, where, {
      row: unit,
      column: serviceCode,
      month: c.month,
      field: 'quantity',
    });
    return { ...c, quantity };
  });
  let changed = 0;
  const { seq } = runCommand(
    ctx,
    { command: 'rates/set-usage', label: (n: number) => `Set ${n} usage cell${n === 1 ? '' : 's'}`, payload: args },
    (tx) => {
      const findUsage = usageReader(ctx.db);
      for (const c of cells) {
        const key = { month: c.month, department_id: c.departmentId, service_id: c.serviceId };
        const before = findUsage(c.month, c.departmentId, c.serviceId);
        if (before === c.quantity || (before === undefined && c.quantity === null)) continue;
        changed++;
        if (c.quantity === null) tx.delete('service_usage', key);
        else if (before === undefined) tx.insert('service_usage', { ...key, quantity: c.quantity });
        else tx.update('service_usage', key, { quantity: c.quantity });
      }
      return changed;
    },
  );
  return { seq, changed };
}

/** Write capacity cells as one command ('' deletes a cell); every cell is checked first. */
export function setCapacity(
  ctx: WorkbookContext,
  args: ChannelArgs<'rates/set-capacity'>,
): { seq: number; changed: number } {
  const { service } = lookups(ctx);
  const cells = args.cells.map((c) => {
    const code = service(c.serviceId);
    const where = `Capacity of ${code} in ${c.month}`;
    return { ...c, capacity: quantityOf(c.capacity, where, { row: code, column: c.month, field: 'capacity' }) };
  });
  let changed = 0;
  const { seq } = runCommand(
    ctx,
    {
      command: 'rates/set-capacity',
      label: (n: number) => `Set ${n} capacity cell${n === 1 ? '' : 's'}`,
      payload: args,
    },
    (tx) => {
      const findCapacity = capacityReader(ctx.db);
      for (const c of cells) {
        const key = { service_id: c.serviceId, month: c.month };
        const before = findCapacity(c.serviceId, c.month);
        if (before === c.capacity || (before === undefined && c.capacity === null)) continue;
        changed++;
        if (c.capacity === null) tx.delete('service_capacity', key);
        else if (before === undefined) tx.insert('service_capacity', { ...key, capacity: c.capacity });
        else tx.update('service_capacity', key, { capacity: c.capacity });
      }
      return changed;
    },
  );
  return { seq, changed };
}
