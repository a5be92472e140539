import { describe, expect, it } from 'vitest';
import { scheduleItem } from '../../../../src-main/engine/accrual';
import { calendarMonths, costItem } from './fixtures';

describe('cash view and prepaid balance', () => {
  it('books a net-30 invoice in the month after its service and carries it as an accrued liability meanwhile', () => {
    const invoice = costItem({
      id: 'inv-jan-support',
      amount: '2500',
      invoiceDate: '2026-01-20',
      paymentTerms: 'net 30',
      servicePeriod: { start: '2026-01-01', end: '2026-01-31' },
    });
    const s = scheduleItem(invoice, calendarMonths(2026, 1, 3), 'by-days');
    expect(s.payments).toEqual([{ date: '2026-02-19', amount: '2500' }]);
    expect(s.accrual.periods).toEqual(['2500', '0', '0']);
    expect(s.cash.periods).toEqual(['0', '2500', '0']);
    expect(s.balance).toEqual({ opening: '0', periods: ['-2500', '0', '0'] });
  });

  it('amortizes a 36-month licence paid up front into a prepaid balance falling by 1,000 a month to zero', () => {
    const licence = costItem({
      id: 'lic-3y',
      amount: '36000',
      invoiceDate: '2026-01-01',
      paymentDate: '2026-01-05',
      servicePeriod: { start: '2026-01-01', end: '2028-12-31' },
    });
    const s = scheduleItem(licence, calendarMonths(2026, 1, 36), 'even-by-period');
    expect(s.accrual.periods).toEqual(Array(36).fill('1000'));
    expect(s.cash.periods).toEqual(['36000', ...Array(35).fill('0')]);
    expect(s.balance.periods).toEqual(Array.from({ length: 36 }, (_, k) => String(35000 - 1000 * k)));
    expect(s.balance.periods[35]).toBe('0');
  });

  it('shows the prepaid balance at the start of a later horizon as its opening balance', () => {
    const licence = costItem({
      amount: '36000',
      paymentDate: '2026-01-05',
      servicePeriod: { start: '2026-01-01', end: '2028-12-31' },
    });
    // FY2027 (calendar year 2027): 12 months already expensed, 24,000 still prepaid.
    const s = scheduleItem(licence, calendarMonths(2027, 1, 12), 'even-by-period');
    expect(s.cash).toEqual({ before: '36000', periods: Array(12).fill('0'), after: '0', total: '36000' });
    expect(s.accrual.before).toBe('12000');
    expect(s.accrual.after).toBe('12000');
    expect(s.balance.opening).toBe('24000');
    expect(s.balance.periods[11]).toBe('12000');
  });

  it('matches the textbook prepaid insurance: 6,000 for a year from October 1, 500 expired a month', () => {
    // Kieso, Weygandt & Warfield, Intermediate Accounting, ch. 3 "The Accounting Information
    // System", Pioneer Advertising: a one-year policy paid October 4, coverage from October 1;
    // insurance expense 500 for October and Prepaid Insurance 5,500 at October 31.
    const policy = costItem({
      id: 'pioneer-insurance',
      amount: '6000',
      invoiceDate: '2025-10-04',
      paymentDate: '2025-10-04',
      servicePeriod: { start: '2025-10-01', end: '2026-09-30' },
    });
    const s = scheduleItem(policy, calendarMonths(2025, 10, 12), 'even-by-period');
    expect(s.accrual.periods).toEqual(Array(12).fill('500'));
    expect(s.balance.periods[0]).toBe('5500');
    expect(s.balance.periods).toEqual(Array.from({ length: 12 }, (_, k) => String(5500 - 500 * k)));
  });

  it('matches the textbook accrued interest: 1,500 paid at maturity, 500 accrued each month before', () => {
    // Kieso, Weygandt & Warfield, Intermediate Accounting, ch. 3, Pioneer Advertising: a
    // three-month 12% note of 50,000 signed October 1; interest of 500 accrues each month and
    // is paid with the note on January 1.
    const interest = costItem({
      id: 'pioneer-note-interest',
      amount: '1500',
      invoiceDate: '2026-01-01',
      paymentDate: '2026-01-01',
      servicePeriod: { start: '2025-10-01', end: '2025-12-31' },
    });
    const s = scheduleItem(interest, calendarMonths(2025, 10, 4), 'even-by-period');
    expect(s.accrual.periods).toEqual(['500', '500', '500', '0']);
    expect(s.cash.periods).toEqual(['0', '0', '0', '1500']);
    expect(s.balance.periods).toEqual(['-500', '-1000', '-1500', '0']);
  });

  it('books each instalment of a payment schedule in its own period', () => {
    const contract = costItem({
      id: 'support-2y',
      amount: '24000',
      paymentSchedule: [
        { date: '2025-12-15', amount: '12000' },
        { date: '2026-12-15', amount: '12000' },
      ],
      servicePeriod: { start: '2026-01-01', end: '2027-12-31' },
    });
    const s = scheduleItem(contract, calendarMonths(2026, 1, 12), 'even-by-period');
    expect(s.cash).toEqual({ before: '12000', periods: [...Array(11).fill('0'), '12000'], after: '0', total: '24000' });
    expect(s.balance.opening).toBe('12000');
    // After 11 months: 12,000 paid, 11,000 expensed; December's instalment prepays 2027.
    expect(s.balance.periods[10]).toBe('1000');
    expect(s.balance.periods[11]).toBe('12000');
    expect(s.accrual.after).toBe('12000');
  });

  it('reports a payment after the horizon in the after bucket, never dropping it', () => {
    const late = costItem({
      amount: '300',
      invoiceDate: '2026-03-20',
      paymentTerms: 'net 45',
      servicePeriod: { start: '2026-03-01', end: '2026-03-31' },
    });
    const s = scheduleItem(late, calendarMonths(2026, 1, 3), 'by-days');
    expect(s.cash).toEqual({ before: '0', periods: ['0', '0', '0'], after: '300', total: '300' });
    expect(s.balance.periods).toEqual(['0', '0', '-300']);
  });
});
