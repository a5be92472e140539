import { expect } from 'vitest';
import { TCO_CATEGORIES, type TcoResult, type ViewLines, type YearTotals } from '../../../../src-main/engine/tco';
import { isCanonicalMoney, subMoney, sumMoney } from '../../../../src-shared/money';

function checkView(v: ViewLines, years: YearTotals[], months: number): void {
  const lines = Object.values(v.byCategory);
  expect(v.total).toHaveLength(months);
  for (let i = 0; i < months; i++) {
    // Σ categories = total, month by month.
    expect(sumMoney(lines.map((l) => l[i]!))).toBe(v.total[i]);
    // Cumulative = running sum.
    expect(v.cumulative[i]).toBe(sumMoney(v.total.slice(0, i + 1)));
  }
  years.forEach((y, k) => {
    const from = k * 12;
    // Σ months = year, per category and in total.
    expect(y.total).toBe(sumMoney(v.total.slice(from, from + 12)));
    for (const c of TCO_CATEGORIES) {
      const line = v.byCategory[c];
      expect(y.byCategory[c]).toBe(line && sumMoney(line.slice(from, from + 12)));
    }
    expect(y.cumulative).toBe(sumMoney(years.slice(0, k + 1).map((r) => r.total)));
  });
}

/**
 * Asserts the bookkeeping identities of a result: Σ categories = total per month, Σ months =
 * year, cumulative = running sum, totals = Σ years, every amount canonical with at most the
 * currency's decimals, and cash − P&L = NBV at the horizon − NBV at the start.
 */
export function expectConserved(result: TcoResult): void {
  const months = result.months.length;
  const decimals = new RegExp(`^-?\\d+(\\.\\d{1,${Math.max(1, result.minorUnits)}})?$`);
  for (const a of result.alternatives) {
    checkView(
      a.cash,
      a.years.map((y) => y.cash),
      months,
    );
    checkView(
      a.pnl,
      a.years.map((y) => y.pnl),
      months,
    );
    expect(a.totalCash).toBe(sumMoney(a.years.map((y) => y.cash.total)));
    expect(a.totalPnl).toBe(sumMoney(a.years.map((y) => y.pnl.total)));
    expect(subMoney(a.totalCash, a.totalPnl)).toBe(subMoney(a.nbvAtHorizon, a.nbvAtStart));
    for (const v of [a.cash, a.pnl]) {
      for (const line of [...Object.values(v.byCategory), v.total, v.cumulative]) {
        for (const m of line) {
          expect(isCanonicalMoney(m)).toBe(true);
          expect(m).toMatch(decimals);
        }
      }
    }
  }
}
