import { describe, expect, it } from 'vitest';
import {
  addMonths,
  fiscalPeriodOf,
  fiscalYearMonths,
  fiscalYearOf,
  fiscalYearOfDate,
  isMonthKey,
  monthLabel,
} from '../../src-shared/calendar/fiscal';

describe('fiscal years of calendar months', () => {
  it.each([
    [1, 2026, '2026-01', '2026-12'],
    [4, 2026, '2025-04', '2026-03'],
    [7, 2027, '2026-07', '2027-06'],
    [10, 2026, '2025-10', '2026-09'],
  ])('with a start in month %i, FY%i runs from %s to %s', (start, fy, first, last) => {
    const months = fiscalYearMonths(fy, start);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe(first);
    expect(months[11]).toBe(last);
    for (const [i, m] of months.entries()) {
      expect(fiscalYearOf(m, start)).toBe(fy);
      expect(fiscalPeriodOf(m, start)).toBe(i + 1);
    }
  });

  it('names a fiscal year after the calendar year in which it ends', () => {
    expect(fiscalYearOf('2026-06', 7)).toBe(2026);
    expect(fiscalYearOf('2026-07', 7)).toBe(2027);
    expect(fiscalYearOf('2026-03', 4)).toBe(2026);
    expect(fiscalYearOf('2026-04', 4)).toBe(2027);
    expect(fiscalYearOf('2026-12', 1)).toBe(2026);
    expect(fiscalYearOfDate('2026-09-30', 10)).toBe(2026);
    expect(fiscalYearOfDate('2026-10-01', 10)).toBe(2027);
  });

  it('does month arithmetic across year ends', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-01', -25)).toBe('2023-12');
  });

  it('recognises month keys and labels them', () => {
    expect(isMonthKey('2026-07')).toBe(true);
    for (const bad of ['2026-7', '2026-13', '2026-00', '26-07', '2026-07-01']) expect(isMonthKey(bad), bad).toBe(false);
    expect(monthLabel('2026-07')).toBe('Jul 2026');
  });
});
