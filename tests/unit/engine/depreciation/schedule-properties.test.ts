import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFiscalCalendar, periodsBetween } from '../../../../src-shared/calendar';
import { addDays } from '../../../../src-shared/calendar/iso-date';
import {
  DEPRECIATION_CONVENTIONS,
  DEPRECIATION_METHODS,
  depreciationSchedule,
  type AssetEvent,
  type DepreciableAsset,
  type DepreciationSchedule,
} from '../../../../src-main/engine/depreciation';
import { formatMinor, parseMinor } from '../../../../src-shared/money';

const calendars = [
  createFiscalCalendar({ kind: 'calendar-months', startMonth: 1 }),
  createFiscalCalendar({ kind: 'calendar-months', startMonth: 7 }),
  createFiscalCalendar({ kind: 'retail', pattern: '4-4-5', endWeekday: 6, rule: 'nearest', endMonth: 1 }),
];
const periodLists = calendars.map((c) => periodsBetween(c, '2026-01-01', '2052-12-31'));

const assetArb = fc
  .record({
    minorUnits: fc.integer({ min: 0, max: 3 }),
    cost: fc.bigInt({ min: 0n, max: 10n ** 13n }),
    salvageShare: fc.double({ min: 0, max: 1, noNaN: true }),
    life: fc.integer({ min: 1, max: 240 }),
    method: fc.constantFrom(...DEPRECIATION_METHODS),
    convention: fc.constantFrom(...DEPRECIATION_CONVENTIONS),
    day: fc.integer({ min: 0, max: 729 }),
    percent: fc.constantFrom(100, 125, 137.5, 150, 200, 300),
    switchToStraightLine: fc.boolean(),
    totalUnits: fc.integer({ min: 1, max: 100_000 }),
    usage: fc.array(fc.integer({ min: 0, max: 5_000 }), { maxLength: 120 }),
    calendar: fc.integer({ min: 0, max: 2 }),
    rounding: fc.constantFrom('HALF_UP' as const, 'HALF_EVEN' as const),
  })
  .map((r) => {
    const cost = Number(r.cost);
    const salvage = Math.floor(cost * r.salvageShare);
    const periods = periodLists[r.calendar]!;
    const inServiceDate = addDays('2026-01-01', r.day);
    const start = periods.findIndex((p) => p.end >= inServiceDate);
    const asset: DepreciableAsset = {
      id: 'P-1',
      cost: formatMinor(cost, r.minorUnits),
      salvage: formatMinor(salvage, r.minorUnits),
      minorUnits: r.minorUnits,
      inServiceDate,
      usefulLifeMonths: r.life,
      method: r.method,
      convention: r.convention,
      decliningBalancePercent: r.percent,
      switchToStraightLine: r.switchToStraightLine,
      totalUnits: r.totalUnits,
      unitsByPeriod: Object.fromEntries(r.usage.map((u, i) => [periods[start + i]!.key, u])),
    };
    return { asset, calendar: r.calendar, rounding: r.rounding, cost, salvage };
  });

const minor = (s: DepreciationSchedule, m: string) => parseMinor(m, s.minorUnits)!;

/**
 * Invariants every schedule keeps, with or without events: no negative expense or
 * write-off, accumulated = running sum of expenses (so it never decreases), net book value
 * = cost − accumulated − write-offs, totals = sums of the rows. Returns the rows that break
 * one (checked without `expect` per row to keep thousands of runs fast).
 */
function brokenRows(s: DepreciationSchedule, cost: number, floor: number): string[] {
  const broken: string[] = [];
  let accumulated = 0;
  let written = 0;
  for (const r of s.rows) {
    const expense = minor(s, r.expense);
    const writeOff = minor(s, r.writeOff);
    accumulated += expense;
    written += writeOff;
    const nbv = minor(s, r.netBookValue);
    const bad =
      expense < 0 ||
      writeOff < 0 ||
      minor(s, r.accumulated) !== accumulated ||
      nbv !== cost - accumulated - written ||
      (nbv < floor && !r.events?.includes('disposal'));
    if (bad) broken.push(JSON.stringify(r));
  }
  if (minor(s, s.totalExpense) !== accumulated || minor(s, s.totalWriteOff) !== written) broken.push('totals');
  return broken;
}

describe('depreciation schedule invariants', () => {
  it('adds up exactly to cost − salvage, never goes below salvage, and never decreases accumulated depreciation', () => {
    fc.assert(
      fc.property(assetArb, ({ asset, calendar, rounding, cost, salvage }) => {
        const s = depreciationSchedule(asset, periodLists[calendar]!, { rounding });
        expect(s.status).toBe('fully-depreciated');
        expect(brokenRows(s, cost, salvage)).toEqual([]);
        expect(minor(s, s.totalExpense)).toBe(cost - salvage);
        expect(s.totalWriteOff).toBe('0');
        expect(minor(s, s.rows.at(-1)!.netBookValue)).toBe(salvage);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every straight-line full-month period within one minor unit of base / life', () => {
    fc.assert(
      fc.property(assetArb, ({ asset, calendar, cost, salvage }) => {
        const s = depreciationSchedule(
          { ...asset, method: 'straight-line', convention: 'full-month' },
          periodLists[calendar]!,
        );
        const exact = (cost - salvage) / asset.usefulLifeMonths;
        const off = s.rows.filter((r) => Math.abs(minor(s, r.expense) - exact) >= 1 + 1e-9 * exact);
        expect(off).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('balances cost against expense, write-offs and the final book value when assets are impaired, re-estimated or disposed of', () => {
    const eventArb = fc.record({
      at: fc.double({ min: 0, max: 1.2, noNaN: true }),
      impairShare: fc.double({ min: 0, max: 1, noNaN: true }),
      newLife: fc.integer({ min: 1, max: 240 }),
      dispose: fc.boolean(),
      impair: fc.boolean(),
      relife: fc.boolean(),
    });
    fc.assert(
      fc.property(assetArb, eventArb, ({ asset, calendar, rounding, cost, salvage }, ev) => {
        const periods = periodLists[calendar]!;
        const plain = depreciationSchedule(asset, periods, { rounding });
        const k = Math.min(plain.rows.length - 1, Math.floor(ev.at * plain.rows.length));
        const row = plain.rows[k]!;
        const span = periods.find((p) => p.key === row.period)!;
        const events: AssetEvent[] = [];
        const from = span.start < asset.inServiceDate ? asset.inServiceDate : span.start;
        if (ev.relife) events.push({ kind: 'life-change', date: from, usefulLifeMonths: ev.newLife });
        const room = minor(plain, row.netBookValue) - salvage;
        const impairment = Math.floor(room * ev.impairShare * 0.5);
        if (ev.impair && impairment > 0 && !ev.relife) {
          events.push({ kind: 'impairment', date: span.end, amount: formatMinor(impairment, asset.minorUnits) });
        }
        if (ev.dispose) events.push({ kind: 'disposal', date: span.end });
        const s = depreciationSchedule({ ...asset, events }, periods, { rounding });
        expect(brokenRows(s, cost, salvage)).toEqual([]);
        const last = minor(s, s.rows.at(-1)!.netBookValue);
        expect(minor(s, s.totalExpense) + minor(s, s.totalWriteOff)).toBe(cost - last);
        if (ev.dispose) expect([s.status, last]).toEqual(['disposed', 0]);
        else {
          expect(s.status).toBe('fully-depreciated');
          expect(last).toBe(salvage);
        }
      }),
      { numRuns: 300 },
    );
  });
});
