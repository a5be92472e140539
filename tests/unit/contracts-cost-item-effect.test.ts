import { describe, expect, it } from 'vitest';
import { costItemEffect } from '../../src-renderer/features/contracts/cost-item-effect';
import { dueDate } from '../../src-shared/accounting/payment-terms';

const item = {
  amount: '3650',
  invoiceDate: '2026-04-15',
  paymentDate: null,
  paymentTerms: null,
  serviceStart: '2026-05-01',
  serviceEnd: '2027-04-30',
};

describe('accrual vs cash of an invoice in words', () => {
  it('resolves the payment terms finance writes to a due date', () => {
    expect(dueDate('2026-04-15', 'due on receipt')).toBe('2026-04-15');
    expect(dueDate('2026-04-15', 'Net 30')).toBe('2026-05-15');
    expect(dueDate('2026-04-15', 'end of month + 30')).toBe('2026-05-30');
    expect(dueDate('2026-04-15', 'EOM + 30')).toBe('2026-05-30');
    expect(dueDate('2026-02-10', 'net 15 EOM')).toBe('2026-03-15');
    expect(dueDate('2026-04-15', 'end of month')).toBe('2026-04-30');
    expect(dueDate('2026-04-15', 'whenever')).toBeNull();
  });

  it('spreads the expense over the service days and pays on the payment date', () => {
    expect(costItemEffect({ ...item, paymentDate: '2026-04-30' }, 'by-days')).toBe(
      'Accrual: spread over 365 days from 2026-05-01 to 2027-04-30; cash: paid 2026-04-30.',
    );
  });

  it('names the due date from terms, even spreading by period, and credit notes', () => {
    expect(costItemEffect({ ...item, amount: '-10', paymentTerms: 'net 30' }, 'even-by-period')).toBe(
      'Credit note. Accrual: spread evenly over the fiscal periods from 2026-05-01 to 2027-04-30; ' +
        'cash: due 2026-05-15 (net 30 from the invoice of 2026-04-15).',
    );
    expect(costItemEffect({ ...item, serviceEnd: item.serviceStart }, 'by-days')).toBe(
      'Accrual: expensed on 2026-05-01; cash: no payment date or terms.',
    );
  });
});
