import { AppError } from '../../src-shared/ipc/errors';
import type { BudgetLineFields, Currency } from '../../src-shared/model';
import { exists } from '../repo/dimensions-repo';
import { findCurrency } from '../repo/settings-repo';
import type { WorkbookContext } from './context';

/** Refuse with a 'validation' error naming the field when `id` is not a row of `table`. */
export function requireRef(ctx: WorkbookContext, table: string, id: string, field: string, what: string): void {
  if (!exists(ctx.db, table, id)) {
    throw new AppError('validation', `${field}: there is no ${what} with id "${id}".`, { field, id });
  }
}

export function requireCurrency(ctx: WorkbookContext, code: string, field: string): Currency {
  const c = findCurrency(ctx.orm, code);
  if (!c)
    throw new AppError('validation', `${field}: the currency "${code}" is not defined in this workbook.`, {
      field,
      code,
    });
  return c;
}

/** Every id of a budget line must name an existing row; the currency must exist. */
export function validateLineFields(ctx: WorkbookContext, f: BudgetLineFields, prefix = 'fields'): Currency {
  requireRef(ctx, 'cost_centers', f.costCenterId, `${prefix}.costCenterId`, 'cost center');
  requireRef(ctx, 'services', f.serviceId, `${prefix}.serviceId`, 'service');
  requireRef(ctx, 'accounts', f.accountId, `${prefix}.accountId`, 'account');
  if (f.vendorId !== null) requireRef(ctx, 'vendors', f.vendorId, `${prefix}.vendorId`, 'vendor');
  return requireCurrency(ctx, f.currency, `${prefix}.currency`);
}

/** Number of digits after the decimal point of a canonical money string. */
export function decimalsOf(amount: string): number {
  const i = amount.indexOf('.');
  return i < 0 ? 0 : amount.length - i - 1;
}

/** Refuse amounts finer than the currency's minor unit (e.g. "1.234" in EUR). */
export function checkAmountScale(amount: string, currency: string, minorUnits: number, field: string): void {
  if (decimalsOf(amount) > minorUnits) {
    throw new AppError('validation', `${field}: ${amount} has more decimals than ${currency} allows (${minorUnits}).`, {
      field,
      amount,
      currency,
      minorUnits,
    });
  }
}
