import { describe, expect, it } from 'vitest';
import { buildViews, type CostItem } from '../../../../src-main/engine/accrual';
import { calendarMonths, costItem } from './fixtures';

const costCenter: Record<string, string> = { 'lic-3y': 'CC-INFRA', 'inv-support': 'CC-APPS', 'server-buy': 'CC-INFRA' };

const items: CostItem[] = [
  // Prepaid: 3,600 for Jan 2026 – Dec 2028, paid 2026-01-05.
  costItem({
    id: 'lic-3y',
    amount: '3600',
    paymentDate: '2026-01-05',
    servicePeriod: { start: '2026-01-01', end: '2028-12-31' },
  }),
  // Accrued: March support, invoiced 2026-03-25 net 30, paid in April.
  costItem({
    id: 'inv-support',
    amount: '450.5',
    invoiceDate: '2026-03-25',
    paymentTerms: 'net 30',
    servicePeriod: { start: '2026-03-01', end: '2026-03-31' },
  }),
  // CapEx bought in February, service of one day (the purchase itself).
  costItem({
    id: 'server-buy',
    amount: '12400',
    expenseType: 'CapEx',
    servicePeriod: { start: '2026-02-10', end: '2026-02-10' },
  }),
];

describe('buildViews', () => {
  const q1 = calendarMonths(2026, 1, 4);
  const views = buildViews(items, q1, 'even-by-period', { groupBy: { costCenter: (i) => costCenter[i.id]! } });

  it('totals accrual and cash per period', () => {
    expect(views.currency).toBe('USD');
    expect(views.periodKeys).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(views.total.accrual.periods).toEqual(['100', '12500', '550.5', '100']);
    expect(views.total.cash.periods).toEqual(['3600', '12400', '0', '450.5']);
  });

  it('reports what falls after the horizon instead of dropping it, so both views add up to the amounts', () => {
    expect(views.total.accrual.after).toBe('3200');
    expect(views.total.cash.after).toBe('0');
    expect(views.total.accrual.total).toBe('16450.5');
    expect(views.total.cash.total).toBe('16450.5');
  });

  it('splits totals by expense type', () => {
    expect(views.byExpenseType.CapEx.accrual.periods).toEqual(['0', '12400', '0', '0']);
    expect(views.byExpenseType.OpEx.accrual.periods).toEqual(['100', '100', '550.5', '100']);
    expect(views.byExpenseType.OpEx.cash.periods).toEqual(['3600', '0', '0', '450.5']);
  });

  it('splits totals by a key the caller chooses', () => {
    expect(Object.keys(views.groups.costCenter!).sort()).toEqual(['CC-APPS', 'CC-INFRA']);
    expect(views.groups.costCenter!['CC-APPS']!.cash.periods).toEqual(['0', '0', '0', '450.5']);
    expect(views.groups.costCenter!['CC-INFRA']!.accrual.periods).toEqual(['100', '12500', '100', '100']);
  });

  it('keeps prepaid assets and accrued liabilities gross for the balance sheet', () => {
    // End of March: the licence is 3,300 prepaid while the support invoice is 450.50 accrued.
    const { net, asset, liability } = views.total.balance;
    expect(asset.periods).toEqual(['3500', '3400', '3300', '3200']);
    expect(liability.periods).toEqual(['0', '0', '450.5', '0']);
    expect(net.periods).toEqual(['3500', '3400', '2849.5', '3200']);
    expect(net.opening).toBe('0');
  });

  it('carries balances built before the horizon into its opening balance', () => {
    const later = buildViews(items, calendarMonths(2027, 1, 12), 'even-by-period');
    expect(later.total.balance.net.opening).toBe('2400');
    expect(later.total.accrual.before).toBe('14050.5');
    expect(later.total.cash.before).toBe('16450.5');
    expect(later.total.accrual.periods).toEqual(Array(12).fill('100'));
    expect(later.total.balance.net.periods[11]).toBe('1200');
  });

  it('returns zero totals for no items', () => {
    const empty = buildViews([], q1, 'by-days');
    expect(empty.total.accrual).toEqual({ before: '0', periods: ['0', '0', '0', '0'], after: '0', total: '0' });
    expect(empty.groups).toEqual({});
  });

  it('sums in BigInt when totals could pass 2^53 minor units, still exactly', () => {
    const huge = ['1', '2', '3'].map((id) =>
      costItem({ id, amount: '80000000000000', servicePeriod: { start: '2026-01-01', end: '2026-03-31' } }),
    );
    const v = buildViews(huge, calendarMonths(2026, 1, 3), 'by-days');
    expect(v.total.accrual.total).toBe('240000000000000');
    expect(v.total.cash.periods).toEqual(['240000000000000', '0', '0']);
    // Per item, 8e15 cents × 31/90, 28/90, 31/90 floors to …555, …888, …555 with 2 cents left:
    // one to February (.88…), one to January (.55…, tied with March, earliest wins).
    expect(v.total.accrual.periods).toEqual(['82666666666666.68', '74666666666666.67', '82666666666666.65']);
  });
});
