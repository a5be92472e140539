import { AppError } from '../../src-shared/ipc/errors';
import type { DimensionLinks } from '../../src-shared/model';
import { checkCodeFormat, checkCodeUnique } from '../../src-shared/validation/codes';
import type { WorkbookContext } from './context';
import { checkAmountScale, requireRef } from './validate';

/** A code in the naming standard and unique (ignoring case) among `existing`; AppError otherwise. */
export function checkCode(
  code: string,
  existing: readonly { id: string; code: string }[],
  selfId: string | null,
  what: string,
): void {
  const format = checkCodeFormat(code, `${what} code`);
  if (format) throw new AppError('validation', format.message, { field: 'code', code });
  const clash = checkCodeUnique(code, existing, selfId, `${what} code`);
  if (clash) throw new AppError('conflict', clash.message, { field: 'code', code });
}

/** Each link that is set must name an existing cost center, service, account or vendor. */
export function requireLinks(ctx: WorkbookContext, links: DimensionLinks): void {
  if (links.costCenterId !== null) requireRef(ctx, 'cost_centers', links.costCenterId, 'costCenterId', 'cost center');
  if (links.serviceId !== null) requireRef(ctx, 'services', links.serviceId, 'serviceId', 'service');
  if (links.accountId !== null) requireRef(ctx, 'accounts', links.accountId, 'accountId', 'account');
  if (links.vendorId !== null) requireRef(ctx, 'vendors', links.vendorId, 'vendorId', 'vendor');
}

/** Amounts may not be finer than their currency's minor unit; the message names the item. */
export function checkScale(amount: string, currency: string, minorUnits: number, item: string, field: string): void {
  try {
    checkAmountScale(amount, currency, minorUnits, field);
  } catch (e) {
    if (e instanceof AppError) throw new AppError('validation', `${item}: ${e.message}`, { ...e.details, item, field });
    throw e;
  }
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
