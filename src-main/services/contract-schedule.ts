import type { FiscalPeriodSpan } from '../../src-shared/calendar/calendar-types';
import type { Contract, ContractSchedule, NoticeInfo } from '../../src-shared/model';
import { buildViews, scheduleItem, type CostItem } from '../engine/accrual';
import { escalateContract, noticeStatus } from '../engine/escalation';
import { minorUnitsOf, type AccountingEnv } from './accounting-env';
import { contractCostItems, contractTerms } from './accounting-inputs';
import { engineCall } from './engine-input';

/** Days ahead of a notice deadline from which a contract is flagged 'due-soon'. */
export const NOTICE_WARN_DAYS = 90;

/** Where a contract's next renewal stands on `asOf` (ISO date); null without renewal terms. */
export function contractNotice(c: Contract, asOf: string): NoticeInfo | null {
  const n = engineCall(() => noticeStatus(contractTerms(c), asOf, NOTICE_WARN_DAYS), `contract ${c.code}`);
  return (
    n && {
      renewalDate: n.renewalDate,
      noticeDeadline: n.noticeDeadline,
      daysLeft: n.daysLeft,
      status: n.status,
      explanation: n.explanation,
    }
  );
}

/** The escalated billing events of a contract up to `horizon`, in its currency. */
export function contractEvents(env: AccountingEnv, c: Contract, horizon?: string) {
  const item = `contract ${c.code}`;
  const minorUnits = minorUnitsOf(env, c.currency, 'currency', item);
  const schedule = engineCall(
    () => escalateContract(contractTerms(c), { minorUnits, rounding: env.rounding, ...(horizon ? { horizon } : {}) }),
    item,
  );
  return { schedule, minorUnits };
}

/** The billing events of a contract up to `horizon` and the cost items they make. */
export function contractItems(env: AccountingEnv, c: Contract, horizon?: string) {
  const { schedule, minorUnits } = contractEvents(env, c, horizon);
  return { schedule, items: contractCostItems(c, schedule.events, schedule.end, minorUnits), minorUnits };
}

/** Whole fiscal years from the one holding `from` through the one holding `to`. */
function yearsOfPeriods(env: AccountingEnv, from: string, to: string): FiscalPeriodSpan[] {
  const out: FiscalPeriodSpan[] = [];
  for (let fy = env.calendar.fiscalYearOf(from); fy <= env.calendar.fiscalYearOf(to); fy++) {
    out.push(...env.calendar.periods(fy));
  }
  return out;
}

/**
 * A contract's escalated billing events with their explanations, its payments, and per
 * fiscal period the expense recognised (accrual), the cash paid and the prepaid (+) or
 * accrued (−) balance, in the contract currency, over whole fiscal years from its start
 * until the last payment. Σ accrual = Σ cash = Σ events, exactly. An auto-renewing
 * contract runs on through renewals until one covers `horizon`.
 */
export function contractSchedule(env: AccountingEnv, c: Contract, asOf: string, horizon?: string): ContractSchedule {
  const { schedule, items } = contractItems(env, c, horizon);
  const label = `contract ${c.code}`;
  const policy = env.accounting.accrualPolicy;
  const payments = items.flatMap(
    (it: CostItem) =>
      engineCall(() => scheduleItem(it, env.calendar.periods(env.calendar.fiscalYearOf(c.start)), policy), label)
        .payments,
  );
  const lastPayment = payments.reduce((m, p) => (p.date > m ? p.date : m), schedule.end);
  const periods = yearsOfPeriods(env, c.start, lastPayment);
  const views = engineCall(() => buildViews(items, periods, policy, { calendar: env.calendar }), label);
  const t = views.total;
  return {
    contractId: c.id,
    code: c.code,
    currency: c.currency,
    end: schedule.end,
    prices: schedule.prices.map((p) => ({
      effective: p.effective,
      price: p.price,
      previous: p.previous,
      formula: p.formula,
    })),
    events: schedule.events.map((e) => ({ ...e })),
    payments,
    notice: contractNotice(c, asOf),
    periods: periods.map((p, i) => ({
      period: p.key,
      fiscalYear: p.fiscalYear,
      index: p.index,
      start: p.start,
      end: p.end,
      accrual: t.accrual.periods[i]!,
      cash: t.cash.periods[i]!,
      prepaidBalance: t.balance.net.periods[i]!,
    })),
    total: schedule.total,
  };
}
