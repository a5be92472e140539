/** The posted actuals of a fiscal year with their dimension codes, for the export's Actuals sheet. */
import { asc, between, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { MonthKey } from '../../src-shared/calendar/fiscal';
import { accounts, actuals, costCenters, services, vendors } from '../db/schema';
import type { ExportActual } from '../io/excel-export/actuals-sheet';
import type { WorkbookContext } from './context';

/** Actuals of the months `months[0]`…`months.at(-1)`, by month then cost center, with codes. */
export function loadExportActuals(ctx: WorkbookContext, months: readonly MonthKey[]): ExportActual[] {
  const vendor = alias(vendors, 'v');
  const rows = ctx.orm
    .select({
      month: actuals.month,
      costCenter: costCenters.code,
      service: services.code,
      account: accounts.code,
      vendor: vendor.code,
      amount: actuals.amount,
      currency: actuals.currency,
      source: actuals.source,
      reference: actuals.reference,
    })
    .from(actuals)
    .innerJoin(costCenters, eq(costCenters.id, actuals.costCenterId))
    .innerJoin(services, eq(services.id, actuals.serviceId))
    .innerJoin(accounts, eq(accounts.id, actuals.accountId))
    .leftJoin(vendor, eq(vendor.id, actuals.vendorId))
    .where(between(actuals.month, months[0]!, months.at(-1)!))
    .orderBy(asc(actuals.month), asc(costCenters.code), asc(actuals.id))
    .all();
  return rows.map((r) => ({ ...r, vendor: r.vendor ?? '' }));
}
