import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, sumMoney, toMoney } from '../../../../src-shared/money';
import {
  buildViews,
  scheduleItem,
  type AccrualPolicy,
  type CostItem,
  type PeriodSeries,
} from '../../../../src-main/engine/accrual';
import { calendarMonths } from './fixtures';

// 2023-01 … 2034-12 covers every generated service period and payment date.
const LIFE = calendarMonths(2023, 1, 144);
const iso = (dayOffset: number) => new Date(Date.UTC(2024, 0, 1 + dayOffset)).toISOString().slice(0, 10);
const money = (units: number, minorUnits: number) => toMoney(new D(units).div(new D(10).pow(minorUnits)));
const seriesSum = (s: PeriodSeries) => sumMoney([s.before, ...s.periods, s.after]);
const policyArb = fc.constantFrom<AccrualPolicy>('by-days', 'even-by-period');

/** Cut `total` minor units into `cuts.length + 1` instalments of any sign that add up to it. */
function instalments(total: number, cuts: number[]): number[] {
  const parts = cuts.map((c) => c);
  parts.push(total - cuts.reduce((a, b) => a + b, 0));
  return parts;
}

/** Cost items of every payment kind; `minorUnits` picks the currency's decimals. */
const makeItemArb = (minorUnits: fc.Arbitrary<number>) =>
  fc
    .record({
      minorUnits,
      start: fc.integer({ min: 0, max: 2000 }),
      length: fc.integer({ min: 1, max: 1200 }),
      invoice: fc.integer({ min: 0, max: 3000 }),
      expenseType: fc.constantFrom('CapEx' as const, 'OpEx' as const),
      costCenter: fc.constantFrom('CC-A', 'CC-B', 'CC-C'),
      payment: fc.oneof(
        fc.record({
          kind: fc.constant('terms' as const),
          amount: fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -(2 ** 52), max: 2 ** 52 })),
          terms: fc.oneof(
            fc.integer({ min: 0, max: 120 }).map((n) => `net ${n}`),
            fc.integer({ min: 0, max: 60 }).map((n) => `end of month + ${n}`),
            fc.constant('due on receipt'),
          ),
        }),
        fc.record({
          kind: fc.constant('schedule' as const),
          amount: fc.integer({ min: -1e9, max: 1e9 }),
          cuts: fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 4 }),
          dates: fc.array(fc.integer({ min: 0, max: 3300 }), { minLength: 5, maxLength: 5 }),
        }),
      ),
    })
    .map((g): CostItem & { costCenter: string } => {
      const base = {
        id: `item-${g.start}-${g.length}`,
        currency: 'USD',
        minorUnits: g.minorUnits,
        amount: money(g.payment.amount, g.minorUnits),
        invoiceDate: iso(g.invoice),
        servicePeriod: { start: iso(g.start), end: iso(g.start + g.length - 1) },
        expenseType: g.expenseType,
        costCenter: g.costCenter,
      };
      if (g.payment.kind === 'terms') return { ...base, paymentTerms: g.payment.terms };
      const dates = g.payment.dates;
      const paymentSchedule = instalments(g.payment.amount, g.payment.cuts).map((units, k) => ({
        date: iso(dates[k]!),
        amount: money(units, g.minorUnits),
      }));
      return { ...base, paymentSchedule };
    });
const itemArb = makeItemArb(fc.integer({ min: 0, max: 3 }));
const centsItemArb = makeItemArb(fc.constant(2));

/** Some contiguous months of LIFE: a horizon that may cut through an item's life. */
const sliceArb = fc
  .tuple(fc.integer({ min: 0, max: 143 }), fc.integer({ min: 1, max: 144 }))
  .map(([from, len]) => LIFE.slice(from, Math.min(144, from + len)));

