import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FiscalCalendarSpec } from '../../../../src-shared/calendar/calendar-types';
import { createFiscalCalendar } from '../../../../src-shared/calendar/fiscal-calendar';
import { addDays, dayOfWeek, daysInclusive, fromEpochDay, toEpochDay } from '../../../../src-shared/calendar/iso-date';

const anySpec: fc.Arbitrary<FiscalCalendarSpec> = fc.oneof(
  fc.record({
    kind: fc.constant('calendar-months' as const),
    startMonth: fc.integer({ min: 1, max: 12 }),
    naming: fc.constantFrom('end-year' as const, 'start-year' as const),
  }),
  fc.record({
    kind: fc.constant('retail' as const),
    pattern: fc.constantFrom('4-4-5' as const, '4-5-4' as const, '5-4-4' as const),
    endWeekday: fc.integer({ min: 0, max: 6 }),
    rule: fc.constantFrom('last' as const, 'nearest' as const),
    endMonth: fc.integer({ min: 1, max: 12 }),
    extraWeekPeriod: fc.integer({ min: 1, max: 12 }),
    naming: fc.constantFrom('end-year' as const, 'start-year' as const),
  }),
);

describe('fiscal periods tile time', () => {
  it('make each year twelve contiguous periods that follow on from the previous year', () => {
    fc.assert(
      fc.property(anySpec, fc.integer({ min: 1900, max: 2200 }), (spec, fy) => {
        const cal = createFiscalCalendar(spec);
        const p = cal.periods(fy);
        expect(p).toHaveLength(12);
        p.forEach((s, i) => {
          expect(s.index).toBe(i + 1);
          expect(s.fiscalYear).toBe(fy);
          expect(s.days).toBe(daysInclusive(s.start, s.end));
          if (i > 0) expect(s.start).toBe(addDays(p[i - 1]!.end, 1));
        });
        expect(cal.periods(fy + 1)[0]!.start).toBe(addDays(p[11]!.end, 1));
        const days = daysInclusive(p[0]!.start, p[11]!.end);
        if (spec.kind === 'retail') {
          expect([364, 371]).toContain(days);
          expect(p.every((s) => s.days % 7 === 0)).toBe(true);
          expect(dayOfWeek(p[11]!.end)).toBe(spec.endWeekday);
        } else {
          expect([365, 366]).toContain(days);
        }
      }),
    );
  });

  it('map every date of six years to exactly one period, the one that holds it', () => {
    const specs: FiscalCalendarSpec[] = [
      { kind: 'calendar-months', startMonth: 1 },
      { kind: 'calendar-months', startMonth: 4 },
      { kind: 'calendar-months', startMonth: 7 },
      { kind: 'calendar-months', startMonth: 10 },
      { kind: 'retail', pattern: '4-5-4', endWeekday: 6, rule: 'nearest', endMonth: 1, naming: 'start-year' },
      { kind: 'retail', pattern: '4-4-5', endWeekday: 6, rule: 'last', endMonth: 9, extraWeekPeriod: 3 },
      { kind: 'retail', pattern: '5-4-4', endWeekday: 0, rule: 'nearest', endMonth: 12 },
    ];
    for (const spec of specs) {
      const cal = createFiscalCalendar(spec);
      const spans = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029].flatMap((fy) => cal.periods(fy));
      const wrong: string[] = [];
      for (let d = toEpochDay('2023-01-01'); d <= toEpochDay('2028-12-31'); d++) {
        const date = fromEpochDay(d);
        const holding = spans.filter((s) => s.start <= date && date <= s.end);
        const found = cal.periodOf(date);
        const ok = holding.length === 1 && found.key === holding[0]!.key && cal.fiscalYearOf(date) === found.fiscalYear;
        if (!ok) wrong.push(`${date}: ${holding.map((s) => s.key).join(',')} / ${found.key}`);
      }
      expect(wrong, JSON.stringify(spec)).toEqual([]);
    }
  });
});
