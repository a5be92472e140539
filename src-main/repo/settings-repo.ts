import { eq } from 'drizzle-orm';
import type { Currency, WorkbookSettings } from '../../src-shared/model';
import type { Orm } from '../db/client';
import { currencies, settings, workbookIdentity } from '../db/schema';

/** The workbook settings row; throws if the workbook has none (not created by Outlay). */
export function readSettings(orm: Orm): WorkbookSettings {
  const r = orm.select().from(settings).where(eq(settings.id, 1)).get();
  if (!r) throw new Error('the workbook has no settings row');
  return {
    name: r.name,
    baseCurrency: r.baseCurrency,
    fyStartMonth: r.fyStartMonth,
    fiscalCalendar: 'calendar-months',
    userName: r.userName,
  };
}

/** The workbook's stable id (see the workbook_identity schema). */
export function readWorkbookId(orm: Orm): string {
  const r = orm.select({ id: workbookIdentity.workbookId }).from(workbookIdentity).get();
  if (!r) throw new Error('the workbook has no identity row');
  return r.id;
}

export function listCurrencies(orm: Orm): Currency[] {
  return orm.select().from(currencies).orderBy(currencies.code).all();
}

export function findCurrency(orm: Orm, code: string): Currency | undefined {
  return orm.select().from(currencies).where(eq(currencies.code, code)).get();
}
