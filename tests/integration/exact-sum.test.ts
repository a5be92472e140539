import { describe, expect, it } from 'vitest';
import { sumMoney } from '../../src-shared/money';
import { exactSum } from '../../src-main/repo/exact-sum';

describe('the exact sum used for grid and workbook totals', () => {
  it('adds decimal strings without binary rounding', () => {
    expect(exactSum(['0.1', '0.2'])).toBe('0.3');
    expect(exactSum(['-0.5', '0.5'])).toBe('0');
    expect(exactSum(['-1.25', '0.05'])).toBe('-1.2');
    expect(exactSum([])).toBe('0');
  });

  it('falls back to Decimal for very large or very fine amounts and still agrees', () => {
    const values = ['123456789012345.67', '0.0000001', '999999999', '-0.000001', '1.5'];
    expect(exactSum(values)).toBe(sumMoney(values));
    expect(exactSum(values)).toBe('123457789012346.1699991');
  });

  it('agrees with Decimal on many amounts that overflow a double when summed', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const values = Array.from({ length: 20000 }, () => {
      const cents = (next() % 99999999) * (next() % 2 ? 1 : -1) + next() * 1000;
      const s = (cents / 100).toFixed(2);
      return sumMoney([s]);
    });
    expect(exactSum(values)).toBe(sumMoney(values));
    expect(exactSum(Array(100000).fill('999999999.999999'))).toBe('99999999999999.9');
  });
});