describe('accrual and cash invariants', () => {
  it('splits every item so accrual and cash each add up to its amount, whatever the horizon', () => {
    fc.assert(
      fc.property(itemArb, sliceArb, policyArb, (item, periods, policy) => {
        const s = scheduleItem(item, periods, policy);
        expect(seriesSum(s.accrual)).toBe(item.amount);
        expect(s.accrual.total).toBe(item.amount);
        expect(seriesSum(s.cash)).toBe(item.amount);
        expect(s.cash.total).toBe(item.amount);
      }),
    );
  });

  it('never gives a period a share of the opposite sign, and keeps by-days shares within one minor unit of exact', () => {
    fc.assert(
      fc.property(itemArb, (item) => {
        const s = scheduleItem(item, LIFE, 'by-days');
        const sign = new D(item.amount).cmp(0);
        const unit = new D(10).pow(-item.minorUnits);
        const start = Date.parse(item.servicePeriod.start);
        const totalDays = (Date.parse(item.servicePeriod.end) - start) / 864e5 + 1;
        LIFE.forEach((p, i) => {
          if (p.end < item.servicePeriod.start || p.start > item.servicePeriod.end) {
            expect(s.accrual.periods[i]).toBe('0');
            return;
          }
          const share = new D(s.accrual.periods[i]!);
          expect(share.cmp(0) * sign).toBeGreaterThanOrEqual(0);
          const from = Math.max(Date.parse(p.start), start);
          const to = Math.min(Date.parse(p.end), Date.parse(item.servicePeriod.end));
          const days = to >= from ? (to - from) / 864e5 + 1 : 0;
          const exact = new D(item.amount).times(days).div(totalDays);
          expect(share.minus(exact).abs().lt(unit)).toBe(true);
        });
      }),
    );
  });

  it('ends every prepaid or accrued balance at zero once service and payments are over', () => {
    fc.assert(
      fc.property(itemArb, policyArb, (item, policy) => {
        const s = scheduleItem(item, LIFE, policy);
        expect([s.accrual.before, s.accrual.after, s.cash.before, s.cash.after]).toEqual(['0', '0', '0', '0']);
        expect(s.balance.opening).toBe('0');
        expect(s.balance.periods[143]).toBe('0');
        let cumulative = new D(0);
        LIFE.forEach((_, i) => {
          cumulative = cumulative.plus(s.cash.periods[i]!).minus(s.accrual.periods[i]!);
          expect(s.balance.periods[i]).toBe(toMoney(cumulative));
        });
      }),
    );
  });

  it('gives the same period amounts whether the horizon is one year or the whole life', () => {
    fc.assert(
      fc.property(itemArb, sliceArb, policyArb, (item, periods, policy) => {
        const whole = scheduleItem(item, LIFE, policy);
        const part = scheduleItem(item, periods, policy);
        const offset = LIFE.findIndex((p) => p.key === periods[0]!.key);
        expect(part.accrual.periods).toEqual(whole.accrual.periods.slice(offset, offset + periods.length));
        expect(part.cash.periods).toEqual(whole.cash.periods.slice(offset, offset + periods.length));
        expect(part.balance.periods).toEqual(whole.balance.periods.slice(offset, offset + periods.length));
      }),
    );
  });

  it('totals many items so accrual equals cash equals the sum of amounts, in total and in every breakdown', () => {
    fc.assert(
      fc.property(
        fc.array(centsItemArb, { minLength: 1, maxLength: 12 }),
        sliceArb,
        policyArb,
        (raw, periods, policy) => {
          const items = raw.map((item, k) => ({ ...item, id: `i${k}` }));
          const costCenter = new Map(items.map((i) => [i.id, i.costCenter]));
          const v = buildViews(items, periods, policy, { groupBy: { cc: (i) => costCenter.get(i.id)! } });
          const amounts = sumMoney(items.map((i) => i.amount));
          expect(v.total.accrual.total).toBe(amounts);
          expect(v.total.cash.total).toBe(amounts);
          expect(seriesSum(v.total.accrual)).toBe(amounts);
          periods.forEach((_, i) => {
            const byType = sumMoney([
              v.byExpenseType.CapEx.accrual.periods[i]!,
              v.byExpenseType.OpEx.accrual.periods[i]!,
            ]);
            expect(byType).toBe(v.total.accrual.periods[i]);
            const byCc = sumMoney(Object.values(v.groups.cc!).map((t) => t.cash.periods[i]!));
            expect(byCc).toBe(v.total.cash.periods[i]);
            const b = v.total.balance;
            expect(toMoney(new D(b.asset.periods[i]!).minus(b.liability.periods[i]!))).toBe(b.net.periods[i]);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
