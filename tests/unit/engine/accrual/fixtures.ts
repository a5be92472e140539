import type { FiscalPeriodSpan } from '../../../../src-shared/calendar/calendar-types';
import type { CostItem } from '../../../../src-main/engine/accrual';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `count` calendar-month periods from `year`-`month`, built with the platform's UTC date
 * maths so the fixture does not share code with the engine under test.
 */
export function calendarMonths(year: number, month: number, count: number): FiscalPeriodSpan[] {
  return Array.from({ length: count }, (_, i) => {
    const y = year + Math.floor((month - 1 + i) / 12);
    const m = ((month - 1 + i) % 12) + 1;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return {
      key: `${y}-${pad(m)}`,
      fiscalYear: y,
      index: m,
      start: `${y}-${pad(m)}-01`,
      end: `${y}-${pad(m)}-${pad(days)}`,
      days,
    };
  });
}

/** A USD OpEx item invoiced on its service start, due on receipt unless a test says otherwise. */
export function costItem(fields: Partial<CostItem> & Pick<CostItem, 'amount' | 'servicePeriod'>): CostItem {
  return {
    id: 'item-1',
    currency: 'USD',
    minorUnits: 2,
    invoiceDate: fields.servicePeriod.start,
    expenseType: 'OpEx',
    paymentTerms: 'due on receipt',
    ...fields,
  };
}
