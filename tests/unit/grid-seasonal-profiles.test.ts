import { describe, expect, it } from 'vitest';
import { SEASONAL_PROFILES } from '../../src-shared/budget/profiles';
import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import { spreadByProfile, sumMoney } from '../../src-shared/money';

const julyYear = fiscalYearMonths(2027, 7);

describe('seasonal profiles', () => {
  it('weigh the retail peak on October to December whatever month the fiscal year starts', () => {
    const retail = SEASONAL_PROFILES.find((p) => p.id === 'retail-q4')!;
    const w = retail.weights(julyYear);
    // Jul 2026 … Jun 2027: October is the 4th fiscal period, December the 6th.
    expect(w[5]).toBe(Math.max(...w));
    expect(retail.weights(fiscalYearMonths(2027, 1))[11]).toBe(Math.max(...w));
  });

  it('put the fiscal-year-end peak on the last fiscal period', () => {
    const w = SEASONAL_PROFILES.find((p) => p.id === 'fy-end')!.weights(julyYear);
    expect(w[11]).toBe(Math.max(...w));
  });

  it('spread an annual amount so the months add up exactly', () => {
    for (const p of SEASONAL_PROFILES) {
      const w = p.weights(julyYear);
      expect(w).toHaveLength(12);
      const months = spreadByProfile('100000.01', w, 2);
      expect(sumMoney(months)).toBe('100000.01');
    }
  });
});
