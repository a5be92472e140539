import { describe, expect, it } from 'vitest';
import { buildViews, ViewsBuilder } from '../../../../src-main/engine/accrual';
import { calendarMonths, costItem } from './fixtures';

const periods = calendarMonths(2027, 1, 12);

describe('views built one item at a time', () => {
  it('stay exact when the running total passes 2^53 minor units after small items came first', () => {
    // 2^53 cents = 90,071,992,547,409.92; two items of 60 trillion pass it only together.
    const items = [
      costItem({ id: 'small', amount: '0.01', servicePeriod: { start: '2027-01-01', end: '2027-01-31' } }),
      costItem({ id: 'big-1', amount: '60000000000000.03', servicePeriod: { start: '2027-02-01', end: '2027-02-28' } }),
      costItem({ id: 'big-2', amount: '60000000000000.05', servicePeriod: { start: '2027-02-01', end: '2027-02-28' } }),
    ];
    const b = new ViewsBuilder(periods, 'by-days');
    for (const it of items) b.add(it);
    const v = b.result();
    expect(v.total.accrual.periods[0]).toBe('0.01');
    expect(v.total.accrual.periods[1]).toBe('120000000000000.08');
    expect(v.total.accrual.total).toBe('120000000000000.09');
    expect(v.total.cash.total).toBe('120000000000000.09');
    expect(v).toEqual(buildViews(items, periods, 'by-days'));
  });

  it('refuse an item in another currency, naming it, after accepting the first', () => {
    const b = new ViewsBuilder(periods, 'by-days');
    b.add(costItem({ amount: '10', servicePeriod: { start: '2027-01-01', end: '2027-01-31' } }));
    expect(() =>
      b.add(
        costItem({
          id: 'eur-1',
          currency: 'EUR',
          amount: '5',
          servicePeriod: { start: '2027-01-01', end: '2027-01-31' },
        }),
      ),
    ).toThrow(/Cost item "eur-1", currency: EUR differs from USD/);
  });

  it('give the period amounts of each group and the total balances exactly as the full result does', () => {
    const items = [
      costItem({ id: 'a', amount: '1200', servicePeriod: { start: '2027-01-01', end: '2027-12-31' } }),
      costItem({
        id: 'b',
        amount: '999.99',
        servicePeriod: { start: '2026-11-15', end: '2027-02-14' },
        paymentDate: '2027-03-31',
      }),
      costItem({ id: 'c', amount: '-50', servicePeriod: { start: '2027-06-01', end: '2027-06-30' } }),
    ];
    const group = (it: { id: string }) => (it.id === 'c' ? 'credit' : 'spend');
    const b = new ViewsBuilder(periods, 'by-days', { groupBy: { kind: group } });
    for (const it of items) b.add(it);
    const full = b.result();
    for (const view of ['accrual', 'cash'] as const) {
      const fast = b.groupPeriodAmounts('kind', view);
      expect([...fast.keys()].sort()).toEqual(Object.keys(full.groups.kind!).sort());
      for (const [key, amounts] of fast) expect(amounts).toEqual(full.groups.kind![key]![view].periods);
    }
    expect(b.totalBalances()).toEqual(full.total.balance);
    expect(b.groupPeriodAmounts('unknown', 'cash').size).toBe(0);
  });
});
