import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountsByFiscalPeriod,
  contractAmountsByFiscalPeriod,
  escalateContract,
  type ContractTerms,
} from '../../../../src-main/engine/escalation';
import { createFiscalCalendar } from '../../../../src-shared/calendar/fiscal-calendar';
import { addDays, daysInclusive, fromEpochDay, toEpochDay } from '../../../../src-shared/calendar/iso-date';
import { D, roundMoney } from '../../../../src-shared/money';

const date = (from: string, to: string) => fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);
const money = fc.integer({ min: 0, max: 10_000_000_00 }).map((c) => new D(c).div(100).toFixed());
const percent = fc.integer({ min: -500, max: 1500 }).map((bp) => new D(bp).div(100).toFixed());
const billing = fc.constantFrom('monthly' as const, 'quarterly' as const, 'annual' as const);
const term = fc.tuple(date('2020-01-01', '2030-12-31'), fc.integer({ min: 0, max: 6 * 366 }));

describe('escalation invariants', () => {
  it('keeps every CPI increase within its cap and floor, and each price equals the previous price times it', () => {
    const indexValues = fc.array(fc.integer({ min: 50_000, max: 400_000 }), { minLength: 20, maxLength: 20 });
    const capFloor = fc.tuple(percent, percent).map(([a, b]): [string, string] => (new D(a).lte(b) ? [a, b] : [b, a]));
    fc.assert(
      fc.property(money, billing, term, indexValues, capFloor, (base, bill, [start, len], levels, [floor, cap]) => {
        const values = Object.fromEntries(levels.map((v, i) => [String(2019 + i), new D(v).div(1000).toFixed()]));
        const s = escalateContract(
          {
            id: 'P',
            baseAmount: base,
            billing: bill,
            start,
            end: addDays(start, len),
            escalation: { kind: 'index', values, capPercent: cap, floorPercent: floor },
          },
          { minorUnits: 2 },
        );
        for (const p of s.prices.slice(1)) {
          const applied = new D(p.appliedPercent!);
          expect(applied.gte(floor) && applied.lte(cap)).toBe(true);
          const raw = new D(p.indexPercent!);
          expect(applied.eq(D.min(D.max(raw, floor), cap))).toBe(true);
          expect(p.price).toBe(roundMoney(new D(p.previous!).times(applied.div(100).plus(1)), 2));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('bills a flat price when the escalation is zero, whatever form the zero takes', () => {
    const zero = fc.constantFrom<ContractTerms['escalation']>(
      { kind: 'none' },
      { kind: 'annual-percent', percent: '0' },
      { kind: 'steps', steps: [{ date: '2031-06-01', change: { type: 'percent', percent: '0' } }] },
      { kind: 'index', values: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(2019 + i), '250.5'])) },
      {
        kind: 'index',
        values: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(2019 + i), String(100 + i)])),
        capPercent: '0',
      },
    );
    fc.assert(
      fc.property(money, billing, term, zero, (base, bill, [start, len], escalation) => {
        const s = escalateContract(
          { id: 'Z', baseAmount: base, billing: bill, start, end: addDays(start, len), escalation },
          { minorUnits: 2 },
        );
        for (const e of s.events) {
          expect(e.price).toBe(base);
          if (e.serviceDays === e.fullPeriodDays) expect(e.amount).toBe(base);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('tiles the contract term with billing periods and sends every cent to exactly one fiscal period or outside', () => {
    const cal = createFiscalCalendar({
      kind: 'retail',
      pattern: '4-4-5',
      endWeekday: 0,
      rule: 'nearest',
      endMonth: 12,
    });
    const spans = [2024, 2025, 2026, 2027].flatMap((fy) => cal.periods(fy));
    fc.assert(
      fc.property(
        money,
        billing,
        term,
        percent,
        fc.constantFrom('billing-date' as const, 'service-days' as const),
        (base, bill, [start, len], pct, basis) => {
          const end = addDays(start, len);
          const s = escalateContract(
            {
              id: 'T',
              baseAmount: base,
              billing: bill,
              start,
              end,
              escalation: { kind: 'annual-percent', percent: pct },
            },
            { minorUnits: 2 },
          );
          expect(s.events[0]!.serviceStart).toBe(start);
          expect(s.events.at(-1)!.serviceEnd).toBe(end);
          s.events.forEach((e, i) => i > 0 && expect(e.serviceStart).toBe(addDays(s.events[i - 1]!.serviceEnd, 1)));
          expect(s.events.reduce((n, e) => n + e.serviceDays, 0)).toBe(daysInclusive(start, end));
          const r = amountsByFiscalPeriod(s.events, spans, basis, 2);
          const placed = r.byPeriod.reduce((a, p) => a.plus(p.amount), new D(r.outside));
          expect(placed.eq(s.total)).toBe(true);
          expect(r.total).toBe(s.total);
          const direct = contractAmountsByFiscalPeriod(
            {
              id: 'T',
              baseAmount: base,
              billing: bill,
              start,
              end,
              escalation: { kind: 'annual-percent', percent: pct },
            },
            spans,
            basis,
            { minorUnits: 2 },
          );
          expect(direct).toEqual(r);
        },
      ),
      { numRuns: 100 },
    );
  });
});
