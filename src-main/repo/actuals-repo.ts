import { asc, between, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { MonthKey } from '../../src-shared/calendar/fiscal';
import type { ExpenseType } from '../../src-shared/model';
import type { Money } from '../../src-shared/money';
import type { Orm } from '../db/client';
import { accounts, actuals, costCenters, services, vendors } from '../db/schema';

/** An actual as the summary needs it: where it is booked, its amount and its account's expense type. */
export interface ActualForSummary {
  month: MonthKey;
  costCenterId: string;
  serviceId: string;
  /** Money string, transaction currency. */
  amount: Money;
  currency: string;
  expenseType: ExpenseType;
}

/** Posted actuals of the months `from`…`to` (inclusive), with the expense type of their account. */
export function listActualsBetween(orm: Orm, from: MonthKey, to: MonthKey): ActualForSummary[] {
  return orm
    .select({
      month: actuals.month,
      costCenterId: actuals.costCenterId,
      serviceId: actuals.serviceId,
      amount: actuals.amount,
      currency: actuals.currency,
      expenseType: accounts.expenseType,
    })
    .from(actuals)
    .innerJoin(accounts, eq(accounts.id, actuals.accountId))
    .where(between(actuals.month, from, to))
    .all();
}

/** An actual with its dimensions' codes, as a listing shows it (vendor '' when none). */
export interface ActualWithCodes {
  month: MonthKey;
  costCenter: string;
  service: string;
  account: string;
  vendor: string;
  /** Money string, transaction currency. */
  amount: Money;
  currency: string;
  source: string;
  reference: string;
}

/** Posted actuals of the months `from`…`to` (inclusive) with codes, by month, cost center code, then id. */
export function listActualsWithCodes(orm: Orm, from: MonthKey, to: MonthKey): ActualWithCodes[] {
  const vendor = alias(vendors, 'v');
  const rows = orm
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
    .where(between(actuals.month, from, to))
    .orderBy(asc(actuals.month), asc(costCenters.code), asc(actuals.id))
    .all();
  return rows.map((r) => ({ ...r, vendor: r.vendor ?? '' }));
}
