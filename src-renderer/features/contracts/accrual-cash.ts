import type { ContractPeriodAmounts, ContractSchedule } from '../../../src-shared/model';
import { compareMoney, sumMoney, type Money } from '../../../src-shared/money';

export interface AccrualCashTotals {
  /** Money, contract currency: Σ accrual over the periods given. */
  accrual: Money;
  /** Money, contract currency: Σ cash over the periods given. */
  cash: Money;
  /** Prepaid (+) or accrued (−) balance after the last period given; '0' for none. */
  closingBalance: Money;
}

/** Exact sums of a run of schedule periods. */
export function periodTotals(periods: readonly ContractPeriodAmounts[]): AccrualCashTotals {
  return {
    accrual: sumMoney(periods.map((p) => p.accrual)),
    cash: sumMoney(periods.map((p) => p.cash)),
    closingBalance: periods.at(-1)?.prepaidBalance ?? '0',
  };
}

export interface Reconciliation extends AccrualCashTotals {
  total: Money;
  /** Σ accrual = Σ cash = the schedule total, exactly. */
  balanced: boolean;
}

/** The whole schedule's totals and whether expense, cash and billing agree to the cent. */
export function reconcile(s: ContractSchedule): Reconciliation {
  const t = periodTotals(s.periods);
  const balanced = compareMoney(t.accrual, s.total) === 0 && compareMoney(t.cash, s.total) === 0;
  return { ...t, total: s.total, balanced };
}

/**
 * The periods worth showing: the whole schedule, or one fiscal year. Leading and trailing
 * periods where nothing happens (before the start, after the last payment) are dropped,
 * but a quiet period in the middle of a term is kept.
 */
export function visiblePeriods(s: ContractSchedule, fiscalYear: number | null): ContractPeriodAmounts[] {
  if (fiscalYear !== null) return s.periods.filter((p) => p.fiscalYear === fiscalYear);
  const busy = (p: ContractPeriodAmounts) => p.accrual !== '0' || p.cash !== '0' || p.prepaidBalance !== '0';
  const first = s.periods.findIndex(busy);
  if (first < 0) return [];
  let last = s.periods.length - 1;
  while (last > first && !busy(s.periods[last]!)) last--;
  return s.periods.slice(first, last + 1);
}
