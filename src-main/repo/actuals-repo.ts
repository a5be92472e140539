import { between, eq } from 'drizzle-orm';
import type { MonthKey } from '../../src-shared/calendar/fiscal';
import type { ExpenseType } from '../../src-shared/model';
import type { Money } from '../../src-shared/money';
import type { Orm } from '../db/client';
import { accounts, actuals } from '../db/schema';

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
