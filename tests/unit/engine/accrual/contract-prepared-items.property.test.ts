import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFiscalCalendar, periodsBetween } from '../../../../src-shared/calendar';
import type { Contract } from '../../../../src-shared/model';
import { ViewsBuilder, type CostItem } from '../../../../src-main/engine/accrual';
import { contractBillings, escalateContract } from '../../../../src-main/engine/escalation';
import {
  contractCostItems,
  contractOwnerItem,
  contractPreparedItems,
  contractTerms,
} from '../../../../src-main/services/accounting-inputs';

const calendar = createFiscalCalendar({ kind: 'retail', pattern: '4-4-5', endWeekday: 6, rule: 'last', endMonth: 1 });
const periods = periodsBetween(calendar, '2026-02-01', '2029-01-31');
const HORIZON = periods[periods.length - 1]!.end;
const pad = (n: number) => String(n).padStart(2, '0');

const contractArb = fc
  .record({
    billing: fc.constantFrom('monthly' as const, 'quarterly' as const, 'annual' as const),
    year: fc.integer({ min: 2024, max: 2028 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    days: fc.integer({ min: 1, max: 1500 }),
    cents: fc.integer({ min: 1, max: 50_000_000 }),
    percent: fc.integer({ min: 0, max: 9 }),
    prepaid: fc.boolean(),
    arrears: fc.boolean(),
    terms: fc.constantFrom('net 30', 'due on receipt', 'end of month + 45', 'net 60 EOM'),
    autoRenew: fc.boolean(),
  })
  .map((r): Contract => {
    const start = `${r.year}-${pad(r.month)}-${pad(r.day)}`;
    const end = new Date(Date.UTC(r.year, r.month - 1, r.day + r.days)).toISOString().slice(0, 10);
    return {
      id: 'c1',
      code: 'C-1',
      name: 'Generated',
      description: '',
      currency: 'EUR',
      expenseType: 'OpEx',
      baseAmount: `${Math.floor(r.cents / 100)}.${pad(r.cents % 100)}`,
      billing: r.billing,
      start,
      end,
      escalation: r.percent === 0 ? { kind: 'none' } : { kind: 'annual-percent', percent: String(r.percent) },
      renewal: r.autoRenew ? { autoRenew: true, renewalTermMonths: 12 } : null,
      paymentTerms: r.terms,
      invoiceTiming: r.arrears ? 'arrears' : 'advance',
      prepaid: r.prepaid,
      costCenterId: null,
      serviceId: null,
      accountId: null,
      vendorId: null,
    };
  });

describe('contract invoices prepared in engine units', () => {
  it('give exactly the accrual and cash views of the invoices written as cost items', () => {
    fc.assert(
      fc.property(contractArb, fc.constantFrom('by-days' as const, 'even-by-period' as const), (c, policy) => {
        const opts = { minorUnits: 2, horizon: HORIZON };
        const slow = new ViewsBuilder(periods, policy, { calendar });
        const schedule = escalateContract(contractTerms(c), opts);
        for (const it of contractCostItems(c, schedule.events, schedule.end, 2)) slow.add(it);

        const fast = new ViewsBuilder(periods, policy, { calendar });
        const billings = contractBillings(contractTerms(c), opts);
        expect(billings.end).toBe(schedule.end);
        const owner = contractOwnerItem(c, 2, billings.end);
        for (const it of contractPreparedItems(c, billings.bills, billings.end, owner)) fast.addPrepared(it);

        expect(fast.result()).toEqual(slow.result());
      }),
      { numRuns: 300 },
    );
  });

  it('refuse unknown payment terms naming the contract and the field', () => {
    const c = fc.sample(contractArb, { numRuns: 1, seed: 1 })[0]!;
    const bad = { ...c, paymentTerms: 'whenever' };
    const b = contractBillings(contractTerms(bad), { minorUnits: 2 });
    expect(() => contractPreparedItems(bad, b.bills, b.end, {} as CostItem)).toThrow(
      /Contract C-1, paymentTerms: "whenever"/,
    );
  });
});
