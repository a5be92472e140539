import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../src-shared/ipc/contract';
import { accountingWorkbook, closeFixture, type AccountingFixture } from './helpers/accounting-fixture';

let f: AccountingFixture;
beforeEach(async () => (f = await accountingWorkbook()));
afterEach(() => closeFixture(f));

/** A 3-year licence, 12,000.00 a year, all paid up front on 1 July 2026 (FY2027 starts in July). */
const licence: ChannelInput<'contracts/save'> = {
  code: 'LIC-1',
  name: 'Three-year licence',
  currency: 'USD',
  baseAmount: '12000',
  billing: 'annual',
  start: '2026-07-01',
  end: '2029-06-30',
  paymentTerms: 'due on receipt',
  prepaid: true,
};

describe('balance sheet in the accounting summary', () => {
  it('shows a prepaid licence amortizing monthly, period by period as its own schedule says, in both views', async () => {
    const { id } = await f.s.call('contracts/save', licence);
    const schedule = await f.s.call('contracts/get-schedule', { contractId: id });
    for (const fy of [2027, 2028, 2029]) {
      const mine = schedule.periods.filter((p) => p.fiscalYear === fy).map((p) => p.prepaidBalance);
      for (const view of ['accrual', 'cash'] as const) {
        const s = await f.s.call('accounting/summary', { fiscalYear: fy, view, by: 'capex-opex' });
        expect(s.balances.prepaid, `FY${fy} ${view}`).toEqual(mine);
        expect(s.balances.accrued).toEqual(mine.map(() => '0'));
      }
    }
    // 36,000 paid on day one; July's 31 of 1,096 days expensed: 36,000 − 1,018.25 (rounded by days).
    const first = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
    expect(first.balances.prepaid[0]).toBe('34981.75');
    expect(first.total.amounts[0]).toBe('1018.25');
    // A year later 365 of the 1,096 days are expensed (the leap day is in FY2028): 36,000 × 731/1,096 left.
    expect(first.balances.prepaid[11]).toBe('24010.95');
  });

  it('shows work billed in arrears as an accrued liability until it is paid', async () => {
    await f.s.call('contracts/save', {
      code: 'SUP-1',
      name: 'Quarterly support in arrears',
      currency: 'USD',
      baseAmount: '3000',
      billing: 'quarterly',
      start: '2026-07-01',
      end: '2027-06-30',
      invoiceTiming: 'arrears',
      paymentTerms: 'net 30',
    });
    const s = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'cash', by: 'capex-opex' });
    // July–September expensed (by days: 1,000 / 1,000 / 1,000 for a 92-day quarter → 1,010.87, 1,010.87, 978.26),
    // invoiced 1 October and paid 31 October.
    expect(s.balances.prepaid).toEqual(s.balances.prepaid.map(() => '0'));
    expect(s.balances.accrued.slice(0, 4)).toEqual(['1010.87', '2021.74', '3000', '1010.87']);
  });

  it('keeps an invoice that is neither served nor paid in the year as a balance all through it', async () => {
    // Served in July 2026 (FY2027), paid on 1 August 2028 (FY2029): owed all through FY2028.
    await f.s.call('cost-items/save', {
      reference: 'LATE-1',
      amount: '900',
      currency: 'USD',
      expenseType: 'OpEx',
      invoiceDate: '2026-07-31',
      paymentDate: '2028-08-01',
      serviceStart: '2026-07-01',
      serviceEnd: '2026-07-31',
    });
    for (const view of ['accrual', 'cash'] as const) {
      const s = await f.s.call('accounting/summary', { fiscalYear: 2028, view, by: 'capex-opex' });
      expect(s.total.total).toBe('0');
      expect(s.balances.accrued).toEqual(s.periods.map(() => '900'));
    }
  });
});
