import { describe, expect, it } from 'vitest';
import { parsePaymentTerms, scheduleItem } from '../../../../src-main/engine/accrual';
import { calendarMonths, costItem } from './fixtures';

/** The due date the engine derives for an invoice date and terms. */
function dueDate(invoiceDate: string, paymentTerms: string): string {
  const item = costItem({
    amount: '100',
    invoiceDate,
    paymentTerms,
    servicePeriod: { start: invoiceDate, end: invoiceDate },
  });
  return scheduleItem(item, calendarMonths(2026, 1, 3), 'by-days').payments[0]!.date;
}

describe('payment terms', () => {
  it('reads the forms finance writes, ignoring case and spacing', () => {
    expect(parsePaymentTerms('net 30')).toEqual({ kind: 'net', days: 30 });
    expect(parsePaymentTerms('  Net   45 ')).toEqual({ kind: 'net', days: 45 });
    expect(parsePaymentTerms('Due on receipt')).toEqual({ kind: 'net', days: 0 });
    expect(parsePaymentTerms('end of month + 30')).toEqual({ kind: 'end-of-month', days: 30 });
    expect(parsePaymentTerms('EOM+15')).toEqual({ kind: 'end-of-month', days: 15 });
    expect(parsePaymentTerms('net 30 EOM')).toEqual({ kind: 'end-of-month', days: 30 });
    expect(parsePaymentTerms('end of month')).toEqual({ kind: 'end-of-month', days: 0 });
  });

  it('refuses anything it would have to guess at', () => {
    for (const text of [
      '',
      'net',
      'net thirty',
      'net 30 days',
      'net -5',
      'net 1000',
      '2/10 net 30',
      'net30',
      'eom - 5',
      'upon receipt',
    ]) {
      expect(parsePaymentTerms(text), text).toBeNull();
    }
  });

  it('counts net days as calendar days across month ends and leap days', () => {
    expect(dueDate('2026-01-20', 'net 30')).toBe('2026-02-19');
    expect(dueDate('2027-02-15', 'net 30')).toBe('2027-03-17');
    expect(dueDate('2028-02-15', 'net 30')).toBe('2028-03-16');
    expect(dueDate('2026-12-20', 'net 45')).toBe('2027-02-03');
    expect(dueDate('2026-03-31', 'due on receipt')).toBe('2026-03-31');
  });

  it('counts end-of-month terms from the last day of the invoice month', () => {
    expect(dueDate('2026-01-20', 'end of month + 30')).toBe('2026-03-02');
    expect(dueDate('2026-01-31', 'EOM + 30')).toBe('2026-03-02');
    expect(dueDate('2028-02-01', 'net 30 EOM')).toBe('2028-03-30');
    expect(dueDate('2026-12-05', 'end of month')).toBe('2026-12-31');
  });

  it('takes an explicit payment date over the terms', () => {
    const item = costItem({
      amount: '100',
      invoiceDate: '2026-01-20',
      paymentTerms: 'net 30',
      paymentDate: '2026-01-25',
      servicePeriod: { start: '2026-01-01', end: '2026-01-31' },
    });
    expect(scheduleItem(item, calendarMonths(2026, 1, 3), 'by-days').payments).toEqual([
      { date: '2026-01-25', amount: '100' },
    ]);
  });
});
